import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, manySubscriptionsScenario } from './scenarios';
import {
  DT_SCOPE,
  OIDC,
  arm,
  body,
  interactiveSignIn,
  makeEmulator,
  redirectParams,
  scenario,
  signedIn,
} from './testkit';
import { DIGITAL_TWINS_APP_ID } from './index';
import { base64UrlEncodeText } from './encoding';

const ADA = SCENARIO_IDS.adaAdmin;
const RILEY = SCENARIO_IDS.rileyReader;
const TENANT = SCENARIO_IDS.contosoTenant;
const { production: PROD, devTest: DEV, legacy: LEGACY } = SCENARIO_IDS.subscriptions;
const V = 'api-version=2022-12-01';
const P = 'api-version=2021-04-01';

interface ArmErr {
  error: { code: string; message: string };
}
interface Provider {
  id: string;
  namespace: string;
  registrationState: string;
  registrationPolicy: string;
  resourceTypes: Array<{ resourceType: string }>;
}
interface SubList {
  value: Array<{
    subscriptionId: string;
    displayName: string;
    state: string;
    tenantId: string;
    authorizationSource: string;
  }>;
  nextLink?: string;
}

describe('ARM authentication', () => {
  it('401 AuthenticationFailed without an Authorization header, pointing at the subscription tenant', async () => {
    const { emu } = makeEmulator();
    const res = await arm(emu, `/subscriptions/${PROD}?${V}`);
    expect(res.status).toBe(401);
    expect(body<ArmErr>(res).error).toEqual({
      code: 'AuthenticationFailed',
      message: "Authentication failed. The 'Authorization' header is missing.",
    });
    expect(res.headers['www-authenticate']).toMatch(
      new RegExp(
        `^Bearer authorization_uri="https://login\\.microsoftonline\\.com/${TENANT}", error="invalid_token", error_description="`,
      ),
    );
    expect(res.headers['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('401 for an expired token (virtual clock), a forged token and a token for another audience', async () => {
    const { emu } = makeEmulator();
    const tokens = await signedIn(emu, ADA);
    expect((await arm(emu, `/subscriptions?${V}`, tokens.access_token)).status).toBe(200);

    const [h, p, s] = tokens.access_token.split('.');
    const claims = JSON.parse(atob((p ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const forged = `${h}.${base64UrlEncodeText(JSON.stringify({ ...claims, oid: '00000000-0000-4000-8000-000000000000' }))}.${s}`;
    const f = await arm(emu, `/subscriptions?${V}`, forged);
    expect(f.status).toBe(401);
    expect(body<ArmErr>(f).error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'The access token has an invalid signature.',
    });
    const notJwt = await arm(emu, `/subscriptions?${V}`, 'not-a-jwt');
    expect([notJwt.status, body<ArmErr>(notJwt).error.code]).toEqual([401, 'AuthenticationFailedInvalidHeader']);

    const dt = await signedIn(emu, ADA, { scope: `https://management.azure.com/.default ${OIDC}` });
    expect(dt.scope).toBe('https://management.azure.com/user_impersonation');

    emu.clock.advance(tokens.expires_in * 1000);
    const expired = await arm(emu, `/subscriptions?${V}`, tokens.access_token);
    expect(expired.status).toBe(401);
    expect(body<ArmErr>(expired).error.code).toBe('ExpiredAuthenticationToken');
    expect(body<ArmErr>(expired).error.message).toMatch(
      /^The access token expiry UTC time '\d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M' is earlier than current UTC time/,
    );
  });

  it('401 AuthenticationFailedInvalidHeader for a header that is not "Bearer <JWT>"', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    for (const value of [
      `Basic ${access_token}`,
      'Bearer',
      `Bearer ${access_token} extra`,
      'Bearer a.b',
      `${access_token}`,
    ]) {
      const res = await arm(emu, `/subscriptions?${V}`, undefined, 'GET', { Authorization: value });
      expect([res.status, body<ArmErr>(res).error], value.slice(0, 20)).toEqual([
        401,
        {
          code: 'AuthenticationFailedInvalidHeader',
          message: "Authentication failed. The 'Authorization' header is provided in an invalid format.",
        },
      ]);
    }
    expect(
      (await arm(emu, `/subscriptions?${V}`, undefined, 'GET', { Authorization: `bearer ${access_token}` })).status,
    ).toBe(200);
  });

  it('a CORS preflight needs no Authorization header', async () => {
    const { emu } = makeEmulator();
    const res = await emu.handle({
      method: 'OPTIONS',
      url: `https://management.azure.com/subscriptions?${V}`,
      headers: {
        Origin: 'https://portal.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toContain('authorization');
  });

  it('401 InvalidAuthenticationTokenTenant names both issuers and the authority to use', async () => {
    const { emu } = makeEmulator('several-directories');
    const { access_token } = await signedIn(emu, ADA);
    const res = await arm(emu, `/subscriptions/${SCENARIO_IDS.fabrikamShared}?${V}`, access_token);
    expect(res.status).toBe(401);
    const err = body<ArmErr>(res).error;
    expect(err.code).toBe('InvalidAuthenticationTokenTenant');
    expect(err.message).toContain(`'https://sts.windows.net/${TENANT}/'`);
    expect(err.message).toContain(
      `'https://sts.windows.net/${SCENARIO_IDS.fabrikamTenant}/' associated with this subscription`,
    );
    expect(err.message).toContain(
      `Please use the authority (URL) 'https://login.windows.net/${SCENARIO_IDS.fabrikamTenant}'`,
    );
  });

  it('401 for a Digital Twins token (wrong audience)', async () => {
    const { emu } = makeEmulator('already-registered');
    await signedIn(emu, ADA);
    const dt = await signedIn(emu, ADA, { scope: `${DT_SCOPE} ${OIDC}` });
    const res = await arm(emu, `/subscriptions?${V}`, dt.access_token);
    expect(res.status).toBe(401);
    expect(body<ArmErr>(res).error.message).toContain("wrong audience or resource 'https://digitaltwins.azure.net'");
  });

  it('400 MissingApiVersionParameter', async () => {
    const { emu } = makeEmulator();
    const tokens = await signedIn(emu, ADA);
    const res = await arm(emu, '/subscriptions', tokens.access_token);
    expect(res.status).toBe(400);
    expect(body<ArmErr>(res).error.code).toBe('MissingApiVersionParameter');
  });
});

describe('ARM CORS', () => {
  it('exposes its ids, Retry-After and WWW-Authenticate by default; with armExposeHeaders "none", nothing', async () => {
    const open = makeEmulator('throttled').emu;
    const token = (await signedIn(open, ADA)).access_token;
    const exposed = (await arm(open, `/subscriptions?${V}`, token)).headers['access-control-expose-headers'] ?? '';
    expect(exposed.split(', ')).toEqual(
      expect.arrayContaining(['x-ms-request-id', 'x-ms-correlation-request-id', 'retry-after', 'www-authenticate']),
    );

    const closed = makeEmulator({ ...scenario('throttled'), armExposeHeaders: 'none' }).emu;
    const t = (await signedIn(closed, ADA)).access_token;
    const throttled = await arm(closed, `/subscriptions?${V}`, t); // the scenario's 429
    closed.clock.advance(4_000);
    const answers = [
      throttled,
      await arm(closed, `/subscriptions?${V}`, t),
      await arm(closed, `/subscriptions/${PROD}/providers/Microsoft.Nope?${P}`, t),
      await arm(closed, `/subscriptions?${V}`),
    ];
    expect(answers.map((r) => r.status)).toEqual([429, 200, 404, 401]);
    for (const res of answers) {
      // The headers are still sent, as ARM sends them; only the browser's permission to read them is gone.
      expect(res.headers['x-ms-request-id']).toBeDefined();
      expect(res.headers['access-control-expose-headers']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBe('https://portal.example');
    }
  });
});

describe('ARM api-versions', () => {
  it.each([
    ['GET', '/tenants', '2022-12-01', '2021-04-01'],
    ['GET', '/subscriptions', '2022-12-01', '2021-04-01'],
    ['GET', `/subscriptions/${PROD}`, '2016-06-01', '2025-04-01'],
    ['GET', `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`, '2021-04-01', '2022-12-01'],
    ['GET', `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`, '2025-04-01', '2015-07-01'],
    ['POST', `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register`, '2021-04-01', '2022-12-01'],
    ['GET', `/subscriptions/${PROD}/providers/Microsoft.Authorization/permissions`, '2015-07-01', '2021-04-01'],
    ['GET', `/subscriptions/${PROD}/providers/Microsoft.Authorization/permissions`, '2022-04-01', '2099-01-01'],
  ])('%s %s accepts %s and refuses %s with 400 InvalidApiVersionParameter', async (method, path, good, bad) => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    expect((await arm(emu, `${path}?api-version=${good}`, access_token, method)).status).toBe(200);
    const res = await arm(emu, `${path}?api-version=${bad}`, access_token, method);
    expect(res.status).toBe(400);
    const err = body<ArmErr>(res).error;
    expect(err.code).toBe('InvalidApiVersionParameter');
    expect(err.message).toMatch(
      new RegExp(
        `^The api-version '${bad}' is invalid\\. The supported versions are '[0-9a-z,-]*${good}[0-9a-z,-]*'\\.$`,
      ),
    );
    // The list names the versions served: the good one, never the refused one (wherever it would stand).
    const supported = /supported versions are '([^']*)'/.exec(err.message)?.[1]?.split(',');
    expect(supported).toContain(good);
    expect(supported).not.toContain(bad);
    expect(res.headers['x-ms-request-id']).toBeDefined();
  });
});

describe('ARM reads', () => {
  it('pages subscriptions with nextLink until it is absent', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const seen: string[] = [];
    let next: string | undefined = `/subscriptions?${V}`;
    let pages = 0;
    while (next) {
      const res = await arm(emu, next, access_token);
      expect(res.status).toBe(200);
      const page = body<SubList>(res);
      seen.push(...page.value.map((v) => v.displayName));
      next = page.nextLink;
      if (next) {
        expect(next).toMatch(/^https:\/\/management\.azure\.com\/subscriptions\?api-version=2022-12-01&%24skiptoken=/);
      }
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(['Contoso Production', 'Contoso Dev/Test', 'Contoso Legacy']);
  });

  it('lists a large enterprise over many pages, disabled ones included', async () => {
    const { emu } = makeEmulator(manySubscriptionsScenario(2_000));
    const { access_token } = await signedIn(emu, ADA);
    const states = new Map<string, number>();
    const ids = new Set<string>();
    let next: string | undefined = `/subscriptions?${V}`;
    let pages = 0;
    while (next) {
      const page: { value: { subscriptionId: string; state: string }[]; nextLink?: string } = body(
        await arm(emu, next, access_token),
      );
      for (const s of page.value) {
        ids.add(s.subscriptionId);
        states.set(s.state, (states.get(s.state) ?? 0) + 1);
      }
      next = page.nextLink;
      pages++;
    }
    expect(pages).toBe(20);
    expect(ids.size).toBe(2_000);
    expect(states.get('Disabled')).toBe(250);
    expect(states.get('Enabled')).toBeGreaterThan(1_700);
  });

  it('returns the Subscription and TenantIdDescription shapes', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const sub = body<Record<string, unknown>>(await arm(emu, `/subscriptions/${LEGACY}?${V}`, access_token));
    expect(sub).toEqual({
      id: `/subscriptions/${LEGACY}`,
      authorizationSource: 'RoleBased',
      managedByTenants: [],
      subscriptionId: LEGACY,
      tenantId: TENANT,
      displayName: 'Contoso Legacy',
      state: 'Disabled',
      subscriptionPolicies: {
        locationPlacementId: 'Public_2014-09-01',
        quotaId: 'PayAsYouGo_2014-09-01',
        spendingLimit: 'Off',
      },
    });
    const tenants = body<{ value: unknown[] }>(await arm(emu, `/tenants?${V}`, access_token));
    expect(tenants.value).toEqual([
      {
        id: `/tenants/${TENANT}`,
        tenantId: TENANT,
        countryCode: 'US',
        displayName: 'Contoso',
        domains: ['contoso.onmicrosoft.com'],
        tenantCategory: 'Home',
        defaultDomain: 'contoso.onmicrosoft.com',
        tenantType: 'AAD',
      },
    ]);
    const missing = await arm(emu, `/subscriptions/00000000-1111-4222-8333-444444444444?${V}`, access_token);
    expect(missing.status).toBe(404);
    expect(body<ArmErr>(missing).error.code).toBe('SubscriptionNotFound');
  });

  it('no-subscription: an empty list without nextLink', async () => {
    const { emu } = makeEmulator('no-subscription');
    const { access_token } = await signedIn(emu, ADA);
    expect(body<SubList>(await arm(emu, `/subscriptions?${V}`, access_token))).toEqual({ value: [] });
  });

  it('providers: case-insensitive namespace, canonical casing, unknown namespace 404', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const p = body<Provider>(await arm(emu, `/subscriptions/${PROD}/providers/microsoft.iotspaces?${P}`, access_token));
    expect(p).toMatchObject({
      id: `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`,
      namespace: 'Microsoft.IoTSpaces',
      registrationState: 'NotRegistered',
      registrationPolicy: 'RegistrationRequired',
    });
    expect(p.resourceTypes.map((t) => t.resourceType)).toContain('Graph');
    const unknown = await arm(emu, `/subscriptions/${PROD}/providers/Microsoft.Nope?${P}`, access_token);
    expect(unknown.status).toBe(404);
    expect(body<ArmErr>(unknown).error).toEqual({
      code: 'InvalidResourceNamespace',
      message: "The resource namespace 'Microsoft.Nope' is invalid.",
    });
    const reg = await arm(emu, `/subscriptions/${PROD}/providers/Microsoft.Nope/register?${P}`, access_token, 'POST');
    expect(reg.status).toBe(404);
  });

  it('a retired namespace (missing from knownNamespaces) is invalid', async () => {
    const { emu } = makeEmulator({
      ...scenario('happy'),
      knownNamespaces: ['Microsoft.Resources', 'Microsoft.DigitalTwins'],
    });
    const { access_token } = await signedIn(emu, ADA);
    const res = await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register?${P}`,
      access_token,
      'POST',
    );
    expect(res.status).toBe(404);
    expect(body<ArmErr>(res).error.code).toBe('InvalidResourceNamespace');
  });

  it('permissions: one entry per role', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const res = await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.Authorization/permissions?api-version=2015-07-01`,
      access_token,
    );
    // 2015-07-01 predates data actions; 2022-04-01 has them.
    expect(body<unknown>(res)).toEqual({ value: [{ actions: ['*'], notActions: [] }] });
    const now = await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`,
      access_token,
    );
    expect(body<unknown>(now)).toEqual({
      value: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }],
    });

    const r = makeEmulator('reader');
    const reader = await signedIn(r.emu, RILEY);
    const rp = await arm(
      r.emu,
      `/subscriptions/${PROD}/providers/microsoft.authorization/permissions?api-version=2015-07-01`,
      reader.access_token,
    );
    expect(body<unknown>(rp)).toEqual({ value: [{ actions: ['*/read'], notActions: [] }] });
  });
});

describe('ARM provider registration', () => {
  it('200 Registering, then Registered after 20 virtual seconds; a second register does not restart the timer', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const path = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`;
    const first = await arm(emu, `${path}/register?api-version=2021-04-01`, access_token, 'POST');
    expect(first.status).toBe(200);
    expect(body<Provider>(first).registrationState).toBe('Registering');
    expect(first.headers['x-ms-ratelimit-remaining-subscription-writes']).toBe('199');

    emu.clock.advance(10_000);
    const second = await arm(emu, `${path}/register?api-version=2021-04-01`, access_token, 'POST');
    expect(body<Provider>(second).registrationState).toBe('Registering');
    emu.clock.advance(9_999);
    expect(body<Provider>(await arm(emu, `${path}?${P}`, access_token)).registrationState).toBe('Registering');
    emu.clock.advance(1);
    expect(body<Provider>(await arm(emu, `${path}?${P}`, access_token)).registrationState).toBe('Registered');
    // Registered is final: registering again answers Registered at once.
    expect(
      body<Provider>(await arm(emu, `${path}/register?api-version=2021-04-01`, access_token, 'POST')).registrationState,
    ).toBe('Registered');
    // Another subscription is untouched.
    expect(
      body<Provider>(await arm(emu, `/subscriptions/${DEV}/providers/Microsoft.IoTSpaces?${P}`, access_token))
        .registrationState,
    ).toBe('NotRegistered');
  });

  it('a new registration delay applies to the registration in flight; one already due stays done', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const path = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`;
    const state = async (sub: string = PROD) =>
      body<Provider>(await arm(emu, `/subscriptions/${sub}/providers/Microsoft.IoTSpaces?${P}`, access_token))
        .registrationState;
    emu.setRegistrationDelay(120_000);
    await arm(emu, `${path}/register?api-version=2021-04-01`, access_token, 'POST');
    emu.clock.advance(60_000);
    expect(await state()).toBe('Registering');
    emu.setRegistrationDelay(1_000);
    expect(await state()).toBe('Registered');

    // Due under the old delay but never read: a longer delay must not take it back.
    await arm(
      emu,
      `/subscriptions/${DEV}/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01`,
      access_token,
      'POST',
    );
    emu.clock.advance(1_000);
    emu.setRegistrationDelay(120_000);
    expect(await state(DEV)).toBe('Registered');
    expect(() => emu.setRegistrationDelay(-1)).toThrow(RangeError);
  });

  it('a failing registration goes back to NotRegistered; registering again then works', async () => {
    const { emu } = makeEmulator('registration-fails');
    const { access_token } = await signedIn(emu, ADA);
    const path = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`;
    await arm(emu, `${path}/register?api-version=2021-04-01`, access_token, 'POST');
    emu.clock.advance(20_000);
    expect(body<Provider>(await arm(emu, `${path}?${P}`, access_token)).registrationState).toBe('NotRegistered');
    expect(
      body<Provider>(await arm(emu, `${path}/register?api-version=2021-04-01`, access_token, 'POST')).registrationState,
    ).toBe('Registering');
    emu.clock.advance(20_000);
    expect(body<Provider>(await arm(emu, `${path}?${P}`, access_token)).registrationState).toBe('Registered');
    expect(emu.world().tenants[0]?.servicePrincipals).toContain(DIGITAL_TWINS_APP_ID);
  });

  it('fault rules: 429 with Retry-After, and malformed bodies with the right status', async () => {
    const { emu } = makeEmulator('throttled');
    const { access_token } = await signedIn(emu, ADA);
    const throttled = await arm(emu, `/subscriptions?${V}`, access_token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('4');
    expect(body<{ error: { code: string } }>(throttled).error.code).toBe('SubscriptionRequestsThrottled');
    // Too early: throttled again, with what is left of the wait; then through.
    emu.clock.advance(1_500);
    const early = await arm(emu, `/subscriptions?${V}`, access_token);
    expect([early.status, early.headers['retry-after']]).toEqual([429, '3']);
    expect(body<{ error: { message: string } }>(early).error.message).toContain("Please try again after '3' seconds.");
    emu.clock.advance(2_500);
    expect((await arm(emu, `/subscriptions?${V}`, access_token)).status).toBe(200);

    const bad = makeEmulator('malformed').emu;
    const token = (await signedIn(bad, ADA)).access_token;
    const list = await arm(bad, `/subscriptions?${V}`, token);
    expect([list.status, list.body]).toEqual([200, '{"value":{"oops":true}}']);
    expect(list.headers['access-control-allow-origin']).toBeDefined();
    expect(body<{ value: unknown[] }>(await arm(bad, `/subscriptions?${V}`, token)).value).toHaveLength(2);
  });

  it('403 AuthorizationFailed for a Reader', async () => {
    const { emu } = makeEmulator('reader');
    const { access_token } = await signedIn(emu, RILEY);
    const res = await arm(
      emu,
      `/subscriptions/${PROD}/providers/microsoft.iotspaces/register?api-version=2021-04-01`,
      access_token,
      'POST',
    );
    expect(res.status).toBe(403);
    const err = body<ArmErr>(res).error;
    expect(err.code).toBe('AuthorizationFailed');
    expect(err.message).toMatch(
      new RegExp(
        `^The client 'riley@contoso\\.onmicrosoft\\.com' with object id '${RILEY}' does not have authorization to perform action ` +
          `'Microsoft\\.IoTSpaces/register/action' over scope '/subscriptions/${PROD}'`,
      ),
    );
    expect(
      body<Provider>(await arm(emu, `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces?${P}`, access_token))
        .registrationState,
    ).toBe('NotRegistered');
  });

  it('409 ReadOnlyDisabledSubscription on a disabled subscription', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const res = await arm(
      emu,
      `/subscriptions/${LEGACY}/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01`,
      access_token,
      'POST',
    );
    expect(res.status).toBe(409);
    expect(body<ArmErr>(res).error).toEqual({
      code: 'ReadOnlyDisabledSubscription',
      message: `The subscription '${LEGACY}' is disabled and therefore marked as read only.`,
    });
  });

  // Microsoft Learn, "Azure subscription states": Past Due and Warned take every operation, Expired is read-only like
  // Disabled, Deleted takes none.
  it.each([
    ['PastDue', 200, undefined],
    ['Warned', 200, undefined],
    ['Expired', 409, 'ReadOnlyDisabledSubscription'],
    ['Disabled', 409, 'ReadOnlyDisabledSubscription'],
    ['Deleted', 404, 'SubscriptionNotFound'],
  ] as const)('a register on a %s subscription answers %i', async (state, status, code) => {
    const { emu } = makeEmulator({
      ...scenario('happy'),
      subscriptions: scenario('happy').subscriptions.map((s) => (s.id === PROD ? { ...s, state } : s)),
    });
    const { access_token } = await signedIn(emu, ADA);
    const res = await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register?${P}`,
      access_token,
      'POST',
    );
    expect(res.status).toBe(status);
    if (code) expect(body<ArmErr>(res).error.code).toBe(code);
    else expect(body<Provider>(res).registrationState).toBe('Registering');
    const read = await arm(emu, `/subscriptions/${PROD}?${V}`, access_token);
    expect(read.status).toBe(state === 'Deleted' ? 404 : 200);
  });

  it('403 AuthorizationFailed reading a subscription the user has no role on', async () => {
    const { emu } = makeEmulator({
      ...scenario('happy'),
      subscriptions: scenario('happy').subscriptions.map((s) => ({ ...s, roles: s.id === DEV ? {} : s.roles })),
    });
    const { access_token } = await signedIn(emu, ADA);
    const res = await arm(emu, `/subscriptions/${DEV}?${V}`, access_token);
    expect(res.status).toBe(403);
    expect(body<ArmErr>(res).error.message).toContain("'Microsoft.Resources/subscriptions/read'");
    const list = body<SubList>(await arm(emu, `/subscriptions?${V}`, access_token));
    expect(list.value.map((s) => s.subscriptionId)).toEqual([PROD, LEGACY]);
  });
});

describe('Azure Lighthouse (partner-admin)', () => {
  const MORGAN = SCENARIO_IDS.morganPartner;
  const NORTHWIND = SCENARIO_IDS.northwindTenant;
  const FABRIKAM = SCENARIO_IDS.fabrikamTenant;

  it("lists the partner's own and its customers' delegated subscriptions, each with its own tenantId", async () => {
    const { emu } = makeEmulator('partner-admin');
    const { access_token } = await signedIn(emu, MORGAN);
    const all: Array<{ displayName: string; tenantId: string; managedByTenants: unknown }> = [];
    let next: string | undefined = `/subscriptions?${V}`;
    while (next) {
      const page: { value: typeof all; nextLink?: string } = body(await arm(emu, next, access_token));
      all.push(...page.value);
      next = page.nextLink;
    }
    expect(all.map((s) => [s.displayName, s.tenantId, s.managedByTenants])).toEqual([
      ['Northwind Internal', NORTHWIND, []],
      ['Contoso Production', TENANT, [{ tenantId: NORTHWIND }]],
      ['Fabrikam Shared', FABRIKAM, [{ tenantId: NORTHWIND }]],
    ]);
  });

  it('GET /tenants: Home for directories the account belongs to, ProjectedBy for a customer it only manages, ManagedBy for its managers', async () => {
    const { emu } = makeEmulator('partner-admin');
    const { access_token } = await signedIn(emu, MORGAN);
    const tenants = body<{ value: Array<Record<string, unknown>> }>(
      await arm(emu, `/tenants?${V}`, access_token),
    ).value;
    expect(tenants.map((t) => [t.displayName, t.tenantCategory])).toEqual([
      ['Northwind Partners', 'Home'],
      ['Contoso', 'ProjectedBy'],
      ['Fabrikam', 'Home'], // Morgan is a guest there as well
    ]);
    expect(tenants[1]).not.toHaveProperty('tenantType');

    // The customer's side: Contoso's own admin, Owner of the delegated subscription, sees the managing partner.
    const s = scenario('partner-admin');
    s.users.push({
      id: ADA,
      upn: 'admin@contoso.onmicrosoft.com',
      displayName: 'Ada Admin',
      homeTenantId: TENANT,
      guestOf: [],
      isAdmin: true,
    });
    s.subscriptions[1]!.roles[ADA] = 'Owner';
    const customer = makeEmulator(s).emu;
    const ada = await signedIn(customer, ADA);
    const seen = body<{ value: Array<Record<string, unknown>> }>(
      await arm(customer, `/tenants?${V}`, ada.access_token),
    ).value;
    expect(seen.map((t) => [t.displayName, t.tenantCategory])).toEqual([
      ['Northwind Partners', 'ManagedBy'],
      ['Contoso', 'Home'],
    ]);
  });

  it("accepts the partner's token on a delegated subscription, and registering there prepares the customer's directory", async () => {
    const { emu } = makeEmulator('partner-admin');
    const { access_token } = await signedIn(emu, MORGAN);
    const path = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces`;
    expect(body<Provider>(await arm(emu, `${path}/register?${P}`, access_token, 'POST')).registrationState).toBe(
      'Registering',
    );
    emu.clock.advance(20_000);
    expect(body<Provider>(await arm(emu, `${path}?${P}`, access_token)).registrationState).toBe('Registered');
    const principals = Object.fromEntries(
      emu.world().tenants.map((t) => [t.displayName, t.servicePrincipals.includes(DIGITAL_TWINS_APP_ID)]),
    );
    expect(principals).toEqual({ 'Northwind Partners': false, Contoso: true, Fabrikam: false });
  });

  it('no token in a projected directory (AADSTS50020) unless the user is also a guest there', async () => {
    const { emu } = makeEmulator('partner-admin');
    const projected = redirectParams(await interactiveSignIn(emu, MORGAN, { tenant: TENANT }));
    expect(projected.get('error_description')).toMatch(/^AADSTS50020:/);
    expect((await signedIn(emu, MORGAN, { tenant: FABRIKAM })).access_token).toBeTruthy();
  });

  it("a delegation is visible with the managing tenant's token only: signed in to the customer as a guest, only the customer's own assignments count", async () => {
    const { emu } = makeEmulator('partner-admin');
    const fabrikam = await signedIn(emu, MORGAN, { tenant: FABRIKAM });
    const list = async () =>
      body<SubList>(await arm(emu, `/subscriptions?${V}`, fabrikam.access_token)).value.map((s) => s.displayName);
    expect(await list()).toEqual([]);
    const shared = `/subscriptions/${SCENARIO_IDS.fabrikamShared}/providers/Microsoft.IoTSpaces/register?${P}`;
    expect((await arm(emu, shared, fabrikam.access_token, 'POST')).status).toBe(403);
    // Fabrikam's admin gives Morgan's guest object a role of its own: now it counts, with Fabrikam's token.
    emu.assignSubscriptionRole(SCENARIO_IDS.fabrikamShared, SCENARIO_IDS.morganGuestInFabrikam, 'Contributor');
    expect(await list()).toEqual(['Fabrikam Shared']);
    expect((await arm(emu, shared, fabrikam.access_token, 'POST')).status).toBe(200);
  });
});
