import { test, expect, signIn, requestsTo, declineDigitalTwins } from './fixtures';

test('declining the permissions at sign-in explains it and offers to try again, without a loop', async ({
  page,
  emulator,
}) => {
  await page.goto('/');
  await signIn(page, 'Ada Admin', { consent: 'decline' });
  const card = page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' });
  await expect(card).toBeVisible();
  await card.getByText('Details for support').click();
  await expect(card).toContainText('AADSTS65004');
  await expect(card).toContainText('access_denied');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // No second sign-in by itself (integration/no-loop.integration.test.tsx lets time pass to prove it).
  expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(1);
  expect(page.url()).not.toContain('error=');

  await card.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
});

test('sign-out clears the tokens, the portal notes and the directory a link named, and returns to the start', async ({
  page,
  emulator,
}) => {
  await page.goto('/?tenant=contoso.onmicrosoft.com');
  await expect(page.getByText('This link signs you in to the directory contoso.onmicrosoft.com')).toBeVisible();
  await signIn(page, 'Ada Admin');
  await page.getByRole('button', { name: 'Use this subscription: Contoso Production' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register the resource provider' })).toBeVisible();
  const before = await page.evaluate(() => Object.keys(sessionStorage));
  expect(before.some((k) => k.includes('accesstoken'))).toBe(true);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/logout')).toHaveLength(1);
  const after = await page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
  expect(Object.keys(after).filter((k) => /accesstoken|refreshtoken|idtoken/i.test(k))).toEqual([]);
  expect(JSON.parse(after['twin-onboarding.choices'] ?? '{}')).toEqual({});
  expect(after['twin-onboarding.tenant']).toBeUndefined();
  await expect(page.getByLabel('Signed in')).toHaveCount(0);
  await expect(page.getByText('This link signs you in to the directory')).toHaveCount(0);
});

test.describe('declining Digital Twins during verification', () => {
  test.use({ scenario: 'already-registered', allowedHttpErrors: [400] });

  test('says the permission was declined and still offers it', async ({ page }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: 'Verify now' }).first().click();
    await declineDigitalTwins(page, 'Ada Admin');

    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue to Microsoft to grant access' })).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' })).toHaveCount(0);
  });
});
