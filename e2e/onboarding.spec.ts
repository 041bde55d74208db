import { test, expect, signIn, grantDigitalTwins, requestsTo, chooseAndRegister } from './fixtures';
import { APP_ORIGIN } from './support/constants';

const PRODUCTION = 'Contoso Production';

test.describe('live mode against the HTTPS emulator', () => {
  // 400: Entra's consent_required answer to the first silent Digital Twins request, before the user consents.
  test.use({ allowedHttpErrors: [400] });

  test('happy path: sign in, register, verify, report', async ({ page, emulator }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Microsoft.IoTSpaces').first()).toBeVisible();
    await expect(page.getByRole('note', { name: 'Demo mode' })).toHaveCount(0);

    await signIn(page, 'Ada Admin');
    await expect(page).toHaveTitle(/^Step 2 of 4: Choose a subscription/);
    await expect(page.getByLabel('Signed in')).toContainText('admin@contoso.onmicrosoft.com');
    await expect(page.getByLabel('Signed in')).toContainText('Contoso');

    // All three subscriptions, over two pages (the scenario pages by two).
    const rows = page.getByRole('row');
    await expect(page.getByRole('rowheader', { name: /Contoso Legacy/ })).toBeVisible();
    await expect(rows).toHaveCount(4);
    const listCalls = requestsTo(emulator, 'GET', '/subscriptions?');
    expect(listCalls).toHaveLength(2);
    expect(listCalls[1]!.path).toContain('skiptoken');
    await expect(page.getByRole('button', { name: 'Use this subscription: Contoso Legacy' })).toBeDisabled();
    await expect(page.getByText(/disabled subscriptions read-only/)).toBeVisible();

    await page.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register the resource provider' })).toBeFocused();
    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();

    emulator.clock.advance(20_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'One more permission' })).toBeVisible();
    await grantDigitalTwins(page, 'Ada Admin');

    const ready = page
      .getByRole('status')
      .filter({ has: page.getByRole('heading', { name: 'Your directory is ready' }) });
    await expect(ready).toContainText('https://digitaltwins.azure.net/');
    await expect(ready).toContainText('6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7');
    expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(1);

    const report = JSON.parse((await page.getByLabel('Onboarding report (JSON)').textContent()) ?? '{}');
    expect(report.provider.namespace).toBe('Microsoft.IoTSpaces');
    expect(report.provider.registrationState).toBe('Registered');
    expect(report.subscription.displayName).toBe(PRODUCTION);
    expect(report.provider.registerRequest.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.verification.account).toBe('admin@contoso.onmicrosoft.com');
    // The e2e build's returnUrl has {tenantId} and {subscriptionId}: the developer's app learns which directory is ready.
    await expect(page.getByRole('link', { name: 'Continue to Contoso Twins' })).toHaveAttribute(
      'href',
      `${APP_ORIGIN}/?returned&tenant=6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7&subscription=${report.subscription.subscriptionId}`,
    );
    expect(report.subscription.subscriptionId).toBe('3c5e9a10-1111-4b2c-9d3e-000000000001');

    // Tokens stay in sessionStorage, out of URLs, localStorage and the report.
    expect(page.url()).not.toMatch(/code=|access_token|id_token/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /token|msal/i.test(k)))).toEqual([]);
    expect(JSON.stringify(report)).not.toMatch(/eyJ/);

    // The emulator and the demo controls are demo-only chunks: live mode never downloads them.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((p) => /demo-runtime|DemoControls|DemoSignInPage/.test(p))).toEqual([]);
  });

  test('a reload during registration resumes watching and never registers twice', async ({ page, emulator }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await expect(page.getByText('Azure is registering')).toBeVisible();

    await page.reload();
    await expect(page.getByText('Azure is registering')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' })).toHaveCount(0);

    emulator.clock.advance(20_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(1);
  });

  test('Digital Twins token refused before registration, granted after', async ({ page, emulator }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: 'Skip to verification' }).click();
    const refused = page.getByRole('alert').filter({ hasText: "isn't set up in your directory yet" });
    await expect(refused).toBeVisible();
    await refused.getByText('Details for support').click();
    await expect(refused).toContainText('AADSTS650052');

    await refused.getByRole('button', { name: 'Choose a subscription to register' }).click();
    await chooseAndRegister(page);
    await expect(page.getByText('Azure is registering')).toBeVisible();
    emulator.clock.advance(20_000);

    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    const tokenCalls = requestsTo(emulator, 'POST', '/oauth2/v2.0/token');
    expect(tokenCalls.some((r) => r.status === 400)).toBe(true);
    expect(tokenCalls.at(-1)?.status).toBe(200);
  });
});

