import { test, expect, signIn } from './fixtures';
import { HOSTILE_NAMES } from '@twin-onboarding/emulator';

test.describe('many subscriptions', () => {
  test.use({ scenario: 'many-subscriptions' });

  test('2,000 subscriptions over 20 pages: the first page at once, the rest streams in, filter by name or id', async ({
    page,
    emulator,
  }) => {
    // Hold every page after the first until the test has seen the first one on screen.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/management\.azure\.com\/subscriptions\?.*skiptoken/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/');
    await signIn(page, 'Ada Admin');

    await expect(page.getByRole('rowheader', { name: /Contoso Buildings 0001/ })).toBeVisible();
    await expect(page.getByText('Loaded 100 subscriptions so far, loading more…')).toBeVisible();
    release();
    await expect(page.getByText('2,000 subscriptions.')).toBeVisible({ timeout: 30_000 });
    const pages = emulator.requests.filter((r) => r.method === 'GET' && /^\/subscriptions\?/.test(r.path));
    expect(pages).toHaveLength(20);
    // Eight rows, so eight provider reads, until the user asks for more.
    await expect(page.getByRole('rowheader')).toHaveCount(8);
    const disabled = page.getByRole('button', { name: 'Use this subscription: Contoso Analytics 0008' });
    await expect(disabled).toBeDisabled();
    await expect(disabled).toHaveAccessibleDescription(/read-only/);

    const filter = page.getByRole('searchbox', { name: 'Filter by name or ID' });
    await filter.fill('campus 004');
    await expect(page.getByRole('rowheader')).toHaveCount(1);
    await expect(page.getByRole('rowheader')).toContainText('Contoso Campus 0042');
    await expect(page.getByText('1 of 2,000 subscriptions match.')).toBeVisible();

    await filter.fill('5B0D7C20-1234');
    await expect(page.getByRole('rowheader')).toHaveCount(1);
    await expect(page.getByRole('rowheader')).toContainText('Contoso Campus 1234');

    await filter.fill('');
    await page.getByRole('button', { name: 'Show more subscriptions' }).click();
    await expect(page.getByRole('rowheader')).toHaveCount(33);
    await page.getByRole('button', { name: 'Use this subscription: Contoso Campus 0010' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register the resource provider' })).toBeFocused();
    await expect(page.getByText('Contoso Campus 0010').first()).toBeVisible();
  });
});

test.describe('hostile data', () => {
  test.use({ scenario: 'hostile-data' });

  test('markup, 500 characters, right-to-left text and emoji render as text and keep the layout', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a subscription name ran as code and opened a dialog: ${dialog.message()}`);
    });
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    for (const name of Object.values(HOSTILE_NAMES)) {
      await expect(page.getByText(name, { exact: true })).toBeVisible();
    }
    expect(await page.locator('img, b').count()).toBe(0);

    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(await fits()).toBe(true);
    const viewport = page.viewportSize()!;
    const long = await page.getByText(HOSTILE_NAMES.long, { exact: true }).boundingBox();
    expect(long!.width).toBeLessThan(viewport.width);

    await page.getByRole('button', { name: `Use this subscription: ${HOSTILE_NAMES.markup}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register the resource provider' })).toBeFocused();
    await expect(page.getByText(HOSTILE_NAMES.markup, { exact: true }).first()).toBeVisible();
    expect(await page.locator('img, b').count()).toBe(0);
    expect(await fits()).toBe(true);

    // The narrowest layout WCAG asks for (320 CSS px, i.e. 1280 px at 400% zoom) still fits.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: 'Choose another subscription' }).click();
    await expect(page.getByText(HOSTILE_NAMES.long, { exact: true })).toBeVisible();
    expect(await fits()).toBe(true);
  });
});
