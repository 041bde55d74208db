import { describe, expect, it } from 'vitest';
import { Emulator } from './emulator';
import { SCENARIO_IDS } from './scenarios';
import {
  APP,
  ARM_SCOPE,
  DT_SCOPE,
  OIDC,
  REDIRECT,
  T0,
  authorizeUrl,
  body,
  interactiveSignIn,
  makeEmulator,
  pkce,
  redeem,
  redirectParams,
  refresh,
  scenario,
  signedIn,
  tokenRequest,
  arm,
  type ErrorBody,
  type TokenBody,
} from './testkit';
import { decodeClaims } from './tokens';
import { base64UrlDecodeText } from './encoding';
import { ARM_APP_ID, DIGITAL_TWINS_APP_ID } from './resources';

const ADA = SCENARIO_IDS.adaAdmin;
const RILEY = SCENARIO_IDS.rileyReader;
const TENANT = SCENARIO_IDS.contosoTenant;
const PROD = SCENARIO_IDS.subscriptions.production;

describe('authorization code + PKCE', () => {
  it('signs in, consents, redeems the code and gets tokens MSAL can use', async () => {
    const { emu } = makeEmulator();
    const { verifier, challenge } = await pkce();
    const url = authorizeUrl({ challenge, loginHint: 'Admin@contoso.onmicrosoft.com' });

    const start = await emu.signInStart(url);
    expect(start.kind).toBe('pick');
    if (start.kind !== 'pick') return;
    expect(start.appName).toBe('Twin Onboarding');
    expect(start.users).toEqual([
      { id: ADA, upn: 'admin@contoso.onmicrosoft.com', displayName: 'Ada Admin', tenantName: 'Contoso' },
    ]);
    expect(start.hintedUserId).toBe(ADA);

    const consent = await emu.signInPick(url, ADA);
    expect(consent.kind).toBe('consent');
    if (consent.kind !== 'consent') return;
    expect(consent.canConsentForOrganization).toBe(true);
    expect(consent.permissions[0]).toMatchObject({
      resource: 'https://management.azure.com',
      scope: 'user_impersonation',
    });

    const done = await emu.signInConsent(url, ADA, 'accept');
    expect(done.kind).toBe('redirect');
    if (done.kind !== 'redirect') return;
    expect(done.location.startsWith(`${REDIRECT}#code=`)).toBe(true);
    const params = redirectParams(done);
    expect(params.get('state')).toBe('state-abc');
    expect(params.get('session_state')).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(base64UrlDecodeText(params.get('client_info') ?? ''))).toEqual({ uid: ADA, utid: TENANT });

    const res = await redeem(emu, params.get('code') ?? '', verifier);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const tokens = body<TokenBody>(res);
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.scope).toBe('https://management.azure.com/user_impersonation');
    expect(tokens.expires_in).toBeGreaterThanOrEqual(3599);
    expect(tokens.expires_in).toBeLessThanOrEqual(5400);
    expect(tokens.ext_expires_in).toBe(tokens.expires_in);
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.refresh_token_expires_in).toBe(86400);
    expect(JSON.parse(base64UrlDecodeText(tokens.client_info))).toEqual({ uid: ADA, utid: TENANT });

    const id = decodeClaims(tokens.id_token ?? '');
    expect(id).toMatchObject({
      aud: APP.clientId,
      iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      tid: TENANT,
      oid: ADA,
      name: 'Ada Admin',
      preferred_username: 'admin@contoso.onmicrosoft.com',
      nonce: 'nonce-123',
      ver: '2.0',
      iat: T0 / 1000,
      nbf: T0 / 1000,
      exp: T0 / 1000 + 3600,
    });
    expect(typeof id?.sub).toBe('string');

    const at = decodeClaims(tokens.access_token);
    expect(at).toMatchObject({
      aud: 'https://management.azure.com',
      tid: TENANT,
      oid: ADA,
      upn: 'admin@contoso.onmicrosoft.com',
      scp: 'user_impersonation',
    });
    expect(at?.exp).toBe(T0 / 1000 + tokens.expires_in);

    // The grant now exists: the next interactive sign-in goes straight back with a code.
    const again = await emu.signInPick(authorizeUrl({ challenge }), ADA);
    expect(again.kind).toBe('redirect');
    expect(redirectParams(again).get('code')).toBeTruthy();
  });

  it('answers a wrong code_verifier with AADSTS501481 and keeps the code usable', async () => {
    const { emu } = makeEmulator();
    const { verifier, challenge } = await pkce();
    const code = redirectParams(await interactiveSignIn(emu, ADA, { challenge })).get('code') ?? '';
    const res = await redeem(emu, code, `${verifier}x`);
    expect(res.status).toBe(400);
    const err = body<ErrorBody>(res);
    expect(err.error).toBe('invalid_grant');
    expect(err.error_codes).toEqual([501481]);
    expect(err.error_description).toMatch(/^AADSTS501481: /);
    expect(err.error_description).toContain(`Trace ID: ${err.trace_id}`);
    expect(err.error_description).toContain('Correlation ID: b0c0ffee-0000-4000-8000-000000000002');
    expect(err.error_description).toContain('Timestamp: 2026-11-26 12:00:00Z');
    expect(err.correlation_id).toBe('b0c0ffee-0000-4000-8000-000000000002');
    expect(err.timestamp).toBe('2026-11-26 12:00:00Z');
    expect(err.error_uri).toBe('https://login.microsoftonline.com/error?code=501481');
    expect((await redeem(emu, code, verifier)).status).toBe(200);
  });

  it('redeems a code once only (AADSTS54005) and not after 10 minutes (AADSTS70008)', async () => {
    const { emu } = makeEmulator();
    const { verifier, challenge } = await pkce();
    const code = redirectParams(await interactiveSignIn(emu, ADA, { challenge })).get('code') ?? '';
    expect((await redeem(emu, code, verifier)).status).toBe(200);
    const reuse = await redeem(emu, code, verifier);
    expect(reuse.status).toBe(400);
    expect(body<ErrorBody>(reuse).error_codes).toEqual([54005]);

    const code2 = redirectParams(await interactiveSignIn(emu, ADA, { challenge })).get('code') ?? '';
    emu.clock.advance(10 * 60 * 1000 + 1);
    const late = await redeem(emu, code2, verifier);
    expect(body<ErrorBody>(late)).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
  });

  it('requires the exact redirect_uri at the token endpoint (AADSTS500112) and PKCE (AADSTS9002325)', async () => {
    const { emu } = makeEmulator();
    const { verifier, challenge } = await pkce();
    const code = redirectParams(await interactiveSignIn(emu, ADA, { challenge })).get('code') ?? '';
    const res = await redeem(emu, code, verifier, `${ARM_SCOPE} ${OIDC}`, 'https://portal.example');
    expect(body<ErrorBody>(res)).toMatchObject({ error: 'invalid_grant', error_codes: [500112] });

    // A SPA redirect URI gets no code without PKCE in the first place (see the PKCE tests below).
    const noPkce = redirectParams(await interactiveSignIn(emu, ADA, { challenge: '' }));
    expect([noPkce.get('error'), noPkce.get('code')]).toEqual(['invalid_request', null]);
  });

  it('PKCE for a SPA redirect URI: challenge and method required at authorize, sizes checked, verifier 43-128 characters', async () => {
    const { emu } = makeEmulator();
    const refused = async (o: Parameters<typeof authorizeUrl>[0]) => {
      const p = redirectParams(await emu.signInStart(authorizeUrl(o)));
      return [p.get('error'), p.get('error_description')?.split(':')[0], p.get('state')];
    };
    expect(await refused({ challenge: '' })).toEqual(['invalid_request', 'AADSTS900144', 'state-abc']);
    expect(await refused({ challengeMethod: '' })).toEqual(['invalid_request', 'AADSTS900144', 'state-abc']);
    expect(await refused({ challenge: 'too-short' })).toEqual(['invalid_request', 'AADSTS501491', 'state-abc']);
    expect(await refused({ challenge: 'x'.repeat(129), challengeMethod: 'plain' })).toEqual([
      'invalid_request',
      'AADSTS501491',
      'state-abc',
    ]);
    expect((await emu.signInStart(authorizeUrl({ challenge: 'p'.repeat(43), challengeMethod: 'plain' }))).kind).toBe(
      'pick',
    );
    // A Web-platform redirect URI may go without (a server's confidential flow), as before.
    expect((await makeEmulator('web-platform').emu.signInStart(authorizeUrl({ challenge: '' }))).kind).toBe('pick');

    // At the token endpoint a verifier must be 43-128 unreserved characters, whatever it hashes to.
    const short = 'a'.repeat(42);
    const plain =
      redirectParams(
        await interactiveSignIn(emu, ADA, { challenge: short.padEnd(43, 'a'), challengeMethod: 'plain' }),
      ).get('code') ?? '';
    expect(body<ErrorBody>(await redeem(emu, plain, short))).toMatchObject({
      error: 'invalid_grant',
      error_codes: [501481],
    });
    expect((await redeem(emu, plain, short.padEnd(43, 'a'))).status).toBe(200);
  });

  it('shows an error page for an unregistered redirect URI (AADSTS50011) or an unknown app (AADSTS700016)', async () => {
    const { emu } = makeEmulator();
    const bad = await emu.signInStart(authorizeUrl({ redirectUri: 'https://evil.example/' }));
    expect(bad).toMatchObject({
      kind: 'error',
      code: 'AADSTS50011',
      correlationId: 'a0c0ffee-0000-4000-8000-000000000001',
    });
    if (bad.kind === 'error') expect(bad.traceId).toMatch(/^[0-9a-f-]{36}$/);
    const unknown = await emu.signInStart(authorizeUrl({ clientId: '11111111-2222-4333-8444-555555555555' }));
    expect(unknown).toMatchObject({ kind: 'error', code: 'AADSTS700016' });
    const tenant = await emu.signInStart(authorizeUrl({ tenant: 'fabrikam.onmicrosoft.com' }));
    expect(tenant).toMatchObject({ kind: 'error', code: 'AADSTS90002' });
  });

  it('rejects scopes for two resources (AADSTS70011) and unknown resources (AADSTS500011)', async () => {
    const { emu } = makeEmulator();
    const two = await emu.signInStart(authorizeUrl({ scope: `${ARM_SCOPE} ${DT_SCOPE} ${OIDC}` }));
    const p = redirectParams(two);
    expect(p.get('error')).toBe('invalid_scope');
    expect(p.get('error_description')).toMatch(/^AADSTS70011: /);
    expect(p.get('state')).toBe('state-abc');

    const tokens = await signedIn(emu, ADA);
    const unknown = await refresh(emu, tokens.refresh_token ?? '', 'https://unknown.example/.default');
    expect(body<ErrorBody>(unknown)).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
    const mixed = await refresh(emu, tokens.refresh_token ?? '', `${ARM_SCOPE} ${DT_SCOPE}`);
    expect(body<ErrorBody>(mixed)).toMatchObject({ error: 'invalid_scope', error_codes: [70011] });
  });
});

