import { test, expect, signIn, chooseAndRegister, grantDigitalTwins } from './fixtures';
import { APP_ORIGIN } from './support/constants';

// The security review's findings that only a browser can show; the rest are unit tests beside the code.

test.describe('an address the page cannot decode', () => {
  // One address through public/boot.js and the app in Chromium; the other undecodable ones (a cut-off UTF-8
  // sequence, an overlong one, a lone surrogate, markup) are integration/addresses.integration.test.tsx's, and
  // scripts/boot-script.test.mjs's for boot.js.
  for (const search of ['?%=%&lang=%ZZ&demo']) {
    test(`${search} starts the app`, async ({ page }) => {
      await page.goto(`/${search}`);
      // The prerendered button is disabled until the app has started, so an enabled one is the app's.
      await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeEnabled();
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      // The language the app chose (English: nothing it could read asked for another), as boot.js chose it.
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).not.toHaveClass(/resuming/);
      // The fixture fails the test on the page error an unguarded decode would throw.
    });
  }

  test('a broken ?lang= with a remembered language still starts the app, in that language', async ({ page }) => {
    await page.goto('/?lang=de');
    await expect(page.getByRole('button', { name: 'Mit Microsoft anmelden' })).toBeEnabled();
    await page.goto('/?lang=%');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Mit Microsoft anmelden' })).toBeEnabled();
  });
});

test.describe('a demo run on a live deployment', () => {
  test('reaches "ready" and hands nothing to the developer\'s returnUrl', async ({ page, emulator }) => {
    // The e2e build's config.json names a returnUrl on this site (`/?returned&tenant={tenantId}&…`).
    const visited: string[] = [];
    page.on('framenavigated', (frame) => visited.push(frame.url()));
    await page.goto('/?demo&scenario=happy&speed=instant');
    await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    await expect(page.getByRole('article', { name: /^Onboarding summary/ })).toContainText('demo mode');

    // No way out to the developer's app with the demo's made-up directory and subscription…
    await expect(page.getByRole('link', { name: /^Continue to/ })).toHaveCount(0);
    await expect(page.locator('a[href*="returned"]')).toHaveCount(0);
    // …and nothing went there on its own.
    expect(visited.filter((url) => new URL(url).searchParams.has('returned'))).toEqual([]);
    expect(visited.every((url) => new URL(url).origin === APP_ORIGIN)).toBe(true);
    expect(emulator.requests).toHaveLength(0); // the demo ran in the browser: the HTTPS emulator saw nothing
  });
});
