import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { cloneScenario, SCENARIOS, SCENARIO_IDS, type Scenario } from '@twin-onboarding/emulator';
import { openApp } from './harness/app';

/**
 * ARM does not document which response headers it exposes to scripts. These journeys run with the emulator
 * exposing its ids, Retry-After and the rest ('all'), and exposing none ('none': no x-ms-* id, no Retry-After).
 * Every card and the report must still work, saying which ids the browser could not read, and always showing our
 * x-ms-client-request-id. (The 'all' journeys also run end to end, through a real browser's CORS: e2e/failures-arm.spec.ts.)
 */
const EXPOSURES = ['all', 'none'] as const;
type Exposure = (typeof EXPOSURES)[number];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNREADABLE = 'not readable by the browser (support can use x-ms-client-request-id)';
const PRODUCTION = 'Contoso Production';

/** The scenario `name`, with ARM exposing no response headers to the browser when `exposure` is 'none'. */
function world(name: string, exposure: Exposure, tweak = (_s: Scenario) => {}): string | Scenario {
  if (exposure === 'all') return name;
  const scenario = cloneScenario(SCENARIOS[name]!);
  scenario.armExposeHeaders = 'none';
  tweak(scenario);
  return scenario;
}

/** What every ARM card says about ids, whether or not the browser could read ARM's. */
function expectArmIds(ids: Record<string, string>, exposure: Exposure): void {
  expect(ids['x-ms-client-request-id']).toMatch(GUID);
  for (const label of ['x-ms-correlation-request-id', 'x-ms-request-id']) {
    if (exposure === 'none') expect(ids[label], label).toBe(UNREADABLE);
    else expect(ids[label], label).toMatch(GUID);
  }
}