describe('app registration platforms', () => {
  const SERVER_ONLY = { 'Content-Type': 'application/x-www-form-urlencoded' };

  async function codeFor(emu: ReturnType<typeof makeEmulator>['emu']) {
    const { verifier, challenge } = await pkce();
    const step = await interactiveSignIn(emu, ADA, { challenge });
    return { code: redirectParams(step).get('code') ?? '', verifier };
  }

  function redeemAs(
    emu: ReturnType<typeof makeEmulator>['emu'],
    code: string,
    verifier: string,
    headers: Record<string, string>,
  ) {
    const form = {
      client_id: APP.clientId,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
      scope: `${ARM_SCOPE} ${OIDC}`,
    };
    return emu.handle({
      method: 'POST',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token?client-request-id=b0c0ffee-0000-4000-8000-000000000002',
      headers,
      body: new URLSearchParams(form).toString(),
    });
  }

  it('signs in to a Web-platform redirect URI, then refuses the browser its tokens (AADSTS9002326)', async () => {
    const { emu } = makeEmulator('web-platform');
    expect(emu.app.spaRedirectUris).toEqual([]);
    expect(emu.app.webRedirectUris).toEqual(APP.spaRedirectUris);
    const { code, verifier } = await codeFor(emu);
    expect(code).toBeTruthy();
    const res = await redeem(emu, code, verifier);
    expect(res.status).toBe(400);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const err = body<ErrorBody>(res);
    expect(err).toMatchObject({
      error: 'invalid_request',
      error_codes: [9002326],
      error_uri: 'https://login.microsoftonline.com/error?code=9002326',
    });
    expect(err.error_description).toBe(
      "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. " +
        `Request origin: 'https://portal.example'.\r\nTrace ID: ${err.trace_id}\r\nCorrelation ID: b0c0ffee-0000-4000-8000-000000000002\r\nTimestamp: 2026-11-26 12:00:00Z`,
    );
    // Refused before redemption: a server (no Origin) could still redeem this code.
    expect((await redeemAs(emu, code, verifier, SERVER_ONLY)).status).toBe(200);
  });

  it('a SPA code is redeemed only cross-origin', async () => {
    const { emu } = makeEmulator();
    const { code, verifier } = await codeFor(emu);
    const server = await redeemAs(emu, code, verifier, SERVER_ONLY);
    expect(server.status).toBe(400);
    expect(body<ErrorBody>(server)).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
    expect((await redeemAs(emu, code, verifier, { ...SERVER_ONLY, Origin: 'https://portal.example' })).status).toBe(
      200,
    );
  });

  it("a SPA's refresh token is redeemed only cross-origin too (AADSTS9002327)", async () => {
    const { emu } = makeEmulator();
    const tokens = await signedIn(emu, ADA);
    const form = {
      client_id: APP.clientId,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      scope: `${ARM_SCOPE} ${OIDC}`,
    };
    const post = (headers: Record<string, string>) =>
      emu.handle({
        method: 'POST',
        url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
        headers,
        body: new URLSearchParams(form).toString(),
      });
    const server = await post(SERVER_ONLY);
    expect(body<ErrorBody>(server)).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
    expect(body<ErrorBody>(server).error_description).toMatch(
      /^AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests\./,
    );
    const browser = await post({ ...SERVER_ONLY, Origin: 'https://portal.example' });
    expect(browser.status).toBe(200);
    // The rotated refresh token keeps the rule.
    const rotated = body<{ refresh_token: string }>(browser).refresh_token;
    const again = await emu.handle({
      method: 'POST',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      headers: SERVER_ONLY,
      body: new URLSearchParams({ ...form, refresh_token: rotated }).toString(),
    });
    expect(body<ErrorBody>(again).error_codes).toEqual([9002327]);
  });

  it('does not resume a world saved before the registration had platforms', () => {
    const { emu } = makeEmulator();
    const old = emu.toJSON() as unknown as { app: Record<string, unknown> };
    old.app = { ...old.app, redirectUris: old.app.spaRedirectUris };
    delete old.app.spaRedirectUris;
    delete old.app.webRedirectUris;
    expect(() => Emulator.restore(old as never)).toThrow(/Not an emulator state/);
  });
});

