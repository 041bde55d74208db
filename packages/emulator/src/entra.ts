/**
 * login.microsoftonline.com: instance discovery, OpenID configuration, the sign-in pages (authorize and
 * admin consent, rendered server-side for the HTTPS emulator), the token endpoint and logout.
 */
import type { EmuContext } from './context';
import { entraCorsHeaders } from './cors';
import { newGuid } from './encoding';
import { aad, aadErrorBody } from './errors';
import { formBody, header, html, json, notFound, redirect } from './http';
import { renderSignInPage, renderSignOutPickPage, renderSignedOutPage } from './html';
import {
  isHomeTenantAlias,
  registeredRedirectUris,
  signInApproval,
  signInConsent,
  signInFlowOf,
  signInMfa,
  signInPick,
  signInStart,
  type SignInBrowser,
} from './signin';
import { correlationIdOf, tokenEndpoint } from './token';
import type { ApprovalAction, ConsentDecision, EmuRequest, EmuResponse, SignInStep } from './types';
import { findTenant, findUser, findUserByHint } from './world';
import { pageLanguageForUrl } from './page-texts';

export const ENTRA_HOST = 'login.microsoftonline.com';
const AUTHORITY = `https://${ENTRA_HOST}`;

export async function handleEntra(ctx: EmuContext, req: EmuRequest, url: URL): Promise<EmuResponse> {
  const method = req.method.toUpperCase();
  const parts = url.pathname.split('/').filter((p) => p.length > 0);
  const lower = parts.map((p) => p.toLowerCase());
  const tenantRef = parts[0] ?? '';

  if (lower.length === 3 && lower[1] === 'discovery' && lower[2] === 'instance' && method === 'GET') {
    return instanceDiscovery(url);
  }
  if (
    lower.length === 4 &&
    lower[1] === 'v2.0' &&
    lower[2] === '.well-known' &&
    lower[3] === 'openid-configuration' &&
    method === 'GET'
  ) {
    return openIdConfiguration(ctx, req, url, tenantRef);
  }
  if (signInFlowOf(url)) {
    if (method === 'GET') return stepResponse(await signInStart(ctx, url.href, browserOf(req)), url.href);
    if (method === 'POST') return signInPost(ctx, req, url);
  }
  if (lower.length === 4 && lower[1] === 'oauth2' && lower[2] === 'v2.0' && lower[3] === 'token') {
    if (method === 'POST') return tokenEndpoint(ctx, req, url, tenantRef);
    const body = aadErrorBody(
      { error: 'invalid_request', code: 900561, text: 'The endpoint only accepts POST requests.' },
      ctx.now(),
      correlationIdOf(req, url),
    );
    return json(405, body, entraCorsHeaders());
  }
  if (
    lower.length === 4 &&
    lower[1] === 'oauth2' &&
    lower[2] === 'v2.0' &&
    lower[3] === 'logout' &&
    (method === 'GET' || method === 'POST')
  ) {
    return logout(ctx, req, url);
  }
  return notFound();
}

/** What the browser says beside the URL: its languages, for the page's language when ui_locales names none. */
function browserOf(req: EmuRequest): SignInBrowser {
  const acceptLanguage = header(req, 'accept-language');
  return acceptLanguage ? { acceptLanguage } : {};
}

function stepResponse(step: SignInStep, formAction: string): EmuResponse {
  if (step.kind === 'redirect') return redirect(step.location);
  return html(200, renderSignInPage(step, formAction));
}

function asDecision(values: string[]): ConsentDecision | undefined {
  // The consent form may send the org checkbox and the pressed button together: a decline always wins.
  if (values.length === 0) return undefined;
  if (values.includes('decline')) return 'decline';
  if (values.includes('accept-for-organization')) return 'accept-for-organization';
  if (values.includes('accept')) return 'accept';
  return undefined;
}

function asApprovalAction(value: string | null, justification: string | null): ApprovalAction | undefined {
  if (value === 'return' || value === 'other-account') return { kind: value };
  if (value === 'request') return { kind: 'request', justification: justification ?? '' };
  return undefined;
}

