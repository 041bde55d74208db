import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from './scenarios';
import { MANDATORY_MFA_CLAIMS, claimsAsked, missingForWrite } from './mfa';
import { renderSignInPage } from './html';
import { decodeClaims } from './tokens';
import { base64UrlDecodeText } from './encoding';
import {
  ARM_SCOPE,
  OIDC,
  arm,
  authorizeUrl,
  body,
  makeEmulator,
  pkce,
  redeem,
  redirectParams,
  refresh,
  scenario,
  signedIn,
  type TokenBody,
} from './testkit';

const ADA = SCENARIO_IDS.adaAdmin;
const TENANT = SCENARIO_IDS.contosoTenant;
const PROD = SCENARIO_IDS.subscriptions.production;
const REGISTER = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01`;
const C1 = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

const claimsOf = (token: string) => decodeClaims(token)!;
const challengeClaims = (header: string | undefined) => {
  const value = /claims="([^"]+)"/.exec(header ?? '')?.[1];
  return value === undefined ? undefined : atob(value);
};

/** Sign in again with the claims a challenge asked for: the MFA page, approved; returns the new tokens. */
async function stepUp(emu: ReturnType<typeof makeEmulator>['emu'], claims: string): Promise<TokenBody> {
  const { verifier, challenge } = await pkce();
  const url = authorizeUrl({ challenge, claims, loginHint: 'admin@contoso.onmicrosoft.com' });
  const start = await emu.signInStart(url);
  const page = start.kind === 'pick' ? await emu.signInPick(url, ADA) : start;
  expect(page.kind).toBe('mfa');
  const done = await emu.signInMfa(url, ADA);
  const code = redirectParams(done).get('code')!;
  return body<TokenBody>(await redeem(emu, code, verifier));
}

describe('claims requests', () => {
  it('reads authentication contexts and amr=mfa; anything else asks for nothing', () => {
    expect(claimsAsked(MANDATORY_MFA_CLAIMS)).toEqual({ acrs: ['p1'], mfa: true });
    expect(claimsAsked(C1)).toEqual({ acrs: ['c1'], mfa: true });
    expect(claimsAsked('{"id_token":{"amr":{"values":["mfa"]}}}')).toEqual({ acrs: [], mfa: true });
    expect(claimsAsked('{"access_token":{"xms_cc":{"values":["cp1"]}}}')).toEqual({ acrs: [], mfa: false });
    expect(claimsAsked('not json')).toEqual({ acrs: [], mfa: false });
    expect(claimsAsked(undefined)).toEqual({ acrs: [], mfa: false });
  });

  it('a write misses MFA without amr mfa, and an authentication context without it in acrs', () => {
    expect(missingForWrite({ mfa: true, authContext: undefined }, { amr: ['pwd'], acrs: [] })).toBe(
      MANDATORY_MFA_CLAIMS,
    );
    expect(missingForWrite({ mfa: true, authContext: undefined }, { amr: ['pwd', 'mfa'], acrs: [] })).toBeUndefined();
    expect(missingForWrite({ mfa: false, authContext: 'c1' }, { amr: ['pwd', 'mfa'], acrs: ['p1'] })).toBe(C1);
    expect(missingForWrite({ mfa: false, authContext: 'c1' }, { amr: ['pwd', 'mfa'], acrs: ['c1'] })).toBeUndefined();
  });
});

describe('amr in tokens', () => {
  it('a password-only sign-in says pwd in both tokens; no acrs', async () => {
    const { emu } = makeEmulator('happy');
    const tokens = await signedIn(emu, ADA);
    expect(claimsOf(tokens.access_token).amr).toEqual(['pwd']);
    expect(claimsOf(tokens.access_token).acrs).toBeUndefined();
    expect(claimsOf(tokens.id_token!).amr).toEqual(['pwd']);
  });

  it('a user whose directory always asks for MFA signs in with mfa', async () => {
    const s = scenario('happy');
    s.users[0]!.requiresMfa = true;
    const { emu } = makeEmulator(s);
    expect(claimsOf((await signedIn(emu, ADA)).access_token).amr).toEqual(['pwd', 'mfa']);
  });
});

describe('mandatory MFA for ARM writes (mfa-required)', () => {
  it('reads work with a password-only token; register is refused with 401 and a claims challenge for p1', async () => {
    const { emu } = makeEmulator('mfa-required');
    const tokens = await signedIn(emu, ADA);
    expect(
      (
        await arm(
          emu,
          `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces?api-version=2021-04-01`,
          tokens.access_token,
        )
      ).status,
    ).toBe(200);
    const res = await arm(emu, REGISTER, tokens.access_token, 'POST');
    expect(res.status).toBe(401);
    expect(body<{ error: { code: string; message: string } }>(res).error).toMatchObject({
      code: 'RequestDisallowedByPolicy',
      message: expect.stringMatching(/MFA is required/),
    });
    expect(res.headers['www-authenticate']).toMatch(
      new RegExp(
        `^Bearer realm="", authorization_uri="https://login\\.microsoftonline\\.com/${TENANT}/oauth2/authorize", error="insufficient_claims", claims="`,
      ),
    );
    expect(JSON.parse(challengeClaims(res.headers['www-authenticate'])!)).toEqual(JSON.parse(MANDATORY_MFA_CLAIMS));
    // Nothing was registered.
    expect(
      emu.world().subscriptions.find((s) => s.id === PROD)!.providers['Microsoft.IoTSpaces'] ?? 'NotRegistered',
    ).toBe('NotRegistered');
  });

  it('the sign-in page asks for the second factor when the claims ask for it; the token then passes', async () => {
    const { emu } = makeEmulator('mfa-required');
    await signedIn(emu, ADA);
    const tokens = await stepUp(emu, MANDATORY_MFA_CLAIMS);
    expect(claimsOf(tokens.access_token)).toMatchObject({ amr: ['pwd', 'mfa'], acrs: ['p1'] });
    expect(claimsOf(tokens.id_token!).amr).toEqual(['pwd', 'mfa']);
    const res = await arm(emu, REGISTER, tokens.access_token, 'POST');
    expect(res.status).toBe(200);
    // Its refresh token keeps what the sign-in proved.
    const refreshed = body<TokenBody>(await refresh(emu, tokens.refresh_token!, ARM_SCOPE));
    expect(claimsOf(refreshed.access_token).amr).toEqual(['pwd', 'mfa']);
  });

  it('a refresh cannot add the second factor: claims asking for it need the sign-in page', async () => {
    const { emu } = makeEmulator('mfa-required');
    const tokens = await signedIn(emu, ADA);
    const res = await emu.handle({
      method: 'POST',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://portal.example' },
      body: new URLSearchParams({
        client_id: 'c1e9f3a0-7b2d-4e8f-9a61-5d4c3b2a1f00',
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token!,
        scope: `${ARM_SCOPE} ${OIDC}`,
        claims: MANDATORY_MFA_CLAIMS,
      }).toString(),
    });
    expect(res.status).toBe(400);
    expect(body<{ error_codes: number[] }>(res).error_codes).toEqual([50076]);
  });

  it('no MFA page without claims asking for it, and none twice in a session that did it', async () => {
    const { emu } = makeEmulator('mfa-required');
    await signedIn(emu, ADA);
    await stepUp(emu, MANDATORY_MFA_CLAIMS);
    const { challenge } = await pkce();
    const url = authorizeUrl({ challenge, claims: MANDATORY_MFA_CLAIMS, loginHint: 'admin@contoso.onmicrosoft.com' });
    expect((await emu.signInStart(url)).kind).toBe('redirect');
  });

  it('prompt=none cannot do the second factor: interaction_required', async () => {
    const { emu } = makeEmulator('mfa-required');
    await signedIn(emu, ADA);
    const step = await emu.signInStart(authorizeUrl({ prompt: 'none', claims: MANDATORY_MFA_CLAIMS }));
    expect(redirectParams(step).get('error')).toBe('interaction_required');
  });

  it('only the person who entered their password can approve the second factor', async () => {
    const { emu } = makeEmulator('mfa-required');
    const url = authorizeUrl({ claims: MANDATORY_MFA_CLAIMS });
    expect((await emu.signInMfa(url, ADA)).kind).toBe('pick');
  });

  it('the server-rendered MFA page names the user and the contexts, and posts mfa=approve', async () => {
    const { emu } = makeEmulator('mfa-required');
    const url = authorizeUrl({ claims: C1 });
    const step = await emu.signInPick(url, ADA);
    expect(step).toMatchObject({ kind: 'mfa', contexts: ['c1'] });
    const html = renderSignInPage(step, '/x');
    expect(html).toContain('name="mfa" value="approve"');
    expect(html).toContain('Approve sign-in');
    expect(html).toContain('authentication context c1');
  });
});

