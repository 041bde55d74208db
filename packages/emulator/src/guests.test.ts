/**
 * The developer's directory (twins-guest-* worlds): a Digital Twins token from the instance's directory for a customer
 * admin who signed in at home, through the refresh token of that sign-in (as MSAL sends it to another tenant's
 * authority), and interactively at that directory's authorize endpoint.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from './scenarios';
import { decodeClaims } from './tokens';
import { renderSignInPage } from './html';
import {
  ARM_SCOPE,
  DT_SCOPE,
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
  type ErrorBody,
  type TokenBody,
} from './testkit';
import type { EmuResponse, Scenario } from './types';

const ADA = SCENARIO_IDS.adaAdmin;
const CONTOSO = SCENARIO_IDS.contosoTenant;
const DEVELOPER = SCENARIO_IDS.developerTenant;
const ADA_UPN = 'admin@contoso.onmicrosoft.com';
const MFA_CLAIMS = '{"id_token":{"amr":{"values":["mfa"]}}}';

/** Ada signs in at home (ARM, as the portal does), then asks Proseware's directory for Digital Twins silently. */
async function silentAtDeveloper(world: string | Scenario) {
  const { emu, wall } = makeEmulator(world);
  const home = await signedIn(emu, ADA);
  const res = await refresh(emu, home.refresh_token!, DT_SCOPE, DEVELOPER);
  return { emu, wall, home, res };
}

/** The interactive request at Proseware's authority, as MSAL's acquireTokenRedirect sends it with the account's hint. */
async function interactiveAtDeveloper(emu: ReturnType<typeof makeEmulator>['emu'], claims?: string) {
  const { verifier, challenge } = await pkce();
  const url = authorizeUrl({
    tenant: DEVELOPER,
    scope: `${DT_SCOPE} ${OIDC}`,
    loginHint: ADA_UPN,
    challenge,
    ...(claims ? { claims } : {}),
  });
  return { url, verifier, first: await emu.signInStart(url) };
}

function errorOf(res: EmuResponse): ErrorBody {
  expect(res.status).toBe(400);
  return body<ErrorBody>(res);
}

