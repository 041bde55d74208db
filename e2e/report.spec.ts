import { readFile } from 'node:fs/promises';
import { test, expect, signIn, chooseAndRegister, grantDigitalTwins, declineDigitalTwins } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { pdfPages } from './support/pdf';

test.describe('the report', () => {
  // 429: ARM's throttling; 400: AADSTS650052 before the registration, consent_required before the consent.
  test.use({ scenario: 'throttled', allowedHttpErrors: [429, 400] });

  test('a readable summary with every problem and wait, alone on one printed page, and the JSON as a file', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    // A journey worth a report: two waits (429), a refused token before the registration, a declined consent.
    await page.getByRole('button', { name: 'Skip to verification' }).click();
    const refused = page.getByRole('alert').filter({ hasText: "isn't set up in your directory yet" });
    await refused.getByRole('button', { name: 'Choose a subscription to register' }).click();
    await chooseAndRegister(page);
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    emulator.clock.advance(20_000);
    await declineDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('alert', { name: 'Sign-in was cancelled' })).toBeVisible();
    await grantDigitalTwins(page, 'Ada Admin');

    const summary = page.getByRole('article', { name: 'Onboarding summary: Contoso' });
    await expect(summary).toBeVisible();
    const json = page.getByLabel('Onboarding report (JSON)');
    const report = JSON.parse((await json.textContent()) ?? '{}');
    expect(report.problems.map((p: { key: string }) => p.key)).toEqual([
      'retry-throttled',
      'aadsts-650052',
      'retry-throttled',
      'aadsts-65004',
    ]);
    await expect(summary).toContainText(SCENARIO_IDS.contosoTenant);
    await expect(summary).toContainText(SCENARIO_IDS.subscriptions.production);
    await expect(summary).toContainText(report.provider.registerRequest.correlationId);
    await expect(summary).toContainText('Azure Digital Twins token issued');
    const items = summary.getByRole('listitem');
    await expect(items).toHaveCount(4);
    await expect(items.nth(1)).toContainText('AADSTS650052');
    await expect(items.nth(2)).toContainText(Object.fromEntries(report.problems[2].ids)['x-ms-client-request-id']);
    // Times for people in their own format; ISO stays in the JSON.
    await expect(summary.locator(`time[datetime="${report.generatedAt}"]`)).not.toHaveText(report.generatedAt);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    await expect(
      page.getByRole('status').filter({ hasText: `Download started: ${file.suggestedFilename()}` }),
    ).toBeVisible();
    expect(file.suggestedFilename()).toBe(
      `twin-onboarding-report-${SCENARIO_IDS.contosoTenant}-${report.generatedAt.slice(0, 10)}.json`,
    );
    const saved = await readFile(await file.path(), 'utf8');
    expect(saved).toBe(await json.textContent());
    expect(saved).not.toMatch(/eyJ|access_token|refresh_token/);

    await page.emulateMedia({ media: 'print' });
    await expect(summary).toBeVisible();
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('navigation', { name: 'Onboarding progress' }),
      page.getByRole('heading', { level: 1 }),
      page.getByRole('heading', { name: 'Your directory is ready' }),
      json,
      page.getByRole('button', { name: 'Print or save as PDF' }),
      page.getByRole('link', { name: 'Continue to Contoso Twins' }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expectNoAxeViolations(page, 'report, printed');
    for (const format of ['A4', 'Letter'] as const) {
      expect(pdfPages(await page.pdf({ format })), `${format} pages`).toBe(1);
    }
    await page.emulateMedia({ media: null });
    await expect(json).toBeVisible();
  });
});
