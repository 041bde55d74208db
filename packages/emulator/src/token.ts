/**
 * POST /{tenant}/oauth2/v2.0/token: the authorization_code (with PKCE) and refresh_token grants, and the
 * tokens they return. Access tokens are v1-shaped like real ARM tokens; id tokens are v2.
 */
import { grantExists, membershipAndPrincipal, mfaSatisfied } from './access';
import { amrClaim, claimsAsked } from './mfa';
import { crossTenantBlock, guestDeviceBlock, guestMfaMissing, type MfaProof } from './cross-tenant';
import type { EmuContext } from './context';
import { entraCorsHeaders } from './cors';
import { base64UrlEncodeText, newGuid, randomBase64Url, sha256Base64Url } from './encoding';
import { aad, aadErrorBody, type AadError } from './errors';
import { formBody, header, json } from './http';
import { grantedScopeString, listedOnRegistration, parseScopes, type ResourceDef } from './resources';
import { AUTH_CODE_LIFETIME_MS, PKCE_VERIFIER, isHomeTenantAlias } from './signin';
import { signToken } from './tokens';
import type { EmuRequest, EmuResponse, TenantSpec, UserSpec } from './types';
import { findTenant, findUser, isMember, loginHintClaim, objectIdIn, settle } from './world';

/** SPA refresh tokens live 24 hours, and rotation does not extend that. */
export const SPA_REFRESH_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MAX_REFRESH_TOKENS = 200;

interface TokenContext {
  ctx: EmuContext;
  req: EmuRequest;
  correlationId: string;
}

function fail(t: TokenContext, err: AadError): EmuResponse {
  const body = aadErrorBody(err, t.ctx.now(), t.correlationId);
  return json(400, body, {
    ...entraCorsHeaders(),
    'x-ms-request-id': body.trace_id,
    'client-request-id': t.correlationId,
  });
}

export function correlationIdOf(req: EmuRequest, url: URL, form?: URLSearchParams): string {
  return (
    header(req, 'client-request-id') ??
    url.searchParams.get('client-request-id') ??
    form?.get('client-request-id') ??
    newGuid()
  );
}

async function pkceMatches(verifier: string, challenge: string, method: string | undefined): Promise<boolean> {
  if ((method ?? 'plain').toUpperCase() === 'S256') return (await sha256Base64Url(verifier)) === challenge;
  return verifier === challenge;
}

/** Pairwise subject, as Entra makes `sub` differ per app for the same user. */
async function pairwiseSub(clientId: string, oid: string): Promise<string> {
  return sha256Base64Url(`${clientId}:${oid}`);
}

interface Issue {
  user: UserSpec;
  tenant: TenantSpec;
  resource: ResourceDef;
  permissions: string[];
  oidc: string[];
  nonce?: string;
  refreshExpiresAt: number;
  mfaTenants: string[];
  /** issued to a single-page app (a cross-origin redemption): only redeemable cross-origin again */
  spa: boolean;
  /** the sign-in included a second factor; the authentication contexts it satisfied */
  mfa: boolean;
  acrs: string[];
}

function pruneRefreshTokens(ctx: EmuContext): void {
  const now = ctx.now();
  const entries = Object.entries(ctx.state.refreshTokens);
  for (const [rt, rec] of entries) if (rec.expiresAt <= now) delete ctx.state.refreshTokens[rt];
  const alive = Object.entries(ctx.state.refreshTokens).sort((a, b) => a[1].issuedAt - b[1].issuedAt);
  for (const [rt] of alive.slice(0, Math.max(0, alive.length - MAX_REFRESH_TOKENS))) delete ctx.state.refreshTokens[rt];
}