describe('Digital Twins: service principal, then consent', () => {
  it('refresh answers 650052 before registration, 65001 before consent, a token after consent', async () => {
    const { emu } = makeEmulator();
    const arm0 = await signedIn(emu, ADA);
    const rt = arm0.refresh_token ?? '';

    const before = await refresh(emu, rt, DT_SCOPE);
    expect(before.status).toBe(400);
    const e1 = body<ErrorBody>(before);
    expect(e1.error).toBe('invalid_client');
    expect(e1.error_codes).toEqual([650052]);
    expect(e1.error_description).toContain(
      `a service '${DIGITAL_TWINS_APP_ID}'(Azure Digital Twins) that your organization '${TENANT}' lacks a service principal for`,
    );

    const reg = await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01`,
      arm0.access_token,
      'POST',
    );
    expect(body<{ registrationState: string }>(reg).registrationState).toBe('Registering');
    emu.clock.advance(20_000);

    const noConsent = await refresh(emu, rt, DT_SCOPE);
    const e2 = body<ErrorBody>(noConsent);
    expect(e2).toMatchObject({ error: 'invalid_grant', error_codes: [65001], suberror: 'consent_required' });
    expect(e2.error_description).toMatch(/^AADSTS65001: .*'c1e9f3a0-7b2d-4e8f-9a61-5d4c3b2a1f00'/);

    // Interactive consent for Digital Twins, as MSAL does after consent_required.
    const dt = await signedIn(emu, ADA, { scope: `${DT_SCOPE} ${OIDC}` });
    expect(dt.scope).toBe('https://digitaltwins.azure.net/Read.Write');
    expect(decodeClaims(dt.access_token)).toMatchObject({ aud: 'https://digitaltwins.azure.net', scp: 'Read.Write' });

    const after = await refresh(emu, rt, DT_SCOPE);
    expect(after.status).toBe(200);
    expect(body<TokenBody>(after).scope).toBe('https://digitaltwins.azure.net/Read.Write');
  });

  it('/.default for a resource the app registration does not list is AADSTS650057; a named scope is not', async () => {
    const wall = { now: T0 };
    const emu = Emulator.create({
      scenario: 'happy',
      app: { ...APP, apiPermissions: ['https://management.azure.com'] },
      baseNow: () => wall.now,
    });
    const rt = (await signedIn(emu, ADA)).refresh_token ?? '';

    const notListed = body<ErrorBody>(await refresh(emu, rt, DT_SCOPE));
    expect(notListed).toMatchObject({ error: 'invalid_client', error_codes: [650057] });
    expect(notListed.error_description).toMatch(
      /^AADSTS650057: Invalid resource\. .*Resource app ID: 0b07f429-9f4b-4714-9392-cc5e8e80c8b0/,
    );

    // Dynamic consent needs no listing: the request goes on to the next rule (no service principal yet).
    const named = body<ErrorBody>(await refresh(emu, rt, 'https://digitaltwins.azure.net/Read.Write'));
    expect(named.error_codes).toEqual([650052]);

    const page = redirectParams(await interactiveSignIn(emu, ADA, { scope: `${DT_SCOPE} ${OIDC}` }));
    expect(page.get('error_description')).toMatch(/^AADSTS650057: /);
  });

  it('the sign-in page refuses Digital Twins before its service principal exists (650052 in the redirect)', async () => {
    const { emu } = makeEmulator();
    const step = await interactiveSignIn(emu, ADA, { scope: `${DT_SCOPE} ${OIDC}` });
    const p = redirectParams(step);
    expect(p.get('error')).toBe('invalid_client');
    expect(p.get('error_description')).toMatch(/^AADSTS650052: /);
  });

  it('the consent step names the app and its publisher, when it has one', async () => {
    const url = authorizeUrl({});
    expect(await makeEmulator().emu.signInPick(url, ADA)).not.toHaveProperty('publisher');
    const emu = Emulator.create({
      scenario: 'happy',
      app: { ...APP, displayName: 'Proseware Twin Studio', publisher: 'Proseware, Inc.' },
    });
    expect(await emu.signInPick(url, ADA)).toMatchObject({
      kind: 'consent',
      appName: 'Proseware Twin Studio',
      publisher: 'Proseware, Inc.',
    });
  });

  it('slow registration: the service principal is usable servicePrincipalDelayMs after Registered', async () => {
    const { emu } = makeEmulator('slow-registration');
    const tokens = await signedIn(emu, ADA);
    await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.DigitalTwins/register?api-version=2021-04-01`,
      tokens.access_token,
      'POST',
    );
    emu.clock.advance(180_000);
    expect(emu.world().subscriptions[0]?.providers['Microsoft.DigitalTwins']).toBe('Registered');
    expect(body<ErrorBody>(await refresh(emu, tokens.refresh_token ?? '', DT_SCOPE)).error_codes).toEqual([650052]);
    emu.clock.advance(30_000);
    expect(body<ErrorBody>(await refresh(emu, tokens.refresh_token ?? '', DT_SCOPE)).error_codes).toEqual([65001]);
    expect(emu.world().tenants[0]?.servicePrincipals).toContain(DIGITAL_TWINS_APP_ID);
  });

  it('already-registered: Digital Twins is known from the start', async () => {
    const { emu } = makeEmulator('already-registered');
    const tokens = await signedIn(emu, ADA);
    expect(body<ErrorBody>(await refresh(emu, tokens.refresh_token ?? '', DT_SCOPE)).error_codes).toEqual([65001]);
  });

  it('admin consent creates the service principal and an org-wide grant', async () => {
    const { emu } = makeEmulator();
    const tokens = await signedIn(emu, ADA);
    const url =
      `https://login.microsoftonline.com/${TENANT}/v2.0/adminconsent?client_id=${APP.clientId}` +
      `&scope=${encodeURIComponent(DT_SCOPE)}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s1`;
    expect((await emu.signInStart(url)).kind).toBe('pick');
    const consent = await emu.signInPick(url, ADA);
    expect(consent).toMatchObject({ kind: 'consent', canConsentForOrganization: true });
    const done = await emu.signInConsent(url, ADA, 'accept-for-organization');
    expect(done.kind).toBe('redirect');
    if (done.kind !== 'redirect') return;
    expect(done.location).toBe(
      `${REDIRECT}?admin_consent=True&tenant=${TENANT}&scope=${encodeURIComponent(DT_SCOPE).replace(/%20/g, '+')}&state=s1`,
    );
    expect((await refresh(emu, tokens.refresh_token ?? '', DT_SCOPE)).status).toBe(200);
    expect(emu.world().tenants[0]?.orgGrants).toEqual([DIGITAL_TWINS_APP_ID]);
  });
});

