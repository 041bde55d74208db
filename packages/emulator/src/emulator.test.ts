import { describe, expect, it } from 'vitest';
import { Emulator, SCENARIOS, scenarioNames, renderSignInPage, ARM_APP_ID, DIGITAL_TWINS_APP_ID } from './index';
import { SCENARIO_IDS } from './scenarios';
import {
  APP,
  REDIRECT,
  T0,
  arm,
  authorizeUrl,
  body,
  interactiveSignIn,
  makeEmulator,
  pkce,
  redeem,
  redirectParams,
  signedIn,
  type TokenBody,
} from './testkit';
import type { EmulatorState } from './types';

const ADA = SCENARIO_IDS.adaAdmin;
const RILEY = SCENARIO_IDS.rileyReader;
const PROD = SCENARIO_IDS.subscriptions.production;
const V = 'api-version=2022-12-01';
const P = 'api-version=2021-04-01';

describe('scenarios', () => {
  it('exposes the named scenarios with fixed ids', () => {
    expect(scenarioNames()).toEqual([
      'happy',
      'no-subscription',
      'already-registered',
      'reader',
      'slow-registration',
      'retired-namespace',
      'many-subscriptions',
      'hostile-data',
      'throttled',
      'flaky',
      'registration-fails',
      'stuck-registration',
      'several-directories',
      'partner-admin',
      'admin-approval',
      'admin-approval-workflow',
      'consent-policy',
      'web-platform',
      'malformed',
      'mfa-required',
      'mfa-auth-context',
      'twins-group-role',
      'twins-no-role',
      'twins-no-instance',
      'twins-several',
      'twins-private',
      'twins-app-caller',
      'twins-guest-ready',
      'twins-guest-not-invited',
      'twins-guest-outbound-blocked',
      'twins-guest-inbound-blocked',
      'twins-guest-mfa',
      'twins-guest-tenant-restrictions',
      'twins-grant-group',
      'twins-grant-me',
      'twins-grant-contributor',
      'twins-grant-eligible',
      'twins-grant-policy',
      'twins-grant-slow',
      'twins-grant-mfa',
    ]);
    const happy = SCENARIOS.happy;
    expect(happy?.subscriptions.map((s) => [s.displayName, s.state])).toEqual([
      ['Contoso Production', 'Enabled'],
      ['Contoso Dev/Test', 'Enabled'],
      ['Contoso Legacy', 'Disabled'],
    ]);
    expect(happy?.registrationDelayMs).toBe(20_000);
    expect(happy?.pageSize).toBe(2);
    expect(SCENARIOS['slow-registration']).toMatchObject({
      registrationDelayMs: 180_000,
      servicePrincipalDelayMs: 30_000,
    });
    expect(SCENARIOS['retired-namespace']?.knownNamespaces).not.toContain('Microsoft.IoTSpaces');
    expect(SCENARIOS['retired-namespace']?.knownNamespaces).toContain('Microsoft.DigitalTwins');
    expect(() => Emulator.create({ scenario: 'nope', app: APP })).toThrow(/Unknown emulator scenario 'nope'/);
  });

  it('does not mutate the shared scenario objects', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    await arm(emu, `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register?${P}`, access_token, 'POST');
    expect(SCENARIOS.happy?.subscriptions[0]?.providers).toEqual({});
  });

  it('world() shows service principals and provider states', async () => {
    const { emu } = makeEmulator('already-registered');
    const w = emu.world();
    expect(w.tenants[0]?.servicePrincipals).toEqual(expect.arrayContaining([ARM_APP_ID, DIGITAL_TWINS_APP_ID]));
    expect(w.subscriptions[0]?.providers['Microsoft.IoTSpaces']).toBe('Registered');
    expect(makeEmulator().emu.world().tenants[0]?.servicePrincipals).not.toContain(DIGITAL_TWINS_APP_ID);
  });
});

