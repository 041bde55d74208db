import { test, expect } from './fixtures';

test('the redirect bridge page is built and served as MSAL v5 needs it', async ({ request }) => {
  const response = await request.get('/redirect.html');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['cross-origin-opener-policy']).toBeUndefined();
  // The header is the bridge page's own, not a blanket setting of the server.
  expect((await request.get('/')).headers()['cache-control']).not.toBe('no-store');
  const html = await response.text();
  expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/redirect-[\w-]+\.js"/);
});

test('the shipped config.json is empty, so a fresh deployment starts in demo mode', async ({ page }) => {
  await page.route('**/config.json', async (route) => {
    // What `npm run build` puts in dist/ (public/config.json), instead of the e2e build's live one.
    const { readFile } = await import('node:fs/promises');
    await route.fulfill({ status: 200, contentType: 'application/json', body: await readFile('public/config.json', 'utf8') });
  });
  await page.goto('/');
  await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
  await expect(page.getByText('In this demo')).toBeVisible();
});