describe('consent rules', () => {
  it('decline redirects with access_denied, AADSTS65004 and error_subcode=cancel', async () => {
    const { emu } = makeEmulator();
    const step = await interactiveSignIn(emu, ADA, { decision: 'decline' });
    expect(step.kind === 'redirect' && step.location.startsWith(`${REDIRECT}#error=access_denied`)).toBe(true);
    const p = redirectParams(step);
    expect(p.get('error')).toBe('access_denied');
    expect(p.get('error_subcode')).toBe('cancel');
    expect(p.get('error_description')).toMatch(/^AADSTS65004: /);
    expect(p.get('state')).toBe('state-abc');
    expect(p.get('code')).toBeNull();
  });

  it('a non-admin meets "Need admin approval" where user consent is off, and returning sends AADSTS65004', async () => {
    const s = scenario('reader');
    const tenant = s.tenants[0];
    if (tenant) tenant.userConsentAllowed = false;
    const { emu } = makeEmulator(s);
    const url = authorizeUrl();
    expect((await emu.signInStart(url)).kind).toBe('pick');
    const step = await emu.signInPick(url, RILEY);
    expect(step).toMatchObject({
      kind: 'admin-approval',
      code: 'AADSTS90094',
      canRequestApproval: false,
      requested: false,
      appName: 'Twin Onboarding',
    });
    if (step.kind === 'admin-approval') expect(step.message).toMatch(/^Twin Onboarding needs permission/);
    // Without the admin consent workflow there is nothing to request.
    expect(await emu.signInApproval(url, RILEY, { kind: 'request', justification: 'please' })).toMatchObject({
      kind: 'admin-approval',
      requested: false,
    });
    expect(emu.world().consentRequests).toEqual([]);

    const back = await emu.signInApproval(url, RILEY, { kind: 'return' });
    const p = redirectParams(back);
    expect(p.get('error')).toBe('access_denied');
    expect(p.get('error_subcode')).toBe('cancel');
    expect(p.get('error_description')).toMatch(/^AADSTS65004: /);
    expect(p.get('state')).toBe('state-abc');
    expect(p.get('code')).toBeNull();
  });

  it('"Sign in with an admin account" goes back to the account picker, where an admin can consent', async () => {
    const { emu } = makeEmulator('admin-approval');
    const url = authorizeUrl();
    expect((await emu.signInPick(url, RILEY)).kind).toBe('admin-approval');
    expect((await emu.signInApproval(url, RILEY, { kind: 'other-account' })).kind).toBe('pick');
    expect(await emu.signInPick(url, ADA)).toMatchObject({ kind: 'consent', canConsentForOrganization: true });
  });

  it('with the admin consent workflow, a request needs a justification and is recorded once', async () => {
    const { emu, wall } = makeEmulator('admin-approval-workflow');
    const url = authorizeUrl();
    const step = await emu.signInPick(url, RILEY);
    expect(step).toMatchObject({
      kind: 'admin-approval',
      code: 'AADSTS90094',
      canRequestApproval: true,
      requested: false,
    });
    expect(await emu.signInApproval(url, RILEY, { kind: 'request', justification: '   ' })).toMatchObject({
      kind: 'admin-approval',
      requested: false,
      problem: expect.stringContaining('justification') as unknown,
    });
    expect(await emu.signInApproval(url, RILEY, { kind: 'request', justification: 'x'.repeat(501) })).toMatchObject({
      requested: false,
    });
    expect(emu.world().consentRequests).toEqual([]);

    wall.now += 1000;
    const sent = await emu.signInApproval(url, RILEY, {
      kind: 'request',
      justification: ' To register Digital Twins for the plant team. ',
    });
    expect(sent).toMatchObject({ kind: 'admin-approval', requested: true });
    await emu.signInApproval(url, RILEY, { kind: 'request', justification: 'again' });
    expect(emu.world().consentRequests).toEqual([
      {
        tenantId: TENANT,
        clientId: APP.clientId,
        userId: RILEY,
        resourceAppId: ARM_APP_ID,
        justification: 'To register Digital Twins for the plant team.',
        at: T0 + 1000,
      },
    ]);
    // Signing in again shows the request as sent; returning still says only "declined".
    expect(await emu.signInPick(url, RILEY)).toMatchObject({ kind: 'admin-approval', requested: true });
    expect(redirectParams(await emu.signInApproval(url, RILEY, { kind: 'return' })).get('error_description')).toMatch(
      /^AADSTS65004: /,
    );
  });

  it('a consent policy that keeps users from granting the app shows the page with AADSTS90093', async () => {
    const { emu } = makeEmulator('consent-policy');
    const step = await emu.signInPick(authorizeUrl(), RILEY);
    expect(step).toMatchObject({ kind: 'admin-approval', code: 'AADSTS90093' });
  });

  it('the admin consent endpoint sends admin_consent=True with its errors too', async () => {
    const { emu } = makeEmulator('admin-approval');
    const url = authorizeUrl({ tenant: 'contoso.onmicrosoft.com' }).replace(
      '/oauth2/v2.0/authorize',
      '/v2.0/adminconsent',
    );
    expect(await emu.signInPick(url, ADA)).toMatchObject({ kind: 'consent', canConsentForOrganization: true });
    const declined = redirectParams(await emu.signInConsent(url, ADA, 'decline'));
    expect(declined.get('admin_consent')).toBe('True');
    expect(declined.get('error')).toBe('access_denied');
    expect(declined.get('error_description')).toMatch(/^AADSTS65004: /);
  });

  it('the admin consent link in a non-admin\'s hands shows "Need admin approval"; returning answers access_denied and error_subcode=cancel without admin_consent', async () => {
    for (const name of ['admin-approval', 'happy'] as const) {
      const { emu } = makeEmulator(
        name === 'happy'
          ? { ...scenario('happy'), users: [...scenario('happy').users, scenario('reader').users[0]!] }
          : name,
      );
      const url = authorizeUrl({ tenant: 'contoso.onmicrosoft.com' }).replace(
        '/oauth2/v2.0/authorize',
        '/v2.0/adminconsent',
      );
      // Even where users may consent for themselves (happy), only an administrator grants for the organization.
      expect(await emu.signInPick(url, RILEY)).toMatchObject({
        kind: 'admin-approval',
        code: 'AADSTS90094',
        canRequestApproval: false,
      });
      const back = await emu.signInApproval(url, RILEY, { kind: 'return' });
      const p = redirectParams(back);
      expect([p.get('error'), p.get('error_subcode'), p.get('admin_consent'), p.get('state')]).toEqual([
        'access_denied',
        'cancel',
        null,
        'state-abc',
      ]);
      expect(back.kind === 'redirect' && back.location.startsWith(`${REDIRECT}?error=access_denied`)).toBe(true);
      expect(emu.world().tenants[0]?.orgGrants).toEqual([]);
    }
  });

  it('a non-admin may consent for themself but not for the organization', async () => {
    const { emu } = makeEmulator('reader');
    const url = authorizeUrl();
    const consent = await emu.signInPick(url, RILEY);
    expect(consent).toMatchObject({ kind: 'consent', canConsentForOrganization: false });
    const org = await emu.signInConsent(url, RILEY, 'accept-for-organization');
    expect(redirectParams(org).get('error_description')).toMatch(/^AADSTS90093: /);
    const ok = await emu.signInConsent(url, RILEY, 'accept');
    expect(redirectParams(ok).get('code')).toBeTruthy();
    expect(emu.world().tenants[0]?.orgGrants).toEqual([]);
  });

  it('prompt=consent shows the consent step even with a grant', async () => {
    const { emu } = makeEmulator();
    await signedIn(emu, ADA);
    expect((await emu.signInPick(authorizeUrl({ prompt: 'consent' }), ADA)).kind).toBe('consent');
  });
});