async function signInPost(ctx: EmuContext, req: EmuRequest, url: URL): Promise<EmuResponse> {
  const form = formBody(req);
  const user = form.get('user');
  const browser = browserOf(req);
  if (!user) return stepResponse(await signInStart(ctx, url.href, browser), url.href);
  if (form.get('mfa') === 'approve') return stepResponse(await signInMfa(ctx, url.href, user, browser), url.href);
  const approval = asApprovalAction(form.get('approval'), form.get('justification'));
  if (approval) return stepResponse(await signInApproval(ctx, url.href, user, approval, browser), url.href);
  const decision = asDecision(form.getAll('decision'));
  const step = decision
    ? await signInConsent(ctx, url.href, user, decision, browser)
    : await signInPick(ctx, url.href, user, browser);
  return stepResponse(step, url.href);
}

function instanceDiscovery(url: URL): EmuResponse {
  let tenant = 'common';
  const endpoint = url.searchParams.get('authorization_endpoint');
  if (endpoint) {
    try {
      tenant = new URL(endpoint).pathname.split('/').filter((p) => p.length > 0)[0] ?? 'common';
    } catch {
      // keep "common"
    }
  }
  return json(
    200,
    {
      tenant_discovery_endpoint: `${AUTHORITY}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: ENTRA_HOST,
          preferred_cache: 'login.windows.net',
          aliases: [ENTRA_HOST, 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
        },
      ],
    },
    entraCorsHeaders(),
  );
}

function openIdConfiguration(ctx: EmuContext, req: EmuRequest, url: URL, tenantRef: string): EmuResponse {
  let segment: string;
  let issuer: string;
  if (isHomeTenantAlias(tenantRef)) {
    segment = tenantRef.toLowerCase();
    issuer = `${AUTHORITY}/{tenantid}/v2.0`;
  } else {
    const tenant = findTenant(ctx.state.world, tenantRef);
    if (!tenant)
      return json(
        400,
        aadErrorBody(aad.tenantNotFound(tenantRef), ctx.now(), correlationIdOf(req, url)),
        entraCorsHeaders(),
      );
    segment = tenant.id;
    issuer = `${AUTHORITY}/${tenant.id}/v2.0`;
  }
  const base = `${AUTHORITY}/${segment}`;
  return json(
    200,
    {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer,
      request_uri_parameter_supported: false,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    },
    entraCorsHeaders(),
  );
}

/**
 * Sign-out (Learn, "OpenID Connect on the Microsoft identity platform", "Send a sign-out request"): without a
 * `logout_hint` naming the session's account Entra asks which account to sign out; afterwards it returns to
 * `post_logout_redirect_uri` only when that address is registered for the app, exactly, and otherwise says the user
 * signed out on its own page.
 */
function logout(ctx: EmuContext, req: EmuRequest, url: URL): EmuResponse {
  const lang = pageLanguageForUrl(url, header(req, 'accept-language'));
  const session = ctx.state.session;
  const sessionUser = session ? findUser(ctx.state.world, session.userId) : undefined;
  const hinted = findUserByHint(ctx.state.world, url.searchParams.get('logout_hint'));
  const picked = req.method.toUpperCase() === 'POST' ? formBody(req).get('account') : null;
  const named = hinted ?? (picked ? findUser(ctx.state.world, picked) : undefined);
  if (sessionUser && named?.id !== sessionUser.id) {
    // The accounts this browser is signed in with: the emulator keeps one session.
    const accounts = [{ id: sessionUser.id, upn: sessionUser.upn, displayName: sessionUser.displayName }];
    return html(200, renderSignOutPickPage(lang, url.href, accounts));
  }
  ctx.state.session = null;
  const target = url.searchParams.get('post_logout_redirect_uri');
  if (target && registeredRedirectUris(ctx.state.app).includes(target)) return redirect(target);
  // The signed-out page speaks ui_locales too (the portal sends it to logout as to authorize).
  return html(200, renderSignedOutPage(lang, target ?? undefined, newGuid()));
}
