import { test, expect, signIn } from './fixtures';
import { APP_ORIGIN } from './support/constants';
import { layoutRecord, watchLayout } from './support/layout-stability';

test('the shipped config.json is empty, so a fresh deployment starts in demo mode', async ({ page }) => {
  await page.route('**/config.json', async (route) => {
    // What `npm run build` puts in dist/ (public/config.json), instead of the e2e build's live one.
    const { readFile } = await import('node:fs/promises');
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: await readFile('public/config.json', 'utf8'),
    });
  });
  await page.goto('/');
  await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
  await expect(page.getByText('In this demo')).toBeVisible();
});

test('the landing page is in index.html: with JavaScript blocked step 1 still shows, with the note why', async ({
  browser,
  request,
}) => {
  const html = await (await request.get('/')).text();
  // The strict CSP allows neither inline script nor inline style; the stylesheet is linked before the body.
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/<style|\sstyle=/);
  expect(html.indexOf('rel="stylesheet"')).toBeGreaterThan(0);
  expect(html.indexOf('rel="stylesheet"')).toBeLessThan(html.indexOf('<body'));
  expect(html).toContain('<link rel="preload" href="/config.json" as="fetch" crossorigin="anonymous" />');
  expect(html).toContain('<div id="root" data-prerendered=""><a class="skip-link"');

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: APP_ORIGIN });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('This portal sets that up with you in a few minutes.')).toBeVisible();
  // The shipped defaults stand in for config.json's values.
  await expect(page.getByText('for your application')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeDisabled();
  await expect(page.getByText('Twin Onboarding needs JavaScript to sign you in with Microsoft.')).toBeVisible();
  await context.close();
});

test('the prerendered landing page is hydrated in place: nothing moves, no wrong product name shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await watchLayout(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeEnabled();
  // The e2e build's config.json names the product; the prerendered default never became visible.
  await expect(page.getByText('for Contoso Twins')).toBeVisible();
  await expect(page.getByText('your application', { exact: true })).toHaveCount(0);
  const layout = await layoutRecord(page);
  expect(layout.sameHeading, 'React adopted the prerendered heading').toBe(true);
  expect(layout.now).toEqual(layout.before);
  expect(layout.shift).toBeLessThanOrEqual(0.01);
  expect(layout.firstFrameHeading).toBe('Sign in');
});

test('coming back from sign-in, and reloading signed in, step 1 never flashes by', async ({ page }) => {
  await watchLayout(page);
  await page.goto('/');
  await signIn(page, 'Ada Admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
  // The first frame shows "Loading…" or, when the app was quicker than the frame, the right step: never step 1.
  expect((await layoutRecord(page)).firstFrameHeading).not.toBe('Sign in');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
  expect((await layoutRecord(page)).firstFrameHeading).not.toBe('Sign in');
});