describe('tenants and guests', () => {
  const FABRIKAM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

  function twoTenants() {
    const s = scenario('happy');
    s.tenants.push({
      id: FABRIKAM,
      displayName: 'Fabrikam',
      defaultDomain: 'fabrikam.onmicrosoft.com',
      userConsentAllowed: true,
    });
    s.subscriptions.push({
      id: '4d6f0b21-aaaa-4ccc-8eee-000000000004',
      displayName: 'Fabrikam Shared',
      tenantId: FABRIKAM,
      state: 'Enabled',
      roles: { [ADA]: 'Contributor' },
      providers: {},
    });
    return s;
  }

  it('AADSTS50020 for a user who is not a member or guest of the authority tenant', async () => {
    const { emu } = makeEmulator(twoTenants());
    const step = await interactiveSignIn(emu, ADA, { tenant: 'fabrikam.onmicrosoft.com' });
    const p = redirectParams(step);
    expect(p.get('error')).toBe('access_denied');
    expect(p.get('error_description')).toMatch(/^AADSTS50020: User account 'admin@contoso.onmicrosoft.com'/);
    const tokens = await signedIn(emu, ADA);
    expect(body<ErrorBody>(await refresh(emu, tokens.refresh_token ?? '', ARM_SCOPE, FABRIKAM))).toMatchObject({
      error: 'invalid_grant',
      error_codes: [50020],
    });
  });

  it('a guest gets a token for the other tenant, lists both tenants, and ARM checks the token tenant', async () => {
    const s = twoTenants();
    const ada = s.users[0];
    if (ada) ada.guestOf = [FABRIKAM];
    // Fabrikam's role names Ada's guest object there, the principal Fabrikam's tokens carry.
    const fabrikamShared = s.subscriptions.find((x) => x.tenantId === FABRIKAM)!;
    const { emu } = makeEmulator({
      ...s,
      subscriptions: s.subscriptions.map((x) => (x === fabrikamShared ? { ...x, roles: {} } : x)),
    });
    emu.assignSubscriptionRole(fabrikamShared.id, emu.objectIdIn(ADA, FABRIKAM), 'Contributor');
    const home = await signedIn(emu, ADA);
    const tenants = body<{ value: Array<{ tenantId: string; tenantCategory: string }> }>(
      await arm(emu, '/tenants?api-version=2022-12-01', home.access_token),
    );
    expect(tenants.value.map((t) => t.tenantId)).toEqual([TENANT, FABRIKAM]);

    const wrongTenant = await arm(
      emu,
      '/subscriptions/4d6f0b21-aaaa-4ccc-8eee-000000000004?api-version=2022-12-01',
      home.access_token,
    );
    expect(wrongTenant.status).toBe(401);
    expect(body<{ error: { code: string } }>(wrongTenant).error.code).toBe('InvalidAuthenticationTokenTenant');
    expect(wrongTenant.headers['www-authenticate']).toContain(
      `authorization_uri="https://login.microsoftonline.com/${FABRIKAM}"`,
    );

    // Consent in Fabrikam, then the Fabrikam token works there.
    const fab = await signedIn(emu, ADA, { tenant: FABRIKAM });
    expect(decodeClaims(fab.access_token)).toMatchObject({ tid: FABRIKAM, idp: `https://sts.windows.net/${TENANT}/` });
    const sub = await arm(
      emu,
      '/subscriptions/4d6f0b21-aaaa-4ccc-8eee-000000000004?api-version=2022-12-01',
      fab.access_token,
    );
    expect(sub.status).toBe(200);
    const list = body<{ value: Array<{ displayName: string }> }>(
      await arm(emu, '/subscriptions?api-version=2022-12-01', fab.access_token),
    );
    expect(list.value.map((v) => v.displayName)).toEqual(['Fabrikam Shared']);
  });

  it("a guest's tokens carry the guest object's own oid and no upn; a role for the home object does not count there", async () => {
    const GUEST = 'a1d2a3d4-0001-4000-8000-0000000fab99';
    const s = twoTenants(); // Fabrikam Shared: Contributor for Ada's *home* object
    s.users[0] = { ...s.users[0]!, guestOf: [FABRIKAM], guestObjectIds: { [FABRIKAM]: GUEST } };
    const { emu } = makeEmulator(s);
    const fab = await signedIn(emu, ADA, { tenant: FABRIKAM });
    const access = decodeClaims(fab.access_token)!;
    expect(access).toMatchObject({ oid: GUEST, tid: FABRIKAM, unique_name: 'admin@contoso.onmicrosoft.com' });
    expect(access).not.toHaveProperty('upn');
    expect(decodeClaims(fab.id_token ?? '')).toMatchObject({
      oid: GUEST,
      tid: FABRIKAM,
      preferred_username: 'admin@contoso.onmicrosoft.com',
    });
    // client_info names the home account, which is how MSAL keeps one account with a profile per directory.
    expect(JSON.parse(base64UrlDecodeText(fab.client_info ?? ''))).toEqual({ uid: ADA, utid: TENANT });
    const denied = await arm(
      emu,
      '/subscriptions/4d6f0b21-aaaa-4ccc-8eee-000000000004?api-version=2022-12-01',
      fab.access_token,
    );
    expect(denied.status).toBe(403);
    expect(body<{ error: { message: string } }>(denied).error.message).toContain(`with object id '${GUEST}'`);
    expect(emu.objectIdIn(ADA, FABRIKAM)).toBe(GUEST);
    expect(emu.objectIdIn(ADA, TENANT)).toBe(ADA);
    // Without a scenario id the guest object still differs from the home one, and stays the same.
    expect(makeEmulator(twoTenants()).emu.objectIdIn(ADA, FABRIKAM)).toMatch(
      /^(?!a1d2a3d4-0001-4000-8000-00000000ad01)[0-9a-f-]{36}$/,
    );
    expect(makeEmulator(twoTenants()).emu.objectIdIn(ADA, FABRIKAM)).toBe(
      makeEmulator(twoTenants()).emu.objectIdIn(ADA, FABRIKAM),
    );
  });

  it("a subscription moved to another directory answers the old directory's token with InvalidAuthenticationTokenTenant", async () => {
    const s = twoTenants();
    const { emu } = makeEmulator(s);
    const home = await signedIn(emu, ADA);
    const path = `/subscriptions/${SCENARIO_IDS.subscriptions.devTest}?api-version=2022-12-01`;
    expect((await arm(emu, path, home.access_token)).status).toBe(200);
    emu.transferSubscription(SCENARIO_IDS.subscriptions.devTest, FABRIKAM);
    const moved = await arm(emu, path, home.access_token);
    expect(moved.status).toBe(401);
    expect(moved.headers['www-authenticate']).toContain(FABRIKAM);
    // Azure deletes a subscription's role assignments when it moves to another directory.
    expect(emu.world().subscriptions.find((x) => x.id === SCENARIO_IDS.subscriptions.devTest)?.roles).toEqual({});
    expect(() => emu.transferSubscription(SCENARIO_IDS.subscriptions.devTest, 'nowhere')).toThrow(/no tenant/);
  });

  it('MFA: an interactive sign-in satisfies it per tenant; refresh into another tenant needs interaction', async () => {
    const s = twoTenants();
    const ada = s.users[0];
    if (ada) {
      ada.guestOf = [FABRIKAM];
      ada.requiresMfa = true;
    }
    s.orgGrants = { [FABRIKAM]: ['https://management.azure.com'] };
    const { emu } = makeEmulator(s);
    const home = await signedIn(emu, ADA);
    const res = await refresh(emu, home.refresh_token ?? '', ARM_SCOPE, FABRIKAM);
    // The body public reports show (MSAL.js issue #5491): invalid_grant, suberror basic_action, the policy's claims.
    expect(body<ErrorBody>(res)).toMatchObject({
      error: 'invalid_grant',
      error_codes: [50076],
      suberror: 'basic_action',
    });
    expect(JSON.parse(body<ErrorBody>(res).claims ?? '{}')).toEqual({
      access_token: { capolids: { essential: true, values: [expect.stringMatching(/^[0-9a-f-]{36}$/)] } },
    });
    expect(body<ErrorBody>(res).error_description).toMatch(
      /^AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'\.\r\n/,
    );
    expect((await refresh(emu, home.refresh_token ?? '', ARM_SCOPE)).status).toBe(200);
  });
});

