/**
 * The sign-in page's logic, shared by the in-app demo page and the server-rendered page: validate an
 * authorize (or admin-consent) URL, let a user be picked, ask for consent, and leave with a redirect.
 * Until the redirect URI is trusted, errors are shown on the page; after that they go back to the app.
 */
import { grantExists, membershipAndPrincipal, mfaSatisfied } from './access';
import { claimsAsked } from './mfa';
import { blockPageTitle, crossTenantBlock, guestDeviceBlock, guestMfaMissing } from './cross-tenant';
import type { EmuContext } from './context';
import { base64UrlEncodeText, newGuid, randomBase64Url } from './encoding';
import { aad, aadErrorBody, type AadError } from './errors';
import { listedOnRegistration, parseScopes, type ResourceDef } from './resources';
import { PAGE_TEXTS, pageLanguageForUrl, pageText, type PageLanguage, type PageTextKey } from './page-texts';
import type {
  AppRegistration,
  ApprovalAction,
  ConsentDecision,
  SignInStep,
  SignInStepBody,
  TenantSpec,
  UserSpec,
} from './types';
import {
  addConsentRequest,
  addGrant,
  findTenant,
  findUser,
  findUserByHint,
  grantAdminConsent,
  hasConsentRequest,
  isAdminOf,
  isMember,
  settle,
} from './world';

export const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;

export interface AuthorizeRequest {
  flow: 'authorize' | 'adminconsent';
  /** the tenant path segment as sent */
  tenantRef: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  responseType: string;
  responseMode: 'fragment' | 'query';
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  prompt?: string;
  loginHint?: string;
  /** the languages the app asks Entra's pages to speak, space-separated (`ui_locales`), as sent */
  uiLocales?: string;
  /** the claims request (JSON), e.g. the authentication context an API's claims challenge asked for */
  claims?: string;
  correlationId: string;
}

interface Validated {
  ok: true;
  req: AuthorizeRequest;
  /** null for organizations/common: the user's home tenant, known once a user is picked */
  tenant: TenantSpec | null;
  resource: ResourceDef;
  permissions: string[];
  oidc: string[];
}

type Validation = Validated | { ok: false; step: SignInStepBody };

/** What the browser tells Entra ID beside the URL: its languages (the Accept-Language header). */
export interface SignInBrowser {
  acceptLanguage?: string;
}

/** Path shape of the two sign-in endpoints: /{tenant}/oauth2/v2.0/authorize and /{tenant}/v2.0/adminconsent. */
export function signInFlowOf(url: URL): { flow: 'authorize' | 'adminconsent'; tenantRef: string } | undefined {
  const parts = url.pathname.split('/').filter((p) => p.length > 0);
  const tenantRef = parts[0];
  if (!tenantRef) return undefined;
  const lower = parts.map((p) => p.toLowerCase());
  if (parts.length === 4 && lower[1] === 'oauth2' && lower[2] === 'v2.0' && lower[3] === 'authorize') {
    return { flow: 'authorize', tenantRef };
  }
  if (parts.length === 3 && lower[1] === 'v2.0' && lower[2] === 'adminconsent')
    return { flow: 'adminconsent', tenantRef };
  return undefined;
}

/** Sign-in returns to a redirect URI of any platform; which platform decides who may redeem the code. */
export function registeredRedirectUris(app: AppRegistration): string[] {
  return [...app.spaRedirectUris, ...app.webRedirectUris];
}

export function isHomeTenantAlias(ref: string): boolean {
  const key = ref.toLowerCase();
  return key === 'organizations' || key === 'common';
}

function errorStep(err: AadError, correlationId: string, title: string, now: number): SignInStepBody {
  const body = aadErrorBody(err, now, correlationId);
  return { kind: 'error', code: `AADSTS${err.code}`, title, message: err.text, correlationId, traceId: body.trace_id };
}

/**
 * Tenant restrictions, cross-tenant access settings and a device Conditional Access wants compliant: Entra says so on
 * its own page ("access is blocked"), with the troubleshooting details, and the sign-in goes no further.
 */