describe.each(EXPOSURES)('ARM exposing %s of its response headers', (exposure) => {
  it('throttled: waits as Azure asks, says so, carries on, and reports it', async () => {
    // Without a readable Retry-After the client's own back-off (at least 3.5 s over three retries) outlasts a 3 s throttle.
    const app = await openApp({
      scenario: world('throttled', exposure, (s) => {
        for (const f of s.faults) f.retryAfter = 3;
      }),
    });
    await app.signIn('Ada Admin');
    const wait =
      exposure === 'all'
        ? 'Azure asked us to wait 4 s (too many requests). Continuing by itself.'
        : 'Azure asked us to slow down (too many requests).';
    await app.findStatus(wait);
    await app.until(() => screen.queryByRole('rowheader', { name: new RegExp(PRODUCTION) }));
    const lists = app.requests('GET', '/subscriptions?');
    if (exposure === 'all') {
      expect(lists.slice(0, 2).map((r) => r.status)).toEqual([429, 200]);
      expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(4_000);
    } else {
      // Early retries met the throttle again (ARM holds it for its Retry-After) until the wait was over.
      const first200 = lists.findIndex((r) => r.status === 200);
      expect(lists.slice(0, first200).every((r) => r.status === 429)).toBe(true);
      expect(lists[first200]!.at - lists[0]!.at).toBeGreaterThanOrEqual(3_000);
    }

    await app.user.click(screen.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    await app.user.click(await screen.findByRole('button', { name: 'Register Microsoft.IoTSpaces' }));
    if (exposure === 'all') await app.findStatus('Azure asked us to wait 3 s');
    await app.until(() => screen.queryAllByRole('status').find((s) => s.textContent?.includes('Azure is registering')));
    const registers = app.requests('POST', '/register').map((r) => r.status);
    expect(registers.at(-1)).toBe(200);
    // Throttled first (once, or until the unread Retry-After was over), then accepted.
    const throttled = registers.slice(0, -1);
    if (exposure === 'all') expect(throttled).toEqual([429]);
    else expect(throttled.length > 0 && throttled.every((s) => s === 429), `register answers: ${registers}`).toBe(true);
    expect(screen.queryAllByRole('alert')).toEqual([]);

    app.emulator.clock.advance(20_000);
    await app.until(() => screen.queryByRole('heading', { level: 1, name: 'Verify access' }));
    await app.answerDigitalTwinsConsent('Ada Admin');
    const report = JSON.parse((await screen.findByLabelText('Onboarding report (JSON)')).textContent ?? '{}');
    const waits = report.problems
      .filter((p: { key: string }) => p.key === 'retry-throttled')
      .map((p: { ids: [string, string][] }) => Object.fromEntries(p.ids));
    if (exposure === 'all') {
      expect(waits).toHaveLength(2);
      expect(waits[0]).toMatchObject({
        'Retry-After (s)': '4',
        'x-ms-correlation-request-id': expect.stringMatching(GUID),
      });
    } else {
      expect(waits.length).toBeGreaterThanOrEqual(2);
      for (const ids of waits) {
        expect(ids).toMatchObject({
          'Retry-After (s)': UNREADABLE,
          'x-ms-correlation-request-id': UNREADABLE,
          'x-ms-client-request-id': expect.stringMatching(GUID),
        });
      }
    }
    const registerRequest = report.provider.registerRequest;
    expect(registerRequest.clientRequestId).toMatch(GUID);
    expect(registerRequest.correlationId).toEqual(exposure === 'all' ? expect.stringMatching(GUID) : UNREADABLE);
    expect(registerRequest.requestId).toEqual(exposure === 'all' ? expect.stringMatching(GUID) : UNREADABLE);
  });

  it('transient server faults: retries with back-off, then a card with Try again; a single fault is retried unseen', async () => {
    const app = await openApp({ scenario: world('flaky', exposure) });
    await app.signIn('Ada Admin');
    await app.findStatus('Azure had a temporary problem. Trying again by itself');
    const card = await app.until(() =>
      screen.queryAllByRole('alert').find((a) => a.textContent?.includes('Azure had a temporary problem')),
    );
    const ids = await app.cardIds(card);
    expect(ids['Error code']).toBe('ServiceUnavailable');
    expectArmIds(ids, exposure);
    expect(app.requests('GET', '/subscriptions?').map((r) => r.status)).toEqual([503, 503, 503, 503]);

    await app.user.click(within(card).getByRole('button', { name: 'Try again' }));
    await app.until(() => screen.queryByRole('rowheader', { name: new RegExp(PRODUCTION) }));
    // The provider read that met a 500 was retried by the client: every row shows its state.
    await app.until(
      () => screen.queryAllByRole('row').filter((r) => r.textContent?.includes('Not registered')).length === 3,
    );
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(app.requests('GET', '/providers/').some((r) => r.status === 500)).toBe(true);
  });

  it('subscription disabled after it was listed: 409 ReadOnlyDisabledSubscription explained, another subscription offered', async () => {
    const app = await openApp({ scenario: world('happy', exposure) });
    await app.signIn('Ada Admin');
    await app.user.click(await screen.findByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    app.emulator.setSubscriptionState(SCENARIO_IDS.subscriptions.production, 'Disabled');
    await app.user.click(await screen.findByRole('button', { name: 'Register Microsoft.IoTSpaces' }));
    const card = await app.findCard('This subscription is disabled');
    const ids = await app.cardIds(card);
    expect(ids['Error code']).toBe('ReadOnlyDisabledSubscription');
    expectArmIds(ids, exposure);
    await app.user.click(within(card).getByRole('button', { name: 'Choose another subscription' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a subscription' });
  });

  it('no rights to register: predicted before the click from the permissions API, with a request for an owner', async () => {
    const app = await openApp({ scenario: world('reader', exposure) });
    await app.signIn('Riley Reader');
    await app.user.click(await screen.findByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    const note = await app.findNote("Your roles on this subscription probably don't allow registering");
    expect(note.textContent).toContain('Owner');
    expect(note.textContent).toContain('Contributor');
    expect(within(note).getByLabelText('Copy the request for an owner: text').textContent).toContain(
      `az provider register --namespace Microsoft.IoTSpaces --subscription ${SCENARIO_IDS.subscriptions.production}`,
    );
    expect(app.requests('GET', '/providers/Microsoft.Authorization/permissions')).toHaveLength(1);
    expect(app.requests('POST', '/register')).toHaveLength(0);

    await app.user.click(screen.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }));
    const card = await app.findCard("You don't have permission to register");
    expect(within(card).getByRole('button', { name: 'Copy the request for an owner' })).toBeTruthy();
    const ids = await app.cardIds(card);
    expect(ids['Error code']).toBe('AuthorizationFailed');
    expectArmIds(ids, exposure);
  });
});