describe('single sign-on', () => {
  it('skips the account picker for the session user named in login_hint, unless the app asks to pick', async () => {
    const { emu } = makeEmulator();
    expect((await emu.signInStart(authorizeUrl({ loginHint: 'admin@contoso.onmicrosoft.com' }))).kind).toBe('pick');
    await signedIn(emu, ADA);
    const sso = await emu.signInStart(authorizeUrl({ loginHint: 'admin@contoso.onmicrosoft.com' }));
    expect(redirectParams(sso).get('code')).toBeTruthy();
    // A scope not consented yet goes straight to the consent step for that user.
    const consent = await emu.signInStart(
      authorizeUrl({
        loginHint: 'ADMIN@contoso.onmicrosoft.com',
        scope: `https://graph.microsoft.com/User.Read ${OIDC}`,
      }),
    );
    expect(consent).toMatchObject({ kind: 'consent', user: { id: ADA } });
    // prompt=select_account shows the picker even for the session's hinted user, with that account first in line.
    expect(
      await emu.signInStart(authorizeUrl({ loginHint: 'admin@contoso.onmicrosoft.com', prompt: 'select_account' })),
    ).toMatchObject({
      kind: 'pick',
      hintedUserId: ADA,
    });
    expect((await emu.signInStart(authorizeUrl({ loginHint: 'someone@contoso.onmicrosoft.com' }))).kind).toBe('pick');
    expect((await emu.signInStart(authorizeUrl())).kind).toBe('pick');
  });
});