function blockStep(
  ctx: EmuContext,
  req: AuthorizeRequest,
  err: AadError,
  tenant: TenantSpec,
  lang: PageLanguage,
): SignInStepBody {
  const title = pageText(lang, blockPageTitle(err.code), { organization: tenant.displayName });
  return errorStep(err, req.correlationId, title, ctx.now());
}

function withParams(base: string, mode: 'fragment' | 'query', params: Array<[string, string]>): string {
  const search = new URLSearchParams(params).toString();
  const noFragment = base.split('#')[0] ?? base;
  if (mode === 'fragment') return `${noFragment}#${search}`;
  return `${noFragment}${noFragment.includes('?') ? '&' : '?'}${search}`;
}

function errorRedirect(
  ctx: EmuContext,
  req: AuthorizeRequest,
  err: AadError,
  extra: Array<[string, string]> = [],
  { adminConsentFlag = true }: { adminConsentFlag?: boolean } = {},
): SignInStepBody {
  const body = aadErrorBody(err, ctx.now(), req.correlationId);
  const params: Array<[string, string]> = [
    ['error', err.error],
    ['error_description', body.error_description],
    ['error_uri', body.error_uri],
    ...extra,
  ];
  // The admin consent endpoint's own answers carry admin_consent=True, errors included; a cancel on "Need admin
  // approval" leaves that page without one (error=access_denied&error_subcode=cancel).
  if (req.flow === 'adminconsent' && adminConsentFlag) params.unshift(['admin_consent', 'True']);
  if (req.state !== undefined) params.push(['state', req.state]);
  // Admin consent always answers in the query string.
  return {
    kind: 'redirect',
    location: withParams(req.redirectUri, req.flow === 'adminconsent' ? 'query' : req.responseMode, params),
  };
}

function parseAuthorizeUrl(authorizeUrl: string): AuthorizeRequest | undefined {
  let url: URL;
  try {
    url = new URL(authorizeUrl);
  } catch {
    return undefined;
  }
  const flow = signInFlowOf(url);
  if (!flow) return undefined;
  const q = url.searchParams;
  const opt = (name: string): string | undefined => q.get(name) ?? undefined;
  return {
    ...flow,
    clientId: q.get('client_id') ?? '',
    redirectUri: q.get('redirect_uri') ?? '',
    scope: q.get('scope') ?? '',
    responseType: q.get('response_type') ?? '',
    // MSAL sends fragment; the protocol default for response_type=code is query.
    responseMode: q.get('response_mode') === 'fragment' ? 'fragment' : 'query',
    state: opt('state'),
    nonce: opt('nonce'),
    codeChallenge: opt('code_challenge'),
    codeChallengeMethod: opt('code_challenge_method'),
    prompt: opt('prompt')?.toLowerCase(),
    loginHint: opt('login_hint'),
    uiLocales: opt('ui_locales'),
    claims: opt('claims'),
    correlationId: q.get('client-request-id') ?? newGuid(),
  };
}

