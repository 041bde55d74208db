import { test, expect, signIn, requestsTo } from './fixtures';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { APP_ORIGIN, TEST_APP } from './support/constants';

test.describe('a Past Due subscription', () => {
  test('registers: Microsoft keeps every operation available while a payment is pending', async ({
    page,
    emulator,
  }) => {
    emulator.setSubscriptionState(SCENARIO_IDS.subscriptions.production, 'PastDue');
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    const row = page.getByRole('row').filter({ hasText: 'Contoso Production' });
    await expect(row).toContainText('Past due (payment pending)');
    await expect(row).toContainText("disables the subscription if its billing issue isn't settled");
    await row.getByRole('button', { name: 'Use this subscription: Contoso Production' }).click();
    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(
      requestsTo(emulator, 'POST', '/register').map((r) => [
        r.path.includes(SCENARIO_IDS.subscriptions.production),
        r.status,
      ]),
    ).toEqual([[true, 200]]);
  });
});

test.describe('the admin consent link in the hands of someone who is not an administrator', () => {
  test.use({ scenario: 'admin-approval' });

  test('Microsoft shows "Need admin approval"; returning from it comes back without admin_consent and the portal says the link needs an administrator', async ({
    page,
    emulator,
  }) => {
    const link = new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent');
    link.searchParams.set('client_id', TEST_APP.clientId);
    link.searchParams.set('scope', 'https://management.azure.com/user_impersonation');
    link.searchParams.set('redirect_uri', `${APP_ORIGIN}/`);
    await page.goto(link.href);
    await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Need admin approval' })).toBeVisible();
    await page.getByRole('button', { name: 'Return to the application without granting consent' }).click();

    const card = page.getByRole('alert').filter({ hasText: 'The approval link needs an administrator' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Forward the approval link to a Global Administrator');
    const back = new URL(page.url()).searchParams;
    expect([back.get('error'), back.get('error_subcode'), back.has('admin_consent')]).toEqual([
      'access_denied',
      'cancel',
      false,
    ]);
    // Nothing to try again: the request for an administrator instead, and no word of an approval.
    await expect(card.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(card.getByLabel('Copy the request for an administrator: text')).toContainText('/v2.0/adminconsent?');
    await expect(page.getByText('An administrator approved')).toHaveCount(0);
    expect(emulator.world().tenants[0]?.orgGrants).toEqual([]);
  });
});