describe('silent sign-in, refresh lifetime, logout', () => {
  it('prompt=none returns a code for the signed-in user and login_required after logout', async () => {
    const { emu } = makeEmulator();
    await signedIn(emu, ADA);
    const silent = await emu.signInStart(authorizeUrl({ prompt: 'none', loginHint: 'admin@contoso.onmicrosoft.com' }));
    expect(redirectParams(silent).get('code')).toBeTruthy();

    const dt = await emu.signInStart(authorizeUrl({ prompt: 'none', scope: `${DT_SCOPE} ${OIDC}` }));
    expect(redirectParams(dt).get('error')).toBe('invalid_client');

    const hint = decodeClaims((await signedIn(emu, ADA)).id_token ?? '')?.login_hint as string;
    const out = await emu.handle({
      method: 'GET',
      url: `https://login.microsoftonline.com/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(REDIRECT)}&logout_hint=${encodeURIComponent(hint)}`,
    });
    expect(out.status).toBe(302);
    expect(out.headers.location).toBe(REDIRECT);
    const after = redirectParams(await emu.signInStart(authorizeUrl({ prompt: 'none' })));
    expect(after.get('error')).toBe('login_required');
    expect(after.get('error_description')).toMatch(/^AADSTS50058: /);
  });

  it('prompt=none without a grant answers consent_required', async () => {
    const s = scenario('happy');
    s.tenants.forEach((t) => (t.userConsentAllowed = true));
    const { emu } = makeEmulator(s);
    // Sign in (a session) but decline: no grant.
    await interactiveSignIn(emu, ADA, { decision: 'decline' });
    const p = redirectParams(await emu.signInStart(authorizeUrl({ prompt: 'none' })));
    expect(p.get('error')).toBe('consent_required');
    expect(p.get('error_description')).toMatch(/^AADSTS65001: /);
  });

  it('sign-out: the ID token\'s optional login_hint claim as logout_hint signs out at once; without it, "Pick an account to sign out"', async () => {
    const { emu } = makeEmulator();
    const idToken = decodeClaims((await signedIn(emu, ADA)).id_token ?? '')!;
    const hint = idToken.login_hint as string;
    expect(hint).toMatch(/^O\./);
    expect(hint).not.toContain('admin@'); // opaque: nothing personal
    const logout = `https://login.microsoftonline.com/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(REDIRECT)}`;

    const picker = await emu.handle({ method: 'GET', url: logout });
    expect(picker.status).toBe(200);
    expect(picker.body).toContain('<h1>Pick an account to sign out</h1>');
    expect(picker.body).toContain('Sign out Ada Admin');
    // Still signed in until an account is picked; picking it signs out and returns to the registered address.
    expect(redirectParams(await emu.signInStart(authorizeUrl({ prompt: 'none' }))).get('code')).toBeTruthy();
    const picked = await emu.handle({
      method: 'POST',
      url: logout,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `account=${ADA}`,
    });
    expect([picked.status, picked.headers.location]).toEqual([302, REDIRECT]);
    expect(redirectParams(await emu.signInStart(authorizeUrl({ prompt: 'none' }))).get('error')).toBe('login_required');

    // The hint is accepted as login_hint too, as MSAL sends it on later sign-ins.
    await signedIn(emu, ADA);
    expect(
      redirectParams(await emu.signInStart(authorizeUrl({ prompt: 'none', loginHint: hint }))).get('code'),
    ).toBeTruthy();
    // Without the optional claim in the app registration the ID token carries none.
    const plain = Emulator.create({ scenario: 'happy', app: { ...APP, idTokenOptionalClaims: [] } });
    expect(decodeClaims((await signedIn(plain, ADA)).id_token ?? '')).not.toHaveProperty('login_hint');
  });

  it('sign-out follows only a post_logout_redirect_uri registered exactly, not another page of the same origin', async () => {
    const { emu } = makeEmulator();
    const elsewhere = await emu.handle({
      method: 'GET',
      url: `https://login.microsoftonline.com/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://portal.example/elsewhere')}`,
    });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toContain('is not registered for the app');
  });

  it('logout does not redirect to an unregistered origin', async () => {
    const { emu } = makeEmulator();
    const out = await emu.handle({
      method: 'GET',
      url: 'https://login.microsoftonline.com/common/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F',
    });
    expect(out.status).toBe(200);
    expect(out.body).toContain('https://evil.example/');
  });

  it('SPA refresh tokens expire after 24 hours, even when rotated (AADSTS700084)', async () => {
    const { emu } = makeEmulator();
    const tokens = await signedIn(emu, ADA);
    emu.clock.advance(23 * 3600 * 1000);
    const rotated = body<TokenBody>(await refresh(emu, tokens.refresh_token ?? '', ARM_SCOPE));
    expect(rotated.refresh_token_expires_in).toBe(3600);
    emu.clock.advance(3600 * 1000);
    expect(body<ErrorBody>(await refresh(emu, rotated.refresh_token ?? '', ARM_SCOPE)).error_codes).toEqual([700084]);
  });

  it('uses the client-request-id header as correlation id and rejects a forged refresh token', async () => {
    const { emu } = makeEmulator();
    const res = await tokenRequest(
      emu,
      { client_id: APP.clientId, grant_type: 'refresh_token', refresh_token: 'nope', scope: ARM_SCOPE },
      'organizations',
      { 'client-request-id': 'c0c0ffee-0000-4000-8000-000000000003' },
    );
    expect(body<ErrorBody>(res)).toMatchObject({
      error: 'invalid_grant',
      error_codes: [9002313],
      correlation_id: 'c0c0ffee-0000-4000-8000-000000000003',
    });
  });
});