async function issueTokens(t: TokenContext, issue: Issue): Promise<EmuResponse> {
  const { ctx } = t;
  const { user, tenant, resource } = issue;
  const clientId = ctx.state.app.clientId;
  const now = ctx.now();
  const iat = Math.floor(now / 1000);
  // Entra spreads access token lifetimes between 60 and 90 minutes.
  const expiresIn = 3599 + Math.floor(Math.random() * 1801);
  const guest = user.homeTenantId !== tenant.id;
  // A guest is another object in the directory that issues the token: its own oid, and no upn (entra-docs access
  // token claims reference); the home UPN stays in unique_name and the id token's preferred_username.
  const oid = objectIdIn(user, tenant.id);
  const accessToken = await signToken(ctx.state.secret, {
    aud: resource.uri,
    iss: `https://sts.windows.net/${tenant.id}/`,
    iat,
    nbf: iat,
    exp: iat + expiresIn,
    acr: '1',
    amr: amrClaim(issue.mfa),
    ...(issue.acrs.length > 0 ? { acrs: issue.acrs } : {}),
    appid: clientId,
    appidacr: '0',
    ...(guest ? { idp: `https://sts.windows.net/${user.homeTenantId}/` } : {}),
    name: user.displayName,
    oid,
    scp: issue.permissions.join(' '),
    sub: await pairwiseSub(resource.appId, oid),
    tid: tenant.id,
    unique_name: user.upn,
    ...(guest ? {} : { upn: user.upn }),
    uti: randomBase64Url(16),
    ver: '1.0',
  });
  const oidc = issue.oidc.map((s) => s.toLowerCase());
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: grantedScopeString(resource, issue.permissions),
    expires_in: expiresIn,
    ext_expires_in: expiresIn,
    access_token: accessToken,
  };
  if (oidc.includes('offline_access')) {
    pruneRefreshTokens(ctx);
    const refreshToken = `emu.rt.${randomBase64Url(48)}`;
    ctx.state.refreshTokens[refreshToken] = {
      clientId,
      userId: user.id,
      issuedAt: now,
      expiresAt: issue.refreshExpiresAt,
      mfaTenants: [...issue.mfaTenants],
      spa: issue.spa,
      mfa: issue.mfa,
      ...(issue.acrs.length > 0 ? { acrs: [...issue.acrs] } : {}),
    };
    body.refresh_token = refreshToken;
    body.refresh_token_expires_in = Math.max(0, Math.floor((issue.refreshExpiresAt - now) / 1000));
  }
  if (oidc.includes('openid')) {
    body.id_token = await signToken(ctx.state.secret, {
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tenant.id}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + 3600,
      name: user.displayName,
      ...(issue.nonce !== undefined ? { nonce: issue.nonce } : {}),
      oid,
      ...(ctx.state.app.idTokenOptionalClaims?.includes('login_hint') ? { login_hint: loginHintClaim(user) } : {}),
      preferred_username: user.upn,
      amr: amrClaim(issue.mfa),
      sub: await pairwiseSub(clientId, oid),
      tid: tenant.id,
      uti: randomBase64Url(16),
      ver: '2.0',
    });
  }
  body.client_info = base64UrlEncodeText(JSON.stringify({ uid: user.id, utid: user.homeTenantId }));
  return json(200, body, {
    ...entraCorsHeaders(),
    pragma: 'no-cache',
    'x-ms-request-id': newGuid(),
    'client-request-id': t.correlationId,
  });
}

/**
 * Steps 1-3 of "who gets a token", in the token endpoint's wording: first what stands between a user and another
 * directory (tenant restrictions, cross-tenant access settings), membership, the directory's Conditional Access for
 * guests and MFA, then the resource's service principal and the grant.
 */