test.describe('already registered', () => {
  test.use({ scenario: 'already-registered', allowedHttpErrors: [400] });

  test('says the directory is set up and goes straight to verification', async ({ page, emulator }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    const banner = page.getByRole('status').filter({ hasText: 'Your directory is already set up' });
    await expect(banner).toContainText(PRODUCTION);
    await banner.getByRole('button', { name: 'Verify now' }).click();
    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(0);
  });
});

test.describe('slow registration', () => {
  // 400: consent_required and, while the service principal lags, AADSTS650052 from the token endpoint.
  test.use({ scenario: 'slow-registration', allowedHttpErrors: [400] });

  test('keeps watching a long registration, then waits out the lagging service principal', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await expect(page.getByText('Azure is registering')).toBeVisible();

    // Two minutes on in Azure's time: the portal's next read still finds it registering.
    const readsBefore = requestsTo(emulator, 'GET', '/providers/Microsoft.IoTSpaces?').length;
    emulator.clock.advance(120_000);
    await expect
      .poll(() => requestsTo(emulator, 'GET', '/providers/Microsoft.IoTSpaces?').length)
      .toBeGreaterThan(readsBefore);
    await expect(page.getByText('Azure is registering')).toBeVisible();
    emulator.clock.advance(60_000);

    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    const waiting = page.getByRole('status').filter({ hasText: 'not visible in your directory yet' });
    await expect(waiting).toContainText('Attempt 2 of 7 is scheduled');
    await expect(page.getByText(/^Trying again in [1-3] s\.$/)).toBeVisible();
    await expect(waiting).toContainText('Attempt 3 of 7 is scheduled');

    emulator.clock.advance(30_000);
    await expect(page.getByRole('heading', { name: 'One more permission' })).toBeVisible();
    expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(1);
    // The provider was read with back-off, not hammered: 3 min of virtual time took a handful of real seconds.
    const reads = requestsTo(emulator, 'GET', '/providers/Microsoft.IoTSpaces').filter(
      (r) => !r.path.includes('register'),
    );
    expect(reads.length).toBeLessThan(20);
  });
});

test.describe('sign-in lapses', () => {
  // 401: ARM refuses the expired access token; 400: Entra refuses the expired refresh token.
  test.use({ allowedHttpErrors: [400, 401] });

  test('asks to sign in again with a button, never by itself, and carries on', async ({ page, emulator }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` })).toBeVisible();

    // A day later in Entra's and ARM's time: the access token and the 24-hour SPA refresh token have expired.
    emulator.clock.advance(25 * 60 * 60_000);
    await page.reload();
    const card = page.getByRole('alert').filter({ hasText: 'Please sign in again' });
    await expect(card).toBeVisible();
    // No automatic redirect (integration/no-loop.integration.test.tsx lets time pass to prove it).
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(1);
    await card.getByText('Details for support').click();
    await expect(card).toContainText('invalid_grant');

    // Entra's browser session is still there: single sign-on, no account picker, straight back.
    await card.getByRole('button', { name: 'Sign in again' }).click();
    await expect(page.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` })).toBeVisible();
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(2);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('app registration without Digital Twins', () => {
  // 400: Entra's AADSTS650057 for a /.default scope the app registration does not list.
  test.use({
    apiPermissions: ['https://management.azure.com'],
    scenario: 'already-registered',
    allowedHttpErrors: [400],
  });

  test('says it is a deployment problem and how to fix it', async ({ page }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: 'Skip to verification' }).click();
    const card = page
      .getByRole('alert')
      .filter({ hasText: "This portal's app registration doesn't include Azure Digital Twins" });
    await expect(card).toContainText('Read.Write');
    await expect(card).toContainText('digitalTwinsScope');
    await card.getByText('Details for support').click();
    await expect(card).toContainText('AADSTS650057');
    await expect(page.getByRole('button', { name: 'Continue to Microsoft to grant access' })).toHaveCount(0);
  });
});