function validate(ctx: EmuContext, authorizeUrl: string, lang: PageLanguage): Validation {
  const title = (key: PageTextKey) => pageText(lang, key);
  const now = ctx.now();
  settle(ctx.state.world, ctx.state.scenario, now);
  const req = parseAuthorizeUrl(authorizeUrl);
  if (!req) {
    const err = aad.missingParameter('client_id');
    return { ok: false, step: errorStep(err, newGuid(), title('error.notSignIn'), now) };
  }
  const cid = req.correlationId;
  let tenant: TenantSpec | null = null;
  if (!isHomeTenantAlias(req.tenantRef)) {
    const found = findTenant(ctx.state.world, req.tenantRef);
    if (!found)
      return { ok: false, step: errorStep(aad.tenantNotFound(req.tenantRef), cid, title('error.tenantNotFound'), now) };
    tenant = found;
  }
  if (!req.clientId)
    return { ok: false, step: errorStep(aad.missingParameter('client_id'), cid, title('error.invalidRequest'), now) };
  if (req.clientId !== ctx.state.app.clientId) {
    const err = aad.appNotFound(req.clientId, tenant?.displayName ?? req.tenantRef);
    return { ok: false, step: errorStep(err, cid, title('error.appNotFound'), now) };
  }
  if (!req.redirectUri)
    return {
      ok: false,
      step: errorStep(aad.missingParameter('redirect_uri'), cid, title('error.invalidRequest'), now),
    };
  if (!registeredRedirectUris(ctx.state.app).includes(req.redirectUri)) {
    const err = aad.redirectUriMismatch(req.redirectUri, req.clientId);
    return { ok: false, step: errorStep(err, cid, title('error.redirectMismatch'), now) };
  }
  // From here on the redirect URI is trusted: errors go back to the app.
  if (req.flow === 'authorize' && req.responseType !== 'code') {
    return { ok: false, step: errorRedirect(ctx, req, aad.unsupportedResponseType(req.responseType || '(none)')) };
  }
  const pkce = req.flow === 'authorize' ? pkceRequestError(ctx.state.app, req) : null;
  if (pkce) return { ok: false, step: errorRedirect(ctx, req, pkce) };
  if (!req.scope) return { ok: false, step: errorRedirect(ctx, req, aad.missingParameter('scope')) };
  const scopes = parseScopes(req.scope);
  if (!scopes.ok) {
    const err =
      scopes.error === 'invalid_scope'
        ? aad.invalidScope(scopes.scope)
        : aad.invalidResource(scopes.resourceName, tenant ?? undefined);
    return { ok: false, step: errorRedirect(ctx, req, err) };
  }
  if (scopes.usesDefault && !listedOnRegistration(ctx.state.app.apiPermissions, scopes.resource)) {
    return { ok: false, step: errorRedirect(ctx, req, aad.resourceNotListed(ctx.state.app, scopes.resource)) };
  }
  return { ok: true, req, tenant, resource: scopes.resource, permissions: scopes.permissions, oidc: scopes.oidc };
}

/** RFC 7636 section 4.1: a verifier (and a plain challenge) is 43 to 128 unreserved characters. */
export const PKCE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is base64url(SHA-256(verifier)) without padding: 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

/**
 * PKCE on an authorize request for a Single-page application redirect URI: the challenge and its method are required
 * there (Learn, "Microsoft identity platform and OAuth 2.0 authorization code flow": code_challenge_method "is
 * required for single page apps"), and a challenge of the wrong size is refused (AADSTS501491).
 */
function pkceRequestError(app: AppRegistration, req: AuthorizeRequest): AadError | null {
  const spa = app.spaRedirectUris.includes(req.redirectUri);
  if (req.codeChallenge === undefined) return spa ? aad.pkceParameterMissing('code_challenge') : null;
  if (spa && req.codeChallengeMethod === undefined) return aad.pkceParameterMissing('code_challenge_method');
  const s256 = (req.codeChallengeMethod ?? 'plain').toUpperCase() === 'S256';
  return (s256 ? S256_CHALLENGE : PKCE_VERIFIER).test(req.codeChallenge) ? null : aad.codeChallengeSize();
}

function tenantName(ctx: EmuContext, tenantId: string): string {
  return findTenant(ctx.state.world, tenantId)?.displayName ?? tenantId;
}

function userCard(
  ctx: EmuContext,
  user: UserSpec,
): { id: string; upn: string; displayName: string; tenantName: string } {
  return { id: user.id, upn: user.upn, displayName: user.displayName, tenantName: tenantName(ctx, user.homeTenantId) };
}

function pickStep(ctx: EmuContext, v: Validated): SignInStepBody {
  const hinted = findUserByHint(ctx.state.world, v.req.loginHint);
  return {
    kind: 'pick',
    appName: ctx.state.app.displayName,
    users: ctx.state.world.users.map((u) => userCard(ctx, u)),
    ...(hinted ? { hintedUserId: hinted.id } : {}),
  };
}

/** A permission's description as Entra's consent page words it, in the page's language when the table has it. */
function permissionText(lang: PageLanguage, scope: string, english: string): string {
  const key = `permission.${scope}`;
  return Object.hasOwn(PAGE_TEXTS.en, key) && PAGE_TEXTS.en[key as PageTextKey] === english
    ? pageText(lang, key as PageTextKey)
    : english;
}

