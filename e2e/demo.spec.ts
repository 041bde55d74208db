import { test, expect, signIn, grantDigitalTwins, chooseAndRegister } from './fixtures';
import { MICROSOFT_HOSTS } from './support/constants';

test.describe('demo mode (no configuration)', () => {
  test.use({ mode: 'demo' });

  test('the whole journey runs in the browser, without a request to Microsoft', async ({ page, emulator }) => {
    const microsoftRequests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (MICROSOFT_HOSTS.includes(new URL(request.url()).hostname)) microsoftRequests.push(request.url());
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await expect(page.getByRole('note', { name: 'Demo mode' })).toContainText('nothing here touches a real directory');

    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    await chooseAndRegister(page);
    await expect(page.getByText('Azure is registering')).toBeVisible();

    await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();

    expect(microsoftRequests).toEqual([]);
    expect(scripts.some((p) => p.includes('demo-runtime'))).toBe(true); // the emulator chunk, loaded on demand
    expect(emulator.requests).toHaveLength(0); // the test's HTTPS emulator saw nothing either
  });

  test('the demo sign-in page is labelled as the demo, and a scenario can be chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByRole('note')).toContainText("not Microsoft's sign-in page");
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();

    // A name Object has but the demo does not: a notice, and the tab's sign-in and world carry on.
    await page.goto('/?scenario=constructor');
    await expect(page.getByRole('status').filter({ hasText: 'The demo has no scenario named "constructor"' })).toContainText('no-subscription');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();

    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'No subscription' });
    await page.getByRole('button', { name: 'Start over with this scenario' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory has no Azure subscription you can use' })).toBeVisible();
  });
});

test('a bad config.json names the key, the value and the expected form', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ clientId: 'not-a-guid', armEndpoint: 'http://arm' }) }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'This portal is not configured correctly' })).toBeVisible();
  await expect(alert.getByRole('row', { name: /clientId not-a-guid/ })).toContainText('GUID');
  await expect(alert.getByRole('row', { name: /armEndpoint/ })).toContainText('https');
});

test('choosing the demo on a live deployment, then leaving it, does not carry the demo account into live mode', async ({ page, emulator }) => {
  await page.goto('/?demo');
  await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
  await signIn(page, 'Ada Admin');
  await expect(page.getByRole('group', { name: 'Signed in' })).toContainText('admin@contoso.onmicrosoft.com');

  await page.getByRole('link', { name: 'Leave the demo and sign in to your real directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Demo mode' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Signed in' })).toHaveCount(0);
  expect(emulator.requests).toHaveLength(0); // live mode has not called Microsoft on the demo account's behalf
});