function accessError(
  t: TokenContext,
  user: UserSpec,
  tenant: TenantSpec,
  resource: ResourceDef,
  proof: MfaProof,
): AadError | null {
  const blocked = crossTenantBlock(t.ctx, user, tenant);
  if (blocked) return blocked;
  if (!isMember(user, tenant.id)) return aad.userNotInTenant(user, tenant, t.ctx.state.app);
  const device = guestDeviceBlock(user, tenant);
  if (device) return device;
  if (guestMfaMissing(user, tenant, proof) || !mfaSatisfied(user, tenant, proof.mfaTenants))
    return aad.mfaRequired(resource);
  const missing = membershipAndPrincipal(t.ctx, user, tenant, resource);
  if (missing) return missing;
  if (!grantExists(t.ctx, user, tenant, resource)) return aad.consentRequired(t.ctx.state.app);
  return null;
}

export async function tokenEndpoint(
  ctx: EmuContext,
  req: EmuRequest,
  url: URL,
  tenantRef: string,
): Promise<EmuResponse> {
  const form = formBody(req);
  const t: TokenContext = { ctx, req, correlationId: correlationIdOf(req, url, form) };
  settle(ctx.state.world, ctx.state.scenario, ctx.now());
  let namedTenant: TenantSpec | null = null;
  if (!isHomeTenantAlias(tenantRef)) {
    const found = findTenant(ctx.state.world, tenantRef);
    if (!found) return fail(t, aad.tenantNotFound(tenantRef));
    namedTenant = found;
  }
  const clientId = form.get('client_id');
  if (!clientId) return fail(t, aad.missingParameter('client_id'));
  if (clientId !== ctx.state.app.clientId)
    return fail(t, aad.appNotFound(clientId, namedTenant?.displayName ?? tenantRef));
  const grantType = form.get('grant_type');
  if (!grantType) return fail(t, aad.missingParameter('grant_type'));
  if (grantType === 'authorization_code') return authorizationCode(t, form, namedTenant);
  if (grantType === 'refresh_token') return refreshToken(t, form, namedTenant);
  return fail(t, aad.unsupportedGrantType(grantType));
}

function scopeError(
  parsed: Exclude<ReturnType<typeof parseScopes>, { ok: true }>,
  tenant: TenantSpec | undefined,
): AadError {
  return parsed.error === 'invalid_scope'
    ? aad.invalidScope(parsed.scope)
    : aad.invalidResource(parsed.resourceName, tenant);
}

async function authorizationCode(
  t: TokenContext,
  form: URLSearchParams,
  namedTenant: TenantSpec | null,
): Promise<EmuResponse> {
  const { ctx } = t;
  const code = form.get('code');
  if (!code) return fail(t, aad.missingParameter('code'));
  const record = ctx.state.codes[code];
  if (!record || record.clientId !== ctx.state.app.clientId) return fail(t, aad.codeInvalid());
  if (record.redeemed) return fail(t, aad.codeRedeemed());
  if (ctx.now() - record.issuedAt > AUTH_CODE_LIFETIME_MS) return fail(t, aad.codeExpired());
  if (namedTenant && namedTenant.id !== record.tenantId) return fail(t, aad.codeOtherTenant());
  const redirectUri = form.get('redirect_uri') ?? '';
  if (redirectUri !== record.redirectUri) return fail(t, aad.replyAddressMismatch(redirectUri, record.redirectUri));
  // The redirect URI's platform decides who may redeem: a browser (cross-origin) only for SPA ones, a server for the rest.
  const origin = header(t.req, 'origin');
  const spa = ctx.state.app.spaRedirectUris.includes(redirectUri);
  if (origin !== undefined && !spa) return fail(t, aad.crossOriginRedemptionNotSpa(origin));
  if (origin === undefined && spa) return fail(t, aad.spaCodeNotCrossOrigin());
  if (record.codeChallenge === undefined) return fail(t, aad.pkceRequired());
  const verifier = form.get('code_verifier');
  // A verifier outside RFC 7636's 43-128 unreserved characters cannot be one a challenge was made from.
  if (
    !verifier ||
    !PKCE_VERIFIER.test(verifier) ||
    !(await pkceMatches(verifier, record.codeChallenge, record.codeChallengeMethod))
  ) {
    return fail(t, aad.pkceMismatch());
  }
  record.redeemed = true;
  const user = findUser(ctx.state.world, record.userId);
  const tenant = findTenant(ctx.state.world, record.tenantId);
  if (!user || !tenant) return fail(t, aad.codeInvalid());
  const parsed = parseScopes(form.get('scope') ?? record.scope);
  if (!parsed.ok) return fail(t, scopeError(parsed, tenant));
  if (parsed.usesDefault && !listedOnRegistration(ctx.state.app.apiPermissions, parsed.resource)) {
    return fail(t, aad.resourceNotListed(ctx.state.app, parsed.resource));
  }
  // The code proves an interactive sign-in in its tenant, MFA included.
  const mfaTenants = [tenant.id];
  const mfa = record.mfa === true || user.requiresMfa === true;
  const err = accessError(t, user, tenant, parsed.resource, { mfa, mfaTenants });
  if (err) return fail(t, err);
  return issueTokens(t, {
    user,
    tenant,
    resource: parsed.resource,
    permissions: parsed.permissions,
    oidc: parsed.oidc,
    ...(record.nonce !== undefined ? { nonce: record.nonce } : {}),
    refreshExpiresAt: ctx.now() + SPA_REFRESH_TOKEN_LIFETIME_MS,
    mfaTenants,
    spa,
    mfa,
    acrs: record.acrs ?? [],
  });
}