describe('CORS and headers', () => {
  it('answers preflights on both hosts and logs them', async () => {
    const { emu } = makeEmulator();
    const res = await emu.handle({
      method: 'OPTIONS',
      url: `https://management.azure.com/subscriptions?${V}`,
      headers: {
        Origin: 'https://portal.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,x-ms-client-request-id',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://portal.example');
    // ARM answers its fixed list, not an echo: a header outside it is refused by the browser.
    const allowed = (res.headers['access-control-allow-headers'] ?? '').split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-ms-client-request-id']));
    expect(allowed).not.toContain('x-ms-correlation-request-id');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-max-age']).toBe('3600');
    const entra = await emu.handle({
      method: 'OPTIONS',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      headers: { 'Access-Control-Request-Headers': 'content-type,x-client-sku' },
    });
    expect(entra.status).toBe(204);
    expect(entra.headers['access-control-allow-headers']).toBe('content-type,x-client-sku');
    expect(entra.headers['access-control-allow-origin']).toBe('*');
    expect(emu.requests.map((r) => [r.method, r.host, r.status])).toEqual([
      ['OPTIONS', 'management.azure.com', 204],
      ['OPTIONS', 'login.microsoftonline.com', 204],
    ]);
    expect(emu.requests[0]).toMatchObject({ seq: 1, at: T0, path: `/subscriptions?${V}` });
  });

  it('ARM responses carry ids, exposed headers and decreasing rate-limit counters', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const a = await arm(emu, `/subscriptions?${V}`, access_token, 'GET', { 'x-ms-correlation-request-id': 'corr-1' });
    const b = await arm(emu, `/subscriptions?${V}`, access_token);
    expect(a.headers['x-ms-correlation-request-id']).toBe('corr-1');
    expect(b.headers['x-ms-correlation-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-ms-request-id']).not.toBe(b.headers['x-ms-request-id']);
    expect(a.headers['access-control-allow-origin']).toBe('https://portal.example');
    const exposed = (a.headers['access-control-expose-headers'] ?? '').split(', ');
    for (const h of [
      'x-ms-request-id',
      'x-ms-correlation-request-id',
      'retry-after',
      'x-ms-ratelimit-remaining-tenant-reads',
      'x-ms-ratelimit-remaining-subscription-reads',
    ]) {
      expect(exposed).toContain(h);
    }
    expect(a.headers['x-ms-ratelimit-remaining-tenant-reads']).toBe('249');
    expect(b.headers['x-ms-ratelimit-remaining-tenant-reads']).toBe('248');
    const s = await arm(emu, `/subscriptions/${PROD}?${V}`, access_token);
    expect(s.headers['x-ms-ratelimit-remaining-subscription-reads']).toBe('249');
    expect(s.headers['x-ms-ratelimit-remaining-subscription-global-reads']).toBe('3749');
  });

  it('other hosts are 404', async () => {
    const { emu } = makeEmulator();
    expect((await emu.handle({ method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' })).status).toBe(404);
  });
});

describe('faults', () => {
  it('a 429 rule answers with Retry-After and SubscriptionRequestsThrottled, then lets requests through', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    emu.addFault({ host: 'management.azure.com', pathIncludes: '/providers/', status: 429, times: 1, retryAfter: 7 });
    const path = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces?${P}`;
    const throttled = await arm(emu, path, access_token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('7');
    expect(throttled.headers['access-control-allow-origin']).toBe('https://portal.example');
    const err = body<{ error: { code: string; message: string } }>(throttled).error;
    expect(err.code).toBe('SubscriptionRequestsThrottled');
    expect(err.message).toContain(`subscription '${PROD}'`);
    expect(err.message).toContain("Please try again after '7' seconds.");
    emu.clock.advance(7_000);
    expect((await arm(emu, path, access_token)).status).toBe(200);
  });

  it('5xx rules from the scenario, consumed in order, counters persisted', async () => {
    const s = {
      ...SCENARIOS.happy!,
      faults: [
        { host: 'management.azure.com', status: 503, times: 1 },
        { host: 'management.azure.com', status: 500, times: 1 },
      ],
    };
    const { emu, wall } = makeEmulator(s);
    const { access_token } = await signedIn(emu, ADA);
    const first = await arm(emu, `/subscriptions?${V}`, access_token);
    expect(first.status).toBe(503);
    expect(first.headers['retry-after']).toBe('10');
    expect(body<{ error: { code: string } }>(first).error.code).toBe('ServiceUnavailable');
    const restored = Emulator.restore(emu.toJSON(), { baseNow: () => wall.now });
    const second = await arm(restored, `/subscriptions?${V}`, access_token);
    expect(second.status).toBe(500);
    expect(body<{ error: { code: string } }>(second).error.code).toBe('InternalServerError');
    expect((await arm(restored, `/subscriptions?${V}`, access_token)).status).toBe(200);
  });

  it('ARM throttles for real when the read bucket runs dry', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    let last = await arm(emu, `/tenants?${V}`, access_token);
    for (let i = 0; i < 250; i++) last = await arm(emu, `/tenants?${V}`, access_token);
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    emu.clock.advance(1000);
    expect((await arm(emu, `/tenants?${V}`, access_token)).status).toBe(200);
  });
});

describe('persistence', () => {
  it('toJSON()/restore() mid-flow: a code issued before is redeemed after, and the clock offset survives', async () => {
    const { emu, wall } = makeEmulator();
    const { verifier, challenge } = await pkce();
    const step = await interactiveSignIn(emu, ADA, { challenge });
    const code = redirectParams(step).get('code') ?? '';
    emu.clock.advance(5_000);
    const state = JSON.parse(JSON.stringify(emu.toJSON())) as EmulatorState;
    expect(state.clockOffsetMs).toBe(5_000);

    wall.now += 1_000;
    const restored = Emulator.restore(state, { baseNow: () => wall.now });
    expect(restored.clock.now()).toBe(T0 + 6_000);
    expect(restored.scenario.name).toBe('happy');
    expect(restored.app).toEqual(APP);
    const res = await redeem(restored, code, verifier);
    expect(res.status).toBe(200);
    const tokens = body<TokenBody>(res);
    // Same secret: the original emulator accepts tokens the restored one issued.
    expect((await arm(emu, `/subscriptions?${V}`, tokens.access_token)).status).toBe(200);
    // Each emulator has its own log after the copy (sign-in steps are not HTTP requests, so neither had one).
    expect(restored.requests.map((r) => [r.seq, r.method, r.status])).toEqual([[1, 'POST', 200]]);
    expect(restored.requests[0]?.path).toMatch(/^\/organizations\/oauth2\/v2\.0\/token\?client-request-id=/);
    expect(emu.requests.map((r) => [r.seq, r.host])).toEqual([[1, 'management.azure.com']]);
  });

  it('keeps a registration timer across restore', async () => {
    const { emu, wall } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    await arm(emu, `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register?${P}`, access_token, 'POST');
    const restored = Emulator.restore(emu.toJSON(), { baseNow: () => wall.now });
    restored.clock.advance(20_000);
    const p = await arm(restored, `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces?${P}`, access_token);
    expect(body<{ registrationState: string }>(p).registrationState).toBe('Registered');
  });

  it('rejects something that is not a state', () => {
    expect(() => Emulator.restore({} as EmulatorState)).toThrow(/Not an emulator state/);
  });

  it('keeps at most the last 1000 requests', async () => {
    const { emu } = makeEmulator();
    for (let i = 0; i < 1005; i++) await emu.handle({ method: 'GET', url: `https://example.com/${i}` });
    expect(emu.requests.length).toBe(1000);
    expect(emu.requests[0]?.seq).toBe(6);
    expect(emu.requests.at(-1)?.path).toBe('/1004');
  });
});

describe('server-rendered sign-in', () => {
  it('GET authorize renders the picker; POST user renders consent; POST decision redirects with a code', async () => {
    const { emu } = makeEmulator();
    const { challenge } = await pkce();
    const url = authorizeUrl({ challenge });
    const page = await emu.handle({ method: 'GET', url });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Demo sign-in — emulated Microsoft Entra ID');
    expect(page.body).toContain('>Sign in as Ada Admin</button>');
    expect(page.body).toContain(`name="user" value="${ADA}"`);

    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const consent = await emu.handle({ method: 'POST', url, headers: form, body: `user=${ADA}` });
    expect(consent.status).toBe(200);
    expect(consent.body).toContain('Consent on behalf of your organization');
    expect(consent.body).toContain('value="accept-for-organization"');
    expect(consent.body).toContain('>Accept</button>');
    expect(consent.body).toContain('>Cancel</button>');

    // Checkbox ticked + Accept pressed: both values arrive; the org decision wins.
    const done = await emu.handle({
      method: 'POST',
      url,
      headers: form,
      body: `user=${ADA}&decision=accept-for-organization&decision=accept`,
    });
    expect(done.status).toBe(302);
    expect(done.headers.location?.startsWith(`${REDIRECT}#code=`)).toBe(true);
    expect(emu.world().tenants[0]?.orgGrants).toEqual([ARM_APP_ID]);

    const silent = await emu.handle({ method: 'GET', url: authorizeUrl({ challenge, prompt: 'none' }) });
    expect(silent.status).toBe(302);
  });

  it('renders errors with code, correlation id and trace id, and escapes everything', async () => {
    const evil = { ...APP, displayName: '<script>alert(1)</script>' };
    const emu = Emulator.create({ scenario: 'happy', app: evil, baseNow: () => T0 });
    const res = await emu.handle({
      method: 'GET',
      url: authorizeUrl({ redirectUri: 'https://x.example/"><img src=x>' }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('AADSTS50011');
    expect(res.body).toContain('a0c0ffee-0000-4000-8000-000000000001');
    expect(res.body).toContain('Trace ID');
    expect(res.body).not.toContain('<img src=x>');
    expect(res.body).toContain('&lt;img src=x&gt;');

    const pick = renderSignInPage(
      {
        kind: 'pick',
        lang: 'en',
        appName: evil.displayName,
        users: [{ id: '"u', upn: 'a@b', displayName: "O'Brien <b>", tenantName: 'T&T' }],
      },
      'https://login.microsoftonline.com/x?a=1&b="2"',
    );
    expect(pick).not.toContain('<script>');
    expect(pick).toContain('Sign in as O&#39;Brien &lt;b&gt;');
    expect(pick).toContain('action="https://login.microsoftonline.com/x?a=1&amp;b=&quot;2&quot;"');
    expect(pick).toContain('value="&quot;u"');
  });

  it('the consent page has no organization option for non-admins', () => {
    const html = renderSignInPage(
      {
        kind: 'consent',
        lang: 'en',
        appName: 'App',
        user: { id: 'u1', upn: 'r@c', displayName: 'R', tenantName: 'C' },
        permissions: [
          {
            resource: 'https://management.azure.com',
            resourceName: 'ARM',
            scope: 'user_impersonation',
            description: 'Access ARM as you',
          },
        ],
        canConsentForOrganization: false,
      },
      '/a',
    );
    expect(html).not.toContain('accept-for-organization');
    expect(html).toContain('Access ARM as you');
    expect(html).not.toContain(' by ');
  });

  it('the consent page names the publisher under the app, escaped', () => {
    const html = renderSignInPage(
      {
        kind: 'consent',
        lang: 'en',
        appName: 'Proseware Twin Studio',
        publisher: 'Proseware <Inc>',
        user: { id: 'u1', upn: 'r@c', displayName: 'R', tenantName: 'C' },
        permissions: [],
        canConsentForOrganization: false,
      },
      '/a',
    );
    expect(html).toContain('<strong>Proseware Twin Studio</strong> <small>by Proseware &lt;Inc&gt;</small> asks R');
  });

  it('"Need admin approval" posts: a request with its justification, then the way back without consent', async () => {
    const { emu } = makeEmulator('admin-approval-workflow');
    const url = authorizeUrl();
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const page = await emu.handle({ method: 'POST', url, headers: form, body: `user=${RILEY}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>Approval required</h1>');
    expect(page.body).toContain('<label for="justification">Justification for requesting this app</label>');
    expect(page.body).toContain('>Request approval</button>');
    expect(page.body).toContain('>Sign in with an admin account</button>');
    expect(page.body).toContain('>Return to the application without granting consent</button>');

    const empty = await emu.handle({
      method: 'POST',
      url,
      headers: form,
      body: `user=${RILEY}&justification=&approval=request`,
    });
    expect(empty.body).toContain('role="alert">Enter a justification');
    expect(empty.body).toContain('aria-invalid="true"');

    const sent = await emu.handle({
      method: 'POST',
      url,
      headers: form,
      body: `user=${RILEY}&justification=${encodeURIComponent('<b>for the plant</b>')}&approval=request`,
    });
    expect(sent.body).toContain('Request sent.');
    expect(sent.body).not.toContain('Request approval');
    expect(emu.world().consentRequests.map((r) => r.justification)).toEqual(['<b>for the plant</b>']);

    const back = await emu.handle({ method: 'POST', url, headers: form, body: `user=${RILEY}&approval=return` });
    expect(back.status).toBe(302);
    expect(back.headers.location).toMatch(/#error=access_denied&error_description=AADSTS65004/);
  });

  it('"Need admin approval" without the workflow has no request form', () => {
    const html = renderSignInPage(
      {
        kind: 'admin-approval',
        lang: 'en',
        appName: 'App <x>',
        user: { id: 'u1', upn: 'r@c', displayName: 'R', tenantName: 'C' },
        code: 'AADSTS90094',
        message: 'App <x> needs permission',
        canRequestApproval: false,
        requested: false,
        correlationId: 'c1',
      },
      '/a',
    );
    expect(html).toContain('<h1>Need admin approval</h1>');
    expect(html).not.toContain('justification');
    expect(html).toContain('App &lt;x&gt; needs permission');
    expect(html).toContain('AADSTS90094');
  });
});