function consentStep(
  ctx: EmuContext,
  v: Validated,
  user: UserSpec,
  canConsentForOrganization: boolean,
  lang: PageLanguage,
): SignInStepBody {
  const permissions = v.permissions.map((name) => {
    const english = v.resource.permissions.find((p) => p.name === name)?.description;
    return {
      resource: v.resource.uri,
      resourceName: v.resource.displayName,
      scope: name,
      description: english ? permissionText(lang, name, english) : name,
    };
  });
  if (v.oidc.some((s) => s.toLowerCase() === 'offline_access')) {
    permissions.push({
      resource: 'openid',
      resourceName: 'Sign-in',
      scope: 'offline_access',
      description: pageText(lang, 'permission.offline_access'),
    });
  }
  const { displayName: appName, publisher } = ctx.state.app;
  return {
    kind: 'consent',
    appName,
    ...(publisher ? { publisher } : {}),
    user: userCard(ctx, user),
    permissions,
    canConsentForOrganization,
  };
}

/** The browser's Entra session: set when a user authenticates on the page (MFA included). */
function startSession(ctx: EmuContext, user: UserSpec, tenant: TenantSpec): void {
  const s = ctx.state.session;
  if (s && s.userId === user.id) {
    if (!s.mfaTenants.includes(tenant.id)) s.mfaTenants.push(tenant.id);
    if (user.requiresMfa) s.mfa = true;
    return;
  }
  // A user whose directory always asks for MFA does it on the page (the demo completes it for them).
  ctx.state.session = {
    userId: user.id,
    sessionState: newGuid(),
    mfaTenants: [tenant.id],
    mfa: user.requiresMfa === true,
  };
}

/** The request's claims ask for a second factor this session has not done: Entra asks for it before going on. */
function needsSecondFactor(ctx: EmuContext, v: Validated, user: UserSpec): boolean {
  const session = ctx.state.session;
  return claimsAsked(v.req.claims).mfa && !(session?.userId === user.id && session.mfa === true);
}

/** The directory's Conditional Access wants MFA of its guests, and this session has not done a second factor. */
function guestNeedsSecondFactor(ctx: EmuContext, user: UserSpec, tenant: TenantSpec): boolean {
  const session = ctx.state.session;
  const mfa = session?.userId === user.id && session.mfa === true;
  // The page itself is a sign-in to this directory: what it proves counts here.
  return guestMfaMissing(user, tenant, { mfa, mfaTenants: [tenant.id] });
}

function mfaStep(ctx: EmuContext, v: Validated, user: UserSpec): SignInStepBody {
  return {
    kind: 'mfa',
    appName: ctx.state.app.displayName,
    user: userCard(ctx, user),
    contexts: claimsAsked(v.req.claims).acrs,
  };
}

function pruneCodes(ctx: EmuContext): void {
  const cutoff = ctx.now() - 6 * AUTH_CODE_LIFETIME_MS;
  for (const [code, rec] of Object.entries(ctx.state.codes)) if (rec.issuedAt < cutoff) delete ctx.state.codes[code];
}

function issueCode(ctx: EmuContext, v: Validated, user: UserSpec, tenant: TenantSpec): SignInStepBody {
  pruneCodes(ctx);
  const code = `emu.${randomBase64Url(48)}`;
  const req = v.req;
  ctx.state.codes[code] = {
    clientId: req.clientId,
    redirectUri: req.redirectUri,
    ...(req.codeChallenge !== undefined ? { codeChallenge: req.codeChallenge } : {}),
    ...(req.codeChallengeMethod !== undefined ? { codeChallengeMethod: req.codeChallengeMethod } : {}),
    ...(req.nonce !== undefined ? { nonce: req.nonce } : {}),
    scope: req.scope,
    userId: user.id,
    tenantId: tenant.id,
    issuedAt: ctx.now(),
    redeemed: false,
  };
  // What the session proved goes into the tokens: `amr` mfa, and the contexts asked for once MFA satisfied them.
  const session = ctx.state.session;
  if (session?.userId === user.id && session.mfa) {
    ctx.state.codes[code]!.mfa = true;
    const acrs = claimsAsked(req.claims).acrs;
    if (acrs.length > 0) ctx.state.codes[code]!.acrs = acrs;
  }
  const clientInfo = base64UrlEncodeText(JSON.stringify({ uid: user.id, utid: user.homeTenantId }));
  const params: Array<[string, string]> = [
    ['code', code],
    ['client_info', clientInfo],
  ];
  if (req.state !== undefined) params.push(['state', req.state]);
  params.push(['session_state', ctx.state.session?.sessionState ?? newGuid()]);
  return { kind: 'redirect', location: withParams(req.redirectUri, req.responseMode, params) };
}