describe('metadata endpoints', () => {
  it('instance discovery and OpenID configuration', async () => {
    const { emu } = makeEmulator();
    const disc = await emu.handle({
      method: 'GET',
      url: 'https://login.microsoftonline.com/common/discovery/instance?api-version=1.1&authorization_endpoint=https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
    });
    expect(body<{ tenant_discovery_endpoint: string }>(disc).tenant_discovery_endpoint).toBe(
      'https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration',
    );
    const org = body<{ issuer: string; token_endpoint: string }>(
      await emu.handle({
        method: 'GET',
        url: 'https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration',
      }),
    );
    expect(org.issuer).toBe('https://login.microsoftonline.com/{tenantid}/v2.0');
    expect(org.token_endpoint).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/token');
    const byDomain = body<{ issuer: string }>(
      await emu.handle({
        method: 'GET',
        url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
      }),
    );
    expect(byDomain.issuer).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
    const unknown = await emu.handle({
      method: 'GET',
      url: 'https://login.microsoftonline.com/nowhere.example/v2.0/.well-known/openid-configuration',
    });
    expect(unknown.status).toBe(400);
    expect(body<ErrorBody>(unknown).error_codes).toEqual([90002]);
  });
});

describe('the page language (ui_locales)', () => {
  it('every step carries the language ui_locales asks for, by primary subtag, the first one the pages have', async () => {
    const { emu } = makeEmulator();
    expect((await emu.signInStart(authorizeUrl({ uiLocales: 'de' }))).lang).toBe('de');
    expect((await emu.signInStart(authorizeUrl({ uiLocales: 'fr de' }))).lang).toBe('de');
    expect((await emu.signInStart(authorizeUrl({ uiLocales: 'ja-JP' }))).lang).toBe('ja');
    expect((await emu.signInStart(authorizeUrl({ uiLocales: 'fr' }))).lang).toBe('en');
    expect((await emu.signInStart(authorizeUrl({ uiLocales: 'fr' }), { acceptLanguage: 'fr-FR,es;q=0.8' })).lang).toBe(
      'es',
    );
    expect((await emu.signInStart(authorizeUrl(), { acceptLanguage: 'ja' })).lang).toBe('ja');
    expect((await emu.signInStart(authorizeUrl())).lang).toBe('en');

    const url = authorizeUrl({ uiLocales: 'es' });
    const consent = await emu.signInPick(url, ADA);
    expect(consent).toMatchObject({ kind: 'consent', lang: 'es' });
    if (consent.kind !== 'consent') return;
    expect(consent.permissions.map((p) => p.description)).toContain('Acceder a Azure Resource Manager en su nombre');
    const done = await emu.signInConsent(url, ADA, 'accept');
    expect(done).toMatchObject({ kind: 'redirect', lang: 'es' });
  });

  it('errors shown on the page and "Need admin approval" speak it too; what goes back to the app stays English', async () => {
    const { emu } = makeEmulator('admin-approval-workflow');
    const bad = await emu.signInStart(authorizeUrl({ uiLocales: 'de', redirectUri: 'https://evil.example/' }));
    expect(bad).toMatchObject({
      kind: 'error',
      lang: 'de',
      title: 'Der Umleitungs-URI stimmt nicht überein',
      code: 'AADSTS50011',
    });

    const url = authorizeUrl({ uiLocales: 'ja' });
    const approval = await emu.signInPick(url, RILEY);
    expect(approval).toMatchObject({ kind: 'admin-approval', lang: 'ja', code: 'AADSTS90094' });
    if (approval.kind !== 'admin-approval') return;
    expect(approval.message).toMatch(/^Twin Onboarding には、/);
    const empty = await emu.signInApproval(url, RILEY, { kind: 'request', justification: ' ' });
    expect(empty).toMatchObject({ problem: '理由を入力してください。レビュー担当者は要求と一緒にこれを確認します。' });
    const back = redirectParams(await emu.signInApproval(url, RILEY, { kind: 'return' }));
    expect(back.get('error_description')).toMatch(/^AADSTS65004: User declined to consent/);
  });

  it('the served page is in that language, with lang set; the request log keeps the ui_locales that was sent', async () => {
    const { emu } = makeEmulator();
    const url = authorizeUrl({ uiLocales: 'fr de' });
    const page = await emu.handle({ method: 'GET', url });
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toContain('<h1>Konto auswählen</h1>');
    expect(page.body).toContain('<title>Konto auswählen — Demo-Anmeldung — emuliertes Microsoft Entra ID</title>');
    expect(page.body).toContain('>Als Ada Admin anmelden</button>');
    const logged = emu.requests.at(-1)!;
    expect(new URLSearchParams(logged.path.split('?')[1]).get('ui_locales')).toBe('fr de');

    const browserOnly = await emu.handle({
      method: 'GET',
      url: authorizeUrl(),
      headers: { 'Accept-Language': 'es-ES,es;q=0.9' },
    });
    expect(browserOnly.body).toContain('<html lang="es">');
    expect(browserOnly.body).toContain('<h1>Elegir una cuenta</h1>');

    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const consent = await emu.handle({
      method: 'POST',
      url: authorizeUrl({ uiLocales: 'ja' }),
      headers: form,
      body: `user=${ADA}`,
    });
    expect(consent.body).toContain('<html lang="ja">');
    expect(consent.body).toContain('>承諾</button>');
    expect(consent.body).toContain('組織の代理として同意する');
  });

  it('the signed-out page speaks the ui_locales of the logout request', async () => {
    const { emu } = makeEmulator();
    const res = await emu.handle({
      method: 'GET',
      url: 'https://login.microsoftonline.com/common/oauth2/v2.0/logout?ui_locales=es',
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="es">');
    expect(res.body).toContain('<h1>Ha cerrado la sesión</h1>');
    const english = await emu.handle({
      method: 'GET',
      url: 'https://login.microsoftonline.com/common/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F',
    });
    expect(english.body).toContain('<h1>You have signed out</h1>');
    expect(english.body).toContain(
      'Close this window (the address https://evil.example/ is not registered for the app).',
    );
  });
});
