import type { Locator } from '@playwright/test';
import { test, expect, signIn, chooseAndRegister, grantDigitalTwins, requestsTo } from './fixtures';
import { cloneScenario, SCENARIOS, SCENARIO_IDS } from '@twin-onboarding/emulator';

const PRODUCTION = 'Contoso Production';
const registering = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: 'Azure is registering' });

/**
 * ARM's ids on a card, as a real browser lets the portal read them through CORS (the emulator exposes them). The
 * same journeys with ARM exposing no header at all, and the cards' decisions, are in the integration tier
 * (integration/arm-header-exposure.integration.test.tsx).
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The ids under a card's "Details for support", as label → value. */
async function cardIds(card: Locator): Promise<Record<string, string>> {
  await card.getByText('Details for support').click();
  const rows = await card
    .locator('dl.ids > div')
    .evaluateAll((divs) =>
      divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']),
    );
  return Object.fromEntries(rows);
}

/** What every ARM card says about ids. */
function expectArmIds(ids: Record<string, string>): void {
  for (const label of ['x-ms-client-request-id', 'x-ms-correlation-request-id', 'x-ms-request-id'])
    expect(ids[label], label).toMatch(GUID);
}

test.describe('throttled', () => {
  // 429: ARM's throttling answers; 400: Entra's consent_required before the Digital Twins consent.
  test.use({ scenario: 'throttled', allowedHttpErrors: [429, 400] });

  test('waits as Azure asks, says so, carries on, and reports it', async ({ page, emulator }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Azure asked us to wait 4 s (too many requests). Continuing by itself.' }),
    ).toBeVisible();
    await expect(page.getByRole('rowheader', { name: new RegExp(PRODUCTION) })).toBeVisible();
    const lists = requestsTo(emulator, 'GET', '/subscriptions?');
    expect(lists.slice(0, 2).map((r) => r.status)).toEqual([429, 200]);
    expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(4_000);

    await chooseAndRegister(page);
    await expect(page.getByRole('status').filter({ hasText: 'Azure asked us to wait 3 s' })).toBeVisible();
    await expect(registering(page)).toBeVisible();
    const registers = requestsTo(emulator, 'POST', '/register').map((r) => r.status);
    expect(registers.at(-1)).toBe(200);
    // Throttled once, then accepted.
    expect(registers.slice(0, -1)).toEqual([429]);
    await expect(page.getByRole('alert')).toHaveCount(0);

    emulator.clock.advance(20_000);
    await grantDigitalTwins(page, 'Ada Admin');
    const report = JSON.parse((await page.getByLabel('Onboarding report (JSON)').textContent()) ?? '{}');
    const waits = report.problems
      .filter((p: { key: string }) => p.key === 'retry-throttled')
      .map((p: { ids: [string, string][] }) => Object.fromEntries(p.ids));
    expect(waits).toHaveLength(2);
    expect(waits[0]).toMatchObject({
      'Retry-After (s)': '4',
      'x-ms-correlation-request-id': expect.stringMatching(GUID),
    });
    const registerRequest = report.provider.registerRequest;
    expect(registerRequest.clientRequestId).toMatch(GUID);
    expect(registerRequest.correlationId).toMatch(GUID);
    expect(registerRequest.requestId).toMatch(GUID);
  });
});

test.describe('transient server faults', () => {
  test.use({ scenario: 'flaky', allowedHttpErrors: [500, 503] });

  test('retries with back-off, then a card with Try again; a single fault is retried unseen', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await expect(
      page.getByRole('status').filter({ hasText: 'Azure had a temporary problem. Trying again by itself' }),
    ).toBeVisible();
    const card = page.getByRole('alert').filter({ hasText: 'Azure had a temporary problem' });
    await expect(card).toBeVisible();
    const ids = await cardIds(card);
    expect(ids['Error code']).toBe('ServiceUnavailable');
    expectArmIds(ids);
    expect(requestsTo(emulator, 'GET', '/subscriptions?').map((r) => r.status)).toEqual([503, 503, 503, 503]);

    await card.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('rowheader', { name: new RegExp(PRODUCTION) })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The provider read that met a 500 was retried by the client: every row shows its state.
    await expect(page.getByRole('row').filter({ hasText: 'Not registered' })).toHaveCount(3);
    expect(requestsTo(emulator, 'GET', '/providers/').some((r) => r.status === 500)).toBe(true);
  });
});

