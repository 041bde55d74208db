import { test, expect } from './fixtures';
import { scenarioNames } from '../src/demo/emulator';

/**
 * A newcomer trying to break the portal with the demo's scenarios: every scenario, signed in as its first
 * person, as far as the portal lets them go. Never a blank page, a stuck spinner or a raw stack trace (the
 * fixture also fails on any console or page error).
 */
test.describe('every demo scenario', () => {
  test.use({ mode: 'demo' });

  for (const name of scenarioNames()) {
    test(`${name}: signs in and goes as far as it can, always explained`, async ({ page }) => {
      const settled = async () => {
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Throttling and retries wait a few seconds by design; nothing may spin for longer.
        await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
        await expect(page.getByText(/at \w+ \(|TypeError|ReferenceError|Uncaught/)).toHaveCount(0);
        for (const card of await page.getByRole('alert').all()) await expect(card.getByText('Details for support')).toBeVisible();
      };

      await page.goto(`/?scenario=${name}`);
      await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
      await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
      await page.getByRole('button', { name: /^Sign in as / }).first().click();
      const accept = page.getByRole('button', { name: 'Accept' });
      const back = page.getByRole('heading', { level: 1 });
      await expect(accept.or(back).first()).toBeVisible();
      if (await accept.isVisible()) await accept.click();
      await settled();

      const use = page.getByRole('button', { name: /^Use this subscription: / }).and(page.locator(':enabled'));
      if ((await use.count()) === 0) return;
      await use.first().click();
      // Already registered there: the wizard goes straight on to verification.
      await expect(page.getByRole('heading', { level: 1, name: /Register the resource provider|Verify access/ })).toBeVisible();
      await settled();
      const register = page.getByRole('button', { name: /^Register Microsoft\./ }).and(page.locator(':enabled'));
      if ((await register.count()) === 0) return;
      await register.click();
      await expect(page.getByText('Azure is registering').or(page.getByRole('alert')).first()).toBeVisible({ timeout: 15_000 });
      for (let i = 0; i < 3 && (await page.getByText('Azure is registering').isVisible()); i++) {
        await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
        await page.waitForTimeout(2_500);
      }
      await settled();
    });
  }
});