function adminConsentDone(v: Validated, tenant: TenantSpec): SignInStepBody {
  const params: Array<[string, string]> = [
    ['admin_consent', 'True'],
    ['tenant', tenant.id],
    ['scope', v.req.scope],
  ];
  if (v.req.state !== undefined) params.push(['state', v.req.state]);
  return { kind: 'redirect', location: withParams(v.req.redirectUri, 'query', params) };
}

/** Why a user may not consent in this tenant, if they may not: the tenant lets only admins, or a policy blocks the app. */
function approvalNeeded(ctx: EmuContext, tenant: TenantSpec, admin: boolean): AadError | null {
  if (admin) return null;
  if (!tenant.userConsentAllowed) return aad.adminApprovalRequired(ctx.state.app);
  if (tenant.consentPolicyBlocksApp) return aad.userMayNotGrant(ctx.state.app);
  return null;
}

/** "Need admin approval": Entra's own page, before anything goes back to the app. */
function approvalStep(
  ctx: EmuContext,
  v: Validated,
  user: UserSpec,
  tenant: TenantSpec,
  why: AadError,
  lang: PageLanguage,
  problem?: string,
): SignInStepBody {
  const clientId = ctx.state.app.clientId;
  // The page words the refusal in its language; the app still gets Entra's English text in error_description.
  const app = ctx.state.app.displayName;
  const message =
    why.code === 90094
      ? pageText(lang, 'approval.message90094', { app })
      : why.code === 90093
        ? pageText(lang, 'approval.message90093', { app })
        : why.text;
  return {
    kind: 'admin-approval',
    appName: ctx.state.app.displayName,
    user: userCard(ctx, user),
    code: `AADSTS${why.code}`,
    message,
    canRequestApproval: tenant.adminConsentWorkflow === true,
    requested: hasConsentRequest(ctx.state.world, tenant.id, clientId, user.id, v.resource.appId),
    ...(problem ? { problem } : {}),
    correlationId: v.req.correlationId,
  };
}

/** Where the sign-in happens: the named tenant, or the user's home tenant for organizations/common. */
function tenantFor(ctx: EmuContext, v: Validated, user: UserSpec): TenantSpec | undefined {
  return v.tenant ?? findTenant(ctx.state.world, user.homeTenantId);
}

/** Membership and service principal failures, as they read in a redirect. */
function redirectFlavour(err: AadError): AadError {
  if (err.code === 50020) return { ...err, error: 'access_denied' };
  return err;
}

function promptNone(ctx: EmuContext, v: Validated): SignInStepBody {
  const session = ctx.state.session;
  const user = session ? findUser(ctx.state.world, session.userId) : undefined;
  if (!session || !user) return errorRedirect(ctx, v.req, aad.loginRequired());
  if (v.req.loginHint && findUserByHint(ctx.state.world, v.req.loginHint)?.id !== user.id) {
    return errorRedirect(ctx, v.req, aad.loginRequired());
  }
  const tenant = tenantFor(ctx, v, user);
  if (!tenant) return errorRedirect(ctx, v.req, aad.loginRequired());
  // Without a page to show, a block goes back to the app (as access_denied: not confirmed).
  const blocked = crossTenantBlock(ctx, user, tenant);
  if (blocked) return errorRedirect(ctx, v.req, { ...blocked, error: 'access_denied' });
  const fail = membershipAndPrincipal(ctx, user, tenant, v.resource);
  if (fail) return errorRedirect(ctx, v.req, redirectFlavour(fail));
  const device = guestDeviceBlock(user, tenant);
  if (device) return errorRedirect(ctx, v.req, { ...device, error: 'access_denied' });
  if (
    !mfaSatisfied(user, tenant, session.mfaTenants) ||
    needsSecondFactor(ctx, v, user) ||
    guestMfaMissing(user, tenant, { mfa: session.mfa === true, mfaTenants: session.mfaTenants })
  ) {
    return errorRedirect(ctx, v.req, aad.mfaRequired(v.resource, 'interaction_required'));
  }
  if (!grantExists(ctx, user, tenant, v.resource)) {
    return errorRedirect(ctx, v.req, aad.consentRequired(ctx.state.app, 'consent_required'));
  }
  return issueCode(ctx, v, user, tenant);
}

