import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.2 AA, as the issue asks: every A and AA success criterion axe can check. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: enough to find it without the HTML report. */
function describe(result: Result): string[] {
  return result.nodes.map(
    (node) =>
      `${result.id} (${result.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`,
  );
}

/** The app has no frames: legacy mode runs axe in the page itself, without the extra blank page runPartial needs. */
function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}

/**
 * Runs axe on the page as it is and expects no violation. axe ships `target-size` (WCAG 2.5.8) disabled, so it
 * is switched on here and the results must show it ran: a rule that silently did not run would pass for ever.
 * Then colour contrast once more in the dark colour scheme, the only rule the scheme changes the outcome of.
 * Failures are soft, so one run lists them all.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await axe(page)
    .options({ rules: { 'target-size': { enabled: true } } })
    .withTags(WCAG_TAGS)
    .analyze();
  const ran = [results.passes, results.violations, results.incomplete, results.inapplicable].flat().map((r) => r.id);
  expect.soft(ran, `${label}: axe ran target-size`).toContain('target-size');
  expect.soft(results.violations.flatMap(describe), `${label}: axe violations`).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axe(page).withRules('color-contrast').analyze();
  await page.emulateMedia({ colorScheme: null });
  expect.soft(dark.violations.flatMap(describe), `${label}: axe violations in the dark colour scheme`).toEqual([]);
}
