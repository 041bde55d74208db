import { test, expect } from './fixtures';

// The security review's findings that only a browser can show; the rest are unit tests beside the code.

test.describe('an address the page cannot decode', () => {
  // Percent signs that start no escape, a cut-off UTF-8 sequence, an overlong one, a lone surrogate, markup.
  for (const search of ['?lang=%', '?lang=%E0%A4%A', '?lang=%C0%AF&lang=de', '?lang=%uD800', '?lang=<b>%', '?%=%&lang=%ZZ&demo']) {
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