async function start(ctx: EmuContext, authorizeUrl: string, lang: PageLanguage): Promise<SignInStepBody> {
  const v = validate(ctx, authorizeUrl, lang);
  if (!v.ok) return v.step;
  if (v.req.flow === 'authorize' && v.req.prompt === 'none') return promptNone(ctx, v);
  const sso = singleSignOnUser(ctx, v);
  if (sso) return pick(ctx, authorizeUrl, sso.id, lang);
  return pickStep(ctx, v);
}

/**
 * Entra skips its account picker when the browser already has a session for the hinted user (MSAL sends the
 * account's username as login_hint) and the app asked neither to pick an account nor to re-enter credentials.
 * Without MFA done for the tenant the page is still shown: authenticating there is what satisfies MFA here.
 */
function singleSignOnUser(ctx: EmuContext, v: Validated): UserSpec | undefined {
  const session = ctx.state.session;
  if (v.req.flow !== 'authorize' || !session || !v.req.loginHint) return undefined;
  if (v.req.prompt === 'select_account' || v.req.prompt === 'login') return undefined;
  const user = findUser(ctx.state.world, session.userId);
  if (!user || findUserByHint(ctx.state.world, v.req.loginHint)?.id !== user.id) return undefined;
  const tenant = tenantFor(ctx, v, user);
  if (!tenant || !mfaSatisfied(user, tenant, session.mfaTenants)) return undefined;
  return user;
}

function pickedUser(
  ctx: EmuContext,
  v: Validated,
  userId: string,
  lang: PageLanguage,
): { user: UserSpec; tenant: TenantSpec } | SignInStepBody {
  const user = findUser(ctx.state.world, userId);
  const tenant = user ? tenantFor(ctx, v, user) : v.tenant;
  if (!user || !tenant) {
    return errorStep(
      aad.userNotFound(v.tenant?.displayName ?? v.req.tenantRef),
      v.req.correlationId,
      pageText(lang, 'error.userNotFound'),
      ctx.now(),
    );
  }
  const blocked = crossTenantBlock(ctx, user, tenant);
  if (blocked) return blockStep(ctx, v.req, blocked, tenant, lang);
  return { user, tenant };
}

async function pick(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  lang: PageLanguage,
): Promise<SignInStepBody> {
  const v = validate(ctx, authorizeUrl, lang);
  if (!v.ok) return v.step;
  const picked = pickedUser(ctx, v, userId, lang);
  if ('kind' in picked) return picked;
  const { user, tenant } = picked;
  if (v.req.flow === 'adminconsent') {
    if (!isMember(user, tenant.id))
      return errorRedirect(ctx, v.req, redirectFlavour(aad.userNotInTenant(user, tenant, ctx.state.app)));
    startSession(ctx, user, tenant);
    // Someone who is not an administrator meets Entra's "Need admin approval" page, as on a sign-in.
    if (!isAdminOf(user, tenant.id))
      return approvalStep(ctx, v, user, tenant, aad.adminApprovalRequired(ctx.state.app), lang);
    return consentStep(ctx, v, user, true, lang);
  }
  const fail = membershipAndPrincipal(ctx, user, tenant, v.resource);
  if (fail) return errorRedirect(ctx, v.req, redirectFlavour(fail));
  const device = guestDeviceBlock(user, tenant);
  if (device) return blockStep(ctx, v.req, device, tenant, lang);
  startSession(ctx, user, tenant);
  if (needsSecondFactor(ctx, v, user) || guestNeedsSecondFactor(ctx, user, tenant)) return mfaStep(ctx, v, user);
  return afterAuthentication(ctx, v, user, tenant, lang);
}

