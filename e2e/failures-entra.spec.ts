import { test, expect, signIn, requestsTo } from './fixtures';
import { ARM_APP_ID } from '@twin-onboarding/emulator';
import { APP_ORIGIN, TEST_APP } from './support/constants';

test.describe('admin approval required, with the admin consent workflow', () => {
  test.use({ scenario: 'admin-approval-workflow' });

  test('Microsoft\'s "Approval required" page: a request with a justification, back without consent, the portal\'s request works for the admin, then the user gets in', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Approval required' })).toBeVisible();
    await page.getByLabel('Justification for requesting this app').fill('To set up Digital Twins for the plant team.');
    await page.getByRole('button', { name: 'Request approval' }).click();
    await expect(page.getByText('Request sent.')).toBeVisible();
    expect(emulator.world().consentRequests.map((r) => r.justification)).toEqual([
      'To set up Digital Twins for the plant team.',
    ]);
    await page.getByRole('button', { name: 'Return to the application without granting consent' }).click();

    // Microsoft answers as for a declined consent (AADSTS65004); the card still leads to an administrator.
    const card = page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' });
    await expect(card).toContainText('Need admin approval');
    await card.getByText('Details for support').click();
    await expect(card).toContainText('AADSTS65004');
    await card.getByText('Microsoft said an administrator must approve this app?').click();
    const request = (await card.getByLabel('Copy the request for an administrator: text').textContent()) ?? '';
    const link = /https:\/\/login\.microsoftonline\.com\/\S+\/v2\.0\/adminconsent\?\S+/.exec(request)?.[0];
    expect(link).toBeDefined();
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(1);

    // The admin opens the link from the request, in this browser for the test's sake.
    await page.goto(link!);
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'An administrator approved Contoso Twins' })).toBeVisible();
    expect(emulator.world().tenants[0]?.orgGrants).toContain(ARM_APP_ID);

    await signIn(page, 'Riley Reader');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
  });
});

test.describe('admin consent declined', () => {
  test.use({ scenario: 'admin-approval' });

  test('the approval link answered with an error (and admin_consent=True) gets its card, not "approved"', async ({
    page,
  }) => {
    const link = new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent');
    link.searchParams.set('client_id', TEST_APP.clientId);
    link.searchParams.set('scope', 'https://management.azure.com/user_impersonation');
    link.searchParams.set('redirect_uri', `${APP_ORIGIN}/`);
    await page.goto(link.href);
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();

    const card = page.getByRole('alert').filter({ hasText: 'The administrator did not approve this app' });
    await expect(card).toBeVisible();
    await card.getByText('Details for support').click();
    await expect(card).toContainText('AADSTS65004');
    expect(new URL(page.url()).searchParams.get('admin_consent')).toBe('True');
    await expect(page.getByText('An administrator approved')).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});

test.describe('a link to a directory the user is not in', () => {
  test.use({ scenario: 'several-directories' });

  test('AADSTS50020: explains guests and offers to sign in to the own directory', async ({ page, emulator }) => {
    await page.goto('/?tenant=fabrikam.onmicrosoft.com');
    await expect(page.getByText('This link signs you in to the directory fabrikam.onmicrosoft.com')).toBeVisible();
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    const card = page.getByRole('alert').filter({ hasText: "Your account isn't in this directory" });
    await expect(card).toContainText('guest');
    await card.getByText('Details for support').click();
    await expect(card).toContainText('AADSTS50020');
    expect(requestsTo(emulator, 'GET', '/fabrikam.onmicrosoft.com/oauth2/v2.0/authorize')).toHaveLength(1);

    await card.getByRole('button', { name: 'Sign in to your own directory' }).click();
    await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    const accept = page.getByRole('button', { name: 'Accept' });
    const back = page.getByText(/^Step \d of 4$/);
    await expect(accept.or(back).first()).toBeVisible();
    if (await accept.isVisible()) await accept.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    expect(requestsTo(emulator, 'GET', '/organizations/oauth2/v2.0/authorize')).toHaveLength(1);
    // The link's directory is forgotten for the tab: a reload signs in nowhere else (the notice itself lives on
    // the sign-in page, which a signed-in reload never shows, so the address and storage are what can tell).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    expect(new URL(page.url()).searchParams.has('tenant')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('twin-onboarding.tenant'))).toBeNull();
  });
});

test.describe('interaction already in progress', () => {
  test('a double click on Sign in starts one sign-in, with no error', async ({ page, emulator }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).dblclick();
    await expect(page.getByRole('button', { name: 'Sign in as Ada Admin' })).toBeVisible();
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(1);
  });

  test('a second tab signs in on its own while the first waits on Microsoft, and both end up signed in', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByRole('button', { name: 'Sign in as Ada Admin' })).toBeVisible();
    // MSAL keeps its interaction state per tab (sessionStorage): the second tab is not blocked by the first.
    const second = await page.context().newPage();
    await second.goto('/');
    await signIn(second, 'Ada Admin');
    await expect(second.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    expect(requestsTo(emulator, 'POST', '/oauth2/v2.0/token').every((r) => r.status === 200)).toBe(true);
    await second.close();
  });
});

test.describe('sign-in abandoned with the browser Back button', () => {
  test('the next click on Sign in works: no "interaction in progress" dead end', async ({ page, emulator }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByRole('button', { name: 'Sign in as Ada Admin' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(2);
  });
});

test.describe('a malformed token response', () => {
  test('is refused at the boundary with a card, and signing in again works', async ({ page, emulator }) => {
    // Status 200, but no access token in the body.
    emulator.addFault({
      host: 'login.microsoftonline.com',
      method: 'POST',
      pathIncludes: '/oauth2/v2.0/token',
      status: 200,
      times: 1,
      body: '{"token_type":"Bearer","scope":"https://management.azure.com/user_impersonation","expires_in":"soon"}',
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    const card = page.getByRole('alert').filter({ hasText: "Microsoft's sign-in answered in an unexpected way" });
    await expect(card).toBeVisible();
    await card.getByText('Details for support').click();
    await expect(card).toContainText('Correlation ID');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await card.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
  });
});

test.describe('redirect URI on the Web platform', () => {
  test.use({ scenario: 'web-platform', allowedHttpErrors: [400] });

  test('AADSTS9002326: sign-in lands on a card for the team that runs the portal, with no loop', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    const card = page
      .getByRole('alert')
      .filter({ hasText: "This portal's address is registered as a web app, not a single-page app" });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Single-page application platform');
    await card.getByText('Details for support').click();
    await expect(card).toContainText('AADSTS9002326');
    await expect(card).toContainText('Correlation ID');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    // One sign-in, one refused redemption (the browser's Origin), and nothing after it by itself
    // (integration/no-loop.integration.test.tsx lets time pass to prove it).
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(1);
    expect(requestsTo(emulator, 'POST', '/oauth2/v2.0/token').map((r) => r.status)).toEqual([400]);
    expect(page.url()).not.toContain('code=');
  });
});
