import { expect, type Page } from '@playwright/test';
import axeCore, { type AxeResults, type Result, type RunOptions } from 'axe-core';

/** WCAG 2.2 AA, as the issue asks: every A and AA success criterion axe can check. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: enough to find it without the HTML report. */
function describe(result: Result): string[] {
  return result.nodes.map(
    (node) =>
      `${result.id} (${result.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`,
  );
}

/**
 * axe-core itself in the page, once per document (a navigation drops it), then `axe.run` there. The app has no frames,
 * so nothing more is needed; @axe-core/playwright's builder, which injected axe again for every run and carried every
 * passing node back, took 0.7–2.1 s a run where this takes 0.4–0.7 s (the 5,000-subscription page, 2026-12-06). Only the
 * violations keep their nodes; the other result types still name each rule that ran.
 */
async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeCore.source);
  return page.evaluate((opts) => (window as unknown as { axe: typeof axeCore }).axe.run(document, opts), {
    ...options,
    resultTypes: ['violations'],
  } satisfies RunOptions);
}

/** What axe finds on the page as it is: the rules that ran, and a line per violation, light and dark. */
export async function axeFindings(page: Page): Promise<{ ran: string[]; violations: string[]; dark: string[] }> {
  const results = await runAxe(page, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: { 'target-size': { enabled: true } },
  });
  const ran = [results.passes, results.violations, results.incomplete, results.inapplicable].flat().map((r) => r.id);
  // Colour contrast once more in the dark colour scheme, the only rule the scheme changes the outcome of.
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast'] } });
  await page.emulateMedia({ colorScheme: null });
  return { ran, violations: results.violations.flatMap(describe), dark: dark.violations.flatMap(describe) };
}

/**
 * Runs axe on the page as it is and expects no violation, in the light and the dark colour scheme. axe ships
 * `target-size` (WCAG 2.5.8) disabled, so it is switched on and the results must show it ran: a rule that silently
 * did not run would pass for ever. Failures are soft, so one run lists them all.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { ran, violations, dark } = await axeFindings(page);
  expect.soft(ran, `${label}: axe ran target-size`).toContain('target-size');
  expect.soft(violations, `${label}: axe violations`).toEqual([]);
  expect.soft(dark, `${label}: axe violations in the dark colour scheme`).toEqual([]);
}