/** The user is authenticated (MFA included when asked for): a code, or the consent or approval page first. */
function afterAuthentication(
  ctx: EmuContext,
  v: Validated,
  user: UserSpec,
  tenant: TenantSpec,
  lang: PageLanguage,
): SignInStepBody {
  if (grantExists(ctx, user, tenant, v.resource) && v.req.prompt !== 'consent') return issueCode(ctx, v, user, tenant);
  const admin = isAdminOf(user, tenant.id);
  const blocked = approvalNeeded(ctx, tenant, admin);
  if (blocked) return approvalStep(ctx, v, user, tenant, blocked, lang);
  return consentStep(ctx, v, user, admin, lang);
}

/** The MFA page approved: the session has a second factor from now on, and the sign-in goes on. */
async function secondFactor(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  lang: PageLanguage,
): Promise<SignInStepBody> {
  const v = validate(ctx, authorizeUrl, lang);
  if (!v.ok) return v.step;
  const picked = pickedUser(ctx, v, userId, lang);
  if ('kind' in picked) return picked;
  const { user, tenant } = picked;
  const session = ctx.state.session;
  // Only the person who just entered their password can add the second factor to the session.
  if (v.req.flow !== 'authorize' || !session || session.userId !== user.id) return pickStep(ctx, v);
  const fail = membershipAndPrincipal(ctx, user, tenant, v.resource);
  if (fail) return errorRedirect(ctx, v.req, redirectFlavour(fail));
  const device = guestDeviceBlock(user, tenant);
  if (device) return blockStep(ctx, v.req, device, tenant, lang);
  session.mfa = true;
  return afterAuthentication(ctx, v, user, tenant, lang);
}

async function consent(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  decision: ConsentDecision,
  lang: PageLanguage,
): Promise<SignInStepBody> {
  const v = validate(ctx, authorizeUrl, lang);
  if (!v.ok) return v.step;
  const picked = pickedUser(ctx, v, userId, lang);
  if ('kind' in picked) return picked;
  const { user, tenant } = picked;
  const now = ctx.now();
  const clientId = ctx.state.app.clientId;
  if (v.req.flow === 'adminconsent') {
    if (!isMember(user, tenant.id))
      return errorRedirect(ctx, v.req, redirectFlavour(aad.userNotInTenant(user, tenant, ctx.state.app)));
    if (!isAdminOf(user, tenant.id)) return errorRedirect(ctx, v.req, aad.notAllowedToConsentForOrg());
    if (decision === 'decline') return errorRedirect(ctx, v.req, aad.consentDeclined());
    // Admin consent is what creates a first-party service principal that registration has not.
    grantAdminConsent(ctx.state.world, tenant.id, clientId, v.resource, now);
    return adminConsentDone(v, tenant);
  }
  const fail = membershipAndPrincipal(ctx, user, tenant, v.resource);
  if (fail) return errorRedirect(ctx, v.req, redirectFlavour(fail));
  const device = guestDeviceBlock(user, tenant);
  if (device) return blockStep(ctx, v.req, device, tenant, lang);
  if (guestNeedsSecondFactor(ctx, user, tenant)) return mfaStep(ctx, v, user);
  if (decision === 'decline') return errorRedirect(ctx, v.req, aad.consentDeclined(), [['error_subcode', 'cancel']]);
  const admin = isAdminOf(user, tenant.id);
  const blocked = approvalNeeded(ctx, tenant, admin);
  if (blocked) return approvalStep(ctx, v, user, tenant, blocked, lang);
  if (decision === 'accept-for-organization') {
    if (!admin) return errorRedirect(ctx, v.req, aad.notAllowedToConsentForOrg());
    addGrant(ctx.state.world, { tenantId: tenant.id, clientId, resourceAppId: v.resource.appId, grantedAt: now });
  } else {
    addGrant(ctx.state.world, {
      tenantId: tenant.id,
      clientId,
      resourceAppId: v.resource.appId,
      userId: user.id,
      grantedAt: now,
    });
  }
  startSession(ctx, user, tenant);
  return issueCode(ctx, v, user, tenant);
}