describe("the developer's directory: Digital Twins tokens for the customer's people", () => {
  it('a guest gets a token from the home sign-in: tid the developer, oid the guest object, idp the home directory', async () => {
    const { res } = await silentAtDeveloper('twins-guest-ready');
    expect(res.status).toBe(200);
    const tokens = body<TokenBody>(res);
    const at = decodeClaims(tokens.access_token)!;
    expect(at).toMatchObject({
      aud: 'https://digitaltwins.azure.net',
      tid: DEVELOPER,
      oid: SCENARIO_IDS.adaGuestInDeveloper,
      iss: `https://sts.windows.net/${DEVELOPER}/`,
      idp: `https://sts.windows.net/${CONTOSO}/`,
      unique_name: ADA_UPN,
    });
    expect(at.upn).toBeUndefined();
    const id = decodeClaims(tokens.id_token!)!;
    expect(id).toMatchObject({ tid: DEVELOPER, oid: SCENARIO_IDS.adaGuestInDeveloper, preferred_username: ADA_UPN });
    // MSAL keeps one account: client_info still names the home object and directory.
    expect(JSON.parse(atob(tokens.client_info))).toEqual({ uid: ADA, utid: CONTOSO });
  });

  it("the customer's own directory issues Digital Twins tokens as before: its tid, the home object", async () => {
    const { emu, home } = await silentAtDeveloper('twins-guest-ready');
    // Contoso has no Digital Twins service principal (nothing is registered there): the home directory cannot issue one.
    const atHome = errorOf(await refresh(emu, home.refresh_token!, DT_SCOPE, CONTOSO));
    expect(atHome.error_codes).toEqual([650052]);
    const arm = body<TokenBody>(await refresh(emu, home.refresh_token!, ARM_SCOPE, CONTOSO));
    expect(decodeClaims(arm.access_token)).toMatchObject({ tid: CONTOSO, oid: ADA });
  });

  it('no token for someone who is not a guest there: invalid_grant, AADSTS50020 naming the account and the directory', async () => {
    const { res } = await silentAtDeveloper('twins-guest-not-invited');
    const err = errorOf(res);
    expect(err.error).toBe('invalid_grant');
    expect(err.error_codes).toEqual([50020]);
    expect(err.error_description).toMatch(
      new RegExp(
        `^AADSTS50020: User account '${ADA_UPN}' from identity provider 'https://sts.windows.net/${CONTOSO}/' does not exist in tenant 'Proseware'`,
      ),
    );
  });

  it('interactively, a guest signed in at home goes straight back with a code (single sign-on), redeemed there', async () => {
    const { emu } = await silentAtDeveloper('twins-guest-ready');
    const { verifier, first } = await interactiveAtDeveloper(emu);
    const code = redirectParams(first).get('code')!;
    const tokens = body<TokenBody>(await redeem(emu, code, verifier, `${DT_SCOPE} ${OIDC}`, undefined, DEVELOPER));
    expect(decodeClaims(tokens.access_token)).toMatchObject({ tid: DEVELOPER, oid: SCENARIO_IDS.adaGuestInDeveloper });
    // A code from the developer's directory is redeemed there only.
    const again = await interactiveAtDeveloper(emu);
    const elsewhere = await redeem(
      emu,
      redirectParams(again.first).get('code')!,
      again.verifier,
      `${DT_SCOPE} ${OIDC}`,
      undefined,
      CONTOSO,
    );
    expect(errorOf(elsewhere).error_codes).toEqual([700005]);
  });

  it('interactively, someone who is not a guest goes back to the app with access_denied and AADSTS50020', async () => {
    const { emu } = await silentAtDeveloper('twins-guest-not-invited');
    const { first } = await interactiveAtDeveloper(emu);
    const p = redirectParams(first);
    expect(p.get('error')).toBe('access_denied');
    expect(p.get('error_description')).toMatch(/^AADSTS50020: /);
  });

  it("the customer's outbound settings: AADSTS500212 at the token endpoint, Entra's own page when interactive", async () => {
    const { emu, res } = await silentAtDeveloper('twins-guest-outbound-blocked');
    const err = errorOf(res);
    expect(err.error_codes).toEqual([500212]);
    expect(err.error_description).toMatch(/^AADSTS500212: The user's administrator has set an outbound access policy/);
    const { first } = await interactiveAtDeveloper(emu);
    expect(first).toMatchObject({
      kind: 'error',
      code: 'AADSTS500212',
      title: 'Your organization has restricted which organizations you can access',
    });
  });

  it("the developer's inbound settings: AADSTS500213, and the page names the developer's organization", async () => {
    const { emu, res } = await silentAtDeveloper('twins-guest-inbound-blocked');
    expect(errorOf(res).error_codes).toEqual([500213]);
    const { first } = await interactiveAtDeveloper(emu);
    expect(first).toMatchObject({
      kind: 'error',
      code: 'AADSTS500213',
      title: 'Proseware has restricted which organizations can access it',
    });
    // The page is served too, in the request's language, with its troubleshooting details.
    if (first.kind !== 'error') throw new Error('no page');
    const html = renderSignInPage({ ...first, lang: 'de' }, 'https://login.microsoftonline.com/x');
    expect(html).toContain('AADSTS500213');
    expect(html).toContain(first.correlationId);
  });

  it('a listed partner gets in where the default blocks; a partner entry that blocks wins over an allowing default', async () => {
    const allowContoso = scenario('twins-guest-inbound-blocked');
    allowContoso.tenants[1]!.crossTenantAccess = {
      inbound: { default: 'blocked', partners: { [CONTOSO]: 'allowed' } },
    };
    expect((await silentAtDeveloper(allowContoso)).res.status).toBe(200);
    const blockOnlyProseware = scenario('twins-guest-ready');
    blockOnlyProseware.tenants[0]!.crossTenantAccess = {
      outbound: { default: 'allowed', partners: { [DEVELOPER]: 'blocked' } },
    };
    expect(errorOf((await silentAtDeveloper(blockOnlyProseware)).res).error_codes).toEqual([500212]);
  });

  it("tenant restrictions of the customer's network: the home sign-in works, the developer's directory is denied (AADSTS500021)", async () => {
    const { emu, res } = await silentAtDeveloper('twins-guest-tenant-restrictions');
    const err = errorOf(res);
    expect(err.error_codes).toEqual([500021]);
    expect(err.error_description).toMatch(/^AADSTS500021: Access to 'Proseware' tenant is denied\./);
    const { first } = await interactiveAtDeveloper(emu);
    expect(first).toMatchObject({
      kind: 'error',
      code: 'AADSTS500021',
      title: 'Your network administrator has blocked access',
    });
  });

  it('with prompt=none a block goes back to the app, as there is no page to show', async () => {
    const { emu } = await silentAtDeveloper('twins-guest-outbound-blocked');
    const step = await emu.signInStart(
      authorizeUrl({ tenant: DEVELOPER, scope: `${DT_SCOPE} ${OIDC}`, prompt: 'none', loginHint: ADA_UPN }),
    );
    const p = redirectParams(step);
    expect(p.get('error')).toBe('access_denied');
    expect(p.get('error_description')).toMatch(/^AADSTS500212:/);
  });

  it('MFA for guests: the silent request meets AADSTS50076 with claims, the page asks for the second factor, then tokens flow', async () => {
    const { emu, res, home } = await silentAtDeveloper('twins-guest-mfa');
    const err = errorOf(res);
    expect(err).toMatchObject({ error: 'invalid_grant', suberror: 'basic_action', error_codes: [50076] });
    expect(JSON.parse(err.claims!)).toHaveProperty('access_token.capolids');
    // Contoso asks for no MFA: the home directory's tokens keep coming.
    expect((await refresh(emu, home.refresh_token!, ARM_SCOPE, CONTOSO)).status).toBe(200);

    const { url, verifier, first } = await interactiveAtDeveloper(emu, err.claims);
    expect(first.kind).toBe('mfa');
    const back = await emu.signInMfa(url, ADA);
    const code = redirectParams(back).get('code')!;
    const redeemed = await redeem(emu, code, verifier, `${DT_SCOPE} ${OIDC}`, undefined, DEVELOPER);
    expect(redeemed.status).toBe(200);
    const tokens = body<TokenBody>(redeemed);
    expect(decodeClaims(tokens.access_token)).toMatchObject({
      tid: DEVELOPER,
      oid: SCENARIO_IDS.adaGuestInDeveloper,
      amr: ['pwd', 'mfa'],
    });
    // The refresh token of that sign-in carries the second factor: later silent requests there pass.
    expect((await refresh(emu, tokens.refresh_token!, DT_SCOPE, DEVELOPER)).status).toBe(200);
  });

  it('MFA for guests without claims in the request: Entra still asks on its page', async () => {
    const { emu } = await silentAtDeveloper('twins-guest-mfa');
    const { first } = await interactiveAtDeveloper(emu);
    expect(first.kind).toBe('mfa');
    const none = await emu.signInStart(
      authorizeUrl({ tenant: DEVELOPER, scope: `${DT_SCOPE} ${OIDC}`, prompt: 'none', loginHint: ADA_UPN }),
    );
    expect(redirectParams(none).get('error')).toBe('interaction_required');
  });

  it("MFA done at home counts only where the developer's inbound settings trust it", async () => {
    /** Ada signs in at home with a second factor (the claims ask for one), then asks Proseware's directory silently. */
    const afterHomeMfa = async (world: Scenario) => {
      const { emu } = makeEmulator(world);
      const { verifier, challenge } = await pkce();
      const url = authorizeUrl({ challenge, claims: MFA_CLAIMS });
      expect((await emu.signInPick(url, ADA)).kind).toBe('mfa');
      const consent = await emu.signInMfa(url, ADA);
      const back = consent.kind === 'consent' ? await emu.signInConsent(url, ADA, 'accept') : consent;
      const home = body<TokenBody>(await redeem(emu, redirectParams(back).get('code')!, verifier));
      expect(decodeClaims(home.access_token)!.amr).toEqual(['pwd', 'mfa']);
      return refresh(emu, home.refresh_token!, DT_SCOPE, DEVELOPER);
    };
    const world = scenario('twins-guest-mfa');
    expect(errorOf(await afterHomeMfa(world)).error_codes).toEqual([50076]);
    world.tenants[1]!.crossTenantAccess = { trustExternalMfa: true };
    expect((await afterHomeMfa(world)).status).toBe(200);
  });

  it('a compliant device for guests: AADSTS53000 at the token endpoint and on the page, MFA or not', async () => {
    const world = scenario('twins-guest-ready');
    world.tenants[1]!.guestConditionalAccess = { requireCompliantDevice: true };
    const { emu, res } = await silentAtDeveloper(world);
    expect(errorOf(res).error_codes).toEqual([53000]);
    const { first } = await interactiveAtDeveloper(emu);
    expect(first).toMatchObject({ kind: 'error', code: 'AADSTS53000', title: "You can't get there from here" });
  });

  it("no consent in the developer's directory: AADSTS65001, interaction required", async () => {
    const world = scenario('twins-guest-ready');
    world.orgGrants = {};
    // Proseware's instance registered Digital Twins there, so its service principal exists; only the grant is missing.
    const err = errorOf((await silentAtDeveloper(world)).res);
    expect(err).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
  });

  it("the guest holds only a data role there: ARM answers 403 to a permissions read in the developer's subscription", async () => {
    const world = scenario('twins-guest-ready');
    // Someone consented to the app's use of ARM in Proseware's directory too (the portal never asks for it there).
    world.orgGrants[DEVELOPER]!.push('https://management.azure.com');
    const { emu, home } = await silentAtDeveloper(world);
    const armAtDeveloper = body<TokenBody>(await refresh(emu, home.refresh_token!, ARM_SCOPE, DEVELOPER));
    const res = await arm(
      emu,
      `/subscriptions/${SCENARIO_IDS.developerSubscription}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`,
      armAtDeveloper.access_token,
    );
    expect(res.status, res.body).toBe(403);
    expect(body<{ error: { code: string } }>(res).error.code).toBe('AuthorizationFailed');
  });
});