describe('an authentication context for ARM writes (mfa-auth-context)', () => {
  it('asks for c1; an MFA-only step-up (p1) does not satisfy it, a c1 step-up does', async () => {
    const { emu } = makeEmulator('mfa-auth-context');
    const first = await signedIn(emu, ADA);
    const refused = await arm(emu, REGISTER, first.access_token, 'POST');
    expect(refused.status).toBe(401);
    expect(JSON.parse(challengeClaims(refused.headers['www-authenticate'])!)).toEqual(JSON.parse(C1));
    const mfaOnly = await stepUp(emu, MANDATORY_MFA_CLAIMS);
    expect((await arm(emu, REGISTER, mfaOnly.access_token, 'POST')).status).toBe(401);
    // The session has MFA now, so the c1 sign-in goes straight back with a token naming c1.
    const { verifier, challenge } = await pkce();
    const step = await emu.signInStart(
      authorizeUrl({ challenge, claims: C1, loginHint: 'admin@contoso.onmicrosoft.com' }),
    );
    const code = redirectParams(step).get('code')!;
    const withContext = body<TokenBody>(await redeem(emu, code, verifier));
    expect(JSON.parse(base64UrlDecodeText(withContext.access_token.split('.')[1]!)).acrs).toEqual(['c1']);
    expect((await arm(emu, REGISTER, withContext.access_token, 'POST')).status).toBe(200);
  });
});