/** Longest justification the page accepts. */
export const MAX_JUSTIFICATION = 500;

/** The "Need admin approval" page's actions (see signInApproval). */
async function approval(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  action: ApprovalAction,
  lang: PageLanguage,
): Promise<SignInStepBody> {
  const v = validate(ctx, authorizeUrl, lang);
  if (!v.ok) return v.step;
  if (action.kind === 'other-account') return pickStep(ctx, v);
  const picked = pickedUser(ctx, v, userId, lang);
  if ('kind' in picked) return picked;
  const { user, tenant } = picked;
  const admin = isAdminOf(user, tenant.id);
  // On the admin consent endpoint only an administrator may go on, whatever users may consent to.
  const why =
    v.req.flow === 'adminconsent'
      ? admin
        ? null
        : aad.adminApprovalRequired(ctx.state.app)
      : approvalNeeded(ctx, tenant, admin);
  if (action.kind === 'return' || !why) {
    return errorRedirect(ctx, v.req, aad.consentDeclined(), [['error_subcode', 'cancel']], { adminConsentFlag: false });
  }
  if (!tenant.adminConsentWorkflow) return approvalStep(ctx, v, user, tenant, why, lang);
  const justification = action.justification.trim();
  if (!justification)
    return approvalStep(ctx, v, user, tenant, why, lang, pageText(lang, 'approval.justificationEmpty'));
  if (justification.length > MAX_JUSTIFICATION) {
    return approvalStep(
      ctx,
      v,
      user,
      tenant,
      why,
      lang,
      pageText(lang, 'approval.justificationTooLong', { max: MAX_JUSTIFICATION }),
    );
  }
  addConsentRequest(ctx.state.world, {
    tenantId: tenant.id,
    clientId: ctx.state.app.clientId,
    userId: user.id,
    resourceAppId: v.resource.appId,
    justification,
    at: ctx.now(),
  });
  return approvalStep(ctx, v, user, tenant, why, lang);
}

/**
 * The language of the page for this request, as Entra ID chooses it: `ui_locales` in the authorize URL, else the
 * browser's Accept-Language, else English. Every step carries it, so either page (in the browser or served) speaks it.
 */
export function signInLanguage(authorizeUrl: string, browser: SignInBrowser = {}): PageLanguage {
  return pageLanguageForUrl(authorizeUrl, browser.acceptLanguage);
}

async function inLanguage(
  authorizeUrl: string,
  browser: SignInBrowser,
  run: (lang: PageLanguage) => Promise<SignInStepBody>,
): Promise<SignInStep> {
  const lang = signInLanguage(authorizeUrl, browser);
  return { ...(await run(lang)), lang };
}

export function signInStart(ctx: EmuContext, authorizeUrl: string, browser: SignInBrowser = {}): Promise<SignInStep> {
  return inLanguage(authorizeUrl, browser, (lang) => start(ctx, authorizeUrl, lang));
}

export function signInPick(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  browser: SignInBrowser = {},
): Promise<SignInStep> {
  return inLanguage(authorizeUrl, browser, (lang) => pick(ctx, authorizeUrl, userId, lang));
}

/** The MFA page's approval (see the `mfa` step). */
export function signInMfa(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  browser: SignInBrowser = {},
): Promise<SignInStep> {
  return inLanguage(authorizeUrl, browser, (lang) => secondFactor(ctx, authorizeUrl, userId, lang));
}

export function signInConsent(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  decision: ConsentDecision,
  browser: SignInBrowser = {},
): Promise<SignInStep> {
  return inLanguage(authorizeUrl, browser, (lang) => consent(ctx, authorizeUrl, userId, decision, lang));
}

/**
 * The "Need admin approval" page's actions. Returning without consent sends the app what a declined consent
 * sends (access_denied, AADSTS65004, error_subcode=cancel): the app cannot tell the two apart.
 */
export function signInApproval(
  ctx: EmuContext,
  authorizeUrl: string,
  userId: string,
  action: ApprovalAction,
  browser: SignInBrowser = {},
): Promise<SignInStep> {
  return inLanguage(authorizeUrl, browser, (lang) => approval(ctx, authorizeUrl, userId, action, lang));
}
