import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { APP_ORIGIN } from './support/constants';

/** Press Tab until the focused element's accessible name is `name`, then Enter: reachable and usable by keyboard. */
async function tabTo(page: Page, name: string, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim().replace(/\s+/g, ' ');
    });
    if (focused === name || focused.startsWith(`${name} `)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`"${name}" was not reached with ${maxTabs} presses of Tab`);
}

test.describe('keyboard only', () => {
  test.use({ mode: 'demo' });

  test('the whole journey, from landing to report, with Tab and Enter', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    await page.goto('/');
    await tabTo(page, 'Sign in with Microsoft');
    await expect(page.getByRole('button', { name: 'Sign in as Ada Admin' })).toBeVisible();
    await tabTo(page, 'Sign in as Ada Admin');
    await expect(page.getByRole('button', { name: 'Accept' })).toBeVisible();
    await tabTo(page, 'Accept');

    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    await tabTo(page, 'Use this subscription: Contoso Production');
    const registerHeading = page.getByRole('heading', { level: 1, name: 'Register the resource provider' });
    await expect(registerHeading).toBeFocused();
    await expect(page).toHaveTitle(/^Step 3 of 4: Register the resource provider/);

    await tabTo(page, 'Register Microsoft.IoTSpaces');
    // The pressed button gives way to the progress card, which takes the focus.
    await expect(page.locator('.progress')).toBeFocused();

    await expect(page.getByText('Azure is registering')).toBeVisible();
    await tabTo(page, 'Skip ahead 1 minute');
    const verifyHeading = page.getByRole('heading', { level: 1, name: 'Verify access' });
    await expect(verifyHeading).toBeFocused();
    await expect(
      page.getByRole('navigation', { name: 'Onboarding progress' }).locator('[aria-current="step"]'),
    ).toHaveText('4Verify access');

    await tabTo(page, 'Continue to Microsoft to grant access');
    // The portal names the signed-in account, so the sign-in page goes straight to the consent screen.
    const accept = page.getByRole('button', { name: 'Accept' });
    await expect(accept).toBeVisible();
    await expect(page.getByRole('button', { name: /^Sign in as / })).toHaveCount(0);
    await tabTo(page, 'Accept');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    await tabTo(page, 'Copy report');
    // The clipboard is allowed here, so the report is copied (not merely selected for Ctrl+C).
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())).verification.account).toBe(
      'admin@contoso.onmicrosoft.com',
    );
  });
});