test.describe('subscription disabled after it was listed', () => {
  test.use({ allowedHttpErrors: [409] });

  test('Azure refuses with 409 ReadOnlyDisabledSubscription: explained, another subscription offered', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` }).click();
    emulator.setSubscriptionState(SCENARIO_IDS.subscriptions.production, 'Disabled');
    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    const card = page.getByRole('alert').filter({ hasText: 'This subscription is disabled' });
    await expect(card).toBeVisible();
    const ids = await cardIds(card);
    expect(ids['Error code']).toBe('ReadOnlyDisabledSubscription');
    expectArmIds(ids);
    await card.getByRole('button', { name: 'Choose another subscription' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
  });
});

test.describe('no rights to register', () => {
  test.use({ scenario: 'reader', allowedHttpErrors: [403] });

  test('predicted before the click from the permissions API, with a request for an owner', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Riley Reader');
    await page.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` }).click();
    const note = page
      .getByRole('note')
      .filter({ hasText: "Your roles on this subscription probably don't allow registering" });
    await expect(note).toContainText('Owner');
    await expect(note).toContainText('Contributor');
    await expect(note.getByLabel('Copy the request for an owner: text')).toContainText(
      `az provider register --namespace Microsoft.IoTSpaces --subscription ${SCENARIO_IDS.subscriptions.production}`,
    );
    expect(requestsTo(emulator, 'GET', '/providers/Microsoft.Authorization/permissions')).toHaveLength(1);
    expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(0);

    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    const card = page.getByRole('alert').filter({ hasText: "You don't have permission to register" });
    await expect(card.getByRole('button', { name: 'Copy the request for an owner' })).toBeVisible();
    const ids = await cardIds(card);
    expect(ids['Error code']).toBe('AuthorizationFailed');
    expectArmIds(ids);
  });
});

test.describe('network lost mid-poll', () => {
  // 400: Entra's consent_required to the first silent Digital Twins request, on the verify step.
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/], allowedHttpErrors: [400] });

  test('pauses while offline, says so, resumes when back, and never registers twice', async ({ page, emulator }) => {
    // The page's clock is the test's: the offline spell below lasts 4 s of the app's time, whatever the machine's load.
    await page.clock.install();
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await expect(registering(page)).toBeVisible();

    await page.context().setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline. Nothing is lost' })).toBeVisible();
    await page.clock.runFor(4_000);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(registering(page)).toBeVisible();

    await page.context().setOffline(false);
    await expect(page.getByText('You are offline')).toHaveCount(0);
    emulator.clock.advance(20_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(1);
  });
});

test.describe('token expires mid-poll', () => {
  // 401: ARM refusing the expired access token, which the portal renews silently.
  // …and 400, Entra's consent_required on the verify step.
  test.use({ scenario: 'stuck-registration', allowedHttpErrors: [401, 400] });

  test('renews the token silently and keeps watching; no sign-in page', async ({ page, emulator }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await expect(registering(page)).toBeVisible();

    // Azure's clock passes the access token's hour; the browser's does not, so ARM is the one to refuse it.
    emulator.clock.advance(91 * 60_000); // Entra's access tokens last 60 to 90 minutes
    await expect.poll(() => requestsTo(emulator, 'GET', '/providers/').some((r) => r.status === 401)).toBe(true);
    await expect
      .poll(() => requestsTo(emulator, 'POST', '/oauth2/v2.0/token').filter((r) => r.status === 200).length)
      .toBeGreaterThanOrEqual(2);
    await expect(registering(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    emulator.clock.advance(3 * 60 * 60_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    expect(requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')).toHaveLength(1); // only the first sign-in
  });
});

test.describe('a subscription in another directory', () => {
  // 401: ARM's InvalidAuthenticationTokenTenant for the home directory's token.
  test.use({ scenario: 'several-directories', allowedHttpErrors: [401] });

  test('a token from the directory ARM names, fetched transparently', async ({ page, emulatorServer }) => {
    // Ada needs no MFA here, so her Fabrikam token comes silently.
    const scenario = cloneScenario(SCENARIOS['several-directories']!);
    for (const user of scenario.users) user.requiresMfa = false;
    // …and Fabrikam's admin has approved the app, so no consent page either.
    scenario.orgGrants = { [SCENARIO_IDS.fabrikamTenant]: ['https://management.azure.com'] };
    const emulator = emulatorServer.reset(scenario);
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: 'Use this subscription: Contoso Dev/Test' }).click();
    // The register step's reads (provider state, permissions) answered first: the register call must be the first to
    // meet the move, or a read meets it and the register call goes straight to Fabrikam. The emulator logs a request
    // once it has answered it.
    await expect(page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' })).toBeEnabled();
    const devTest = `/subscriptions/${SCENARIO_IDS.subscriptions.devTest}/providers/`;
    await expect
      .poll(() => requestsTo(emulator, 'GET', `${devTest}Microsoft.Authorization/permissions`).length)
      .toBe(1);
    expect(requestsTo(emulator, 'GET', `${devTest}Microsoft.IoTSpaces`).length).toBeGreaterThan(0);
    // Moved to Fabrikam after it was listed: ARM now wants a Fabrikam token for it.
    emulator.transferSubscription(SCENARIO_IDS.subscriptions.devTest, SCENARIO_IDS.fabrikamTenant);
    // Azure drops a moved subscription's role assignments; Fabrikam's admin gives Ada's guest object (not her Contoso
    // object) a role on it.
    emulator.assignSubscriptionRole(SCENARIO_IDS.subscriptions.devTest, SCENARIO_IDS.adaGuestInFabrikam, 'Owner');
    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(requestsTo(emulator, 'POST', '/register').map((r) => r.status)).toEqual([401, 200]);
    expect(
      requestsTo(emulator, 'POST', `/${SCENARIO_IDS.fabrikamTenant}/oauth2/v2.0/token`).map((r) => r.status),
    ).toEqual([200]);
  });
});