async function refreshToken(
  t: TokenContext,
  form: URLSearchParams,
  namedTenant: TenantSpec | null,
): Promise<EmuResponse> {
  const { ctx } = t;
  const token = form.get('refresh_token');
  if (!token) return fail(t, aad.missingParameter('refresh_token'));
  const record = ctx.state.refreshTokens[token];
  if (!record || record.clientId !== ctx.state.app.clientId) return fail(t, aad.refreshTokenInvalid());
  if (record.expiresAt <= ctx.now()) return fail(t, aad.refreshTokenExpired());
  // A SPA's refresh token, like its codes, is redeemed cross-origin only (AADSTS9002327; MSAL.js issues #2458, #3032).
  if (record.spa !== false && header(t.req, 'origin') === undefined) return fail(t, aad.spaCodeNotCrossOrigin());
  const user = findUser(ctx.state.world, record.userId);
  if (!user) return fail(t, aad.refreshTokenInvalid());
  // organizations/common mean the user's home tenant; a named tenant may be one the user is a guest in.
  const tenant = namedTenant ?? findTenant(ctx.state.world, user.homeTenantId);
  if (!tenant) return fail(t, aad.refreshTokenInvalid());
  const parsed = parseScopes(form.get('scope') ?? 'openid profile offline_access');
  if (!parsed.ok) return fail(t, scopeError(parsed, tenant));
  if (parsed.usesDefault && !listedOnRegistration(ctx.state.app.apiPermissions, parsed.resource)) {
    return fail(t, aad.resourceNotListed(ctx.state.app, parsed.resource));
  }
  const mfa = record.mfa === true || user.requiresMfa === true;
  const err = accessError(t, user, tenant, parsed.resource, { mfa, mfaTenants: record.mfaTenants });
  if (err) return fail(t, err);
  // A refresh cannot add a second factor: claims asking for one the sign-in did not do need the sign-in page.
  const asked = claimsAsked(form.get('claims'));
  const acrs = record.acrs ?? [];
  if (asked.mfa && (record.mfa !== true || !asked.acrs.every((c) => acrs.includes(c))))
    return fail(t, aad.mfaRequired(parsed.resource));
  return issueTokens(t, {
    user,
    tenant,
    resource: parsed.resource,
    permissions: parsed.permissions,
    oidc: parsed.oidc,
    refreshExpiresAt: record.expiresAt,
    mfaTenants: record.mfaTenants,
    spa: record.spa !== false,
    mfa,
    acrs,
  });
}
