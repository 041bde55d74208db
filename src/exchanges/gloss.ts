import type { Exchange } from './types';

/** Plain words for what happened in one exchange. Pure: it reads only the (redacted) entry. */

const RESOURCE_NAMES: Array<[RegExp, string]> = [
  [/digitaltwins\.azure\.net|0b07f429-9f4b-4714-9392-cc5e8e80c8b0/i, 'Azure Digital Twins'],
  [/management\.(azure\.com|core\.windows\.net|usgovcloudapi\.net|chinacloudapi\.cn)/i, 'Azure Resource Manager'],
  [/graph\.microsoft\.com/i, 'Microsoft Graph'],
];

/** The resource a token request was for, in words, from its scopes. */
export function resourceOf(scopes: string[]): string | undefined {
  const named = scopes.filter((s) => !['openid', 'profile', 'offline_access', 'email'].includes(s.toLowerCase()));
  for (const scope of named) {
    const hit = RESOURCE_NAMES.find(([pattern]) => pattern.test(scope));
    if (hit) return hit[1];
  }
  return named[0];
}

const AADSTS: Record<string, string> = {
  AADSTS650052: 'Entra ID does not know {resource} in this directory yet: its service principal is missing until the resource provider is registered',
  AADSTS65001: 'Entra ID needs consent first: nobody has agreed to let the app use {resource} yet',
  AADSTS65004: 'the person declined the permissions the app asked for',
  AADSTS90094: 'only an administrator may grant these permissions in this directory',
  AADSTS650057: 'the app registration does not list {resource} among its API permissions',
  AADSTS50076: 'the directory requires multi-factor authentication for this',
  AADSTS50020: 'the account is not a member of this directory',
  AADSTS700084: 'the refresh token has expired (single-page apps get 24 hours): a new sign-in is needed',
  AADSTS50058: 'no one is signed in to Microsoft in this browser',
  AADSTS70011: 'the scope asked for is not valid',
  AADSTS54005: 'that authorization code was already redeemed',
  AADSTS70008: 'that authorization code has expired',
};

const ARM_ERRORS: Record<string, string> = {
  InvalidAuthenticationToken: 'Azure refused the access token (401 InvalidAuthenticationToken): the portal gets a fresh one',
  ExpiredAuthenticationToken: 'Azure refused an expired access token: the portal gets a fresh one',
  InvalidAuthenticationTokenTenant: 'the subscription lives in another directory: the portal asks for a token from there',
  AuthorizationFailed: 'the signed-in account has no right to do this on the subscription',
  InvalidResourceNamespace: 'this Azure cloud does not know the resource provider namespace',
  SubscriptionNotFound: 'Azure does not know this subscription (or the account cannot see it)',
  ReadOnlyDisabledSubscription: 'the subscription is disabled, so it is read-only',
};

function tokenRequestGloss(e: Exchange): string {
  const form = new Map(e.form ?? []);
  const scopes = e.scopes ?? (form.get('scope') ?? '').split(' ').filter(Boolean);
  const resource = resourceOf(scopes) ?? 'a resource';
  const how =
    form.get('grant_type') === 'authorization_code'
      ? 'for the sign-in code'
      : form.get('grant_type') === 'refresh_token'
        ? 'with the refresh token'
        : '';
  const code = e.outcome.aadsts;
  if (e.status === 200 || (e.kind === 'msal' && !e.msalError && !code)) {
    const expiry = e.claims?.exp !== undefined ? e.claims.exp * 1000 : e.expiresOn;
    const until = expiry !== undefined ? `, valid until ${new Date(expiry).toISOString().slice(11, 16)} UTC` : '';
    return `Entra ID issued a token for ${resource}${how ? ` ${how}` : ''}${until}.`;
  }
  if (code && AADSTS[code]) return `Entra ID refused a token for ${resource}: ${AADSTS[code].replace('{resource}', resource)} (${code}).`;
  if (code) return `Entra ID refused a token for ${resource} (${code}).`;
  if (e.kind === 'msal') return `The token request for ${resource} did not succeed (${e.msalError ?? 'no code'}).`;
  return `Entra ID answered ${e.status} to a token request for ${resource}.`;
}

/** The fields of a redirect back to the app: in the fragment (sign-in) or the query (admin consent). */
function returnedFields(location: string | undefined): URLSearchParams {
  if (!location) return new URLSearchParams();
  try {
    const url = new URL(location);
    return new URLSearchParams(url.hash.includes('=') ? url.hash.slice(1) : url.search);
  } catch {
    return new URLSearchParams();
  }
}

/** Microsoft's sign-in or admin consent page (seen in demo mode only): what it sent the browser back with. */
function signInPageGloss(e: Exchange, adminConsent: boolean): string {
  const back = returnedFields(e.responseHeaders.location);
  const page = adminConsent ? 'Entra ID’s admin consent page' : 'Entra ID’s sign-in page';
  const error = back.get('error');
  if (error) {
    const code = e.outcome.aadsts ?? /AADSTS\d+/.exec(back.get('error_description') ?? '')?.[0];
    let scopes: string[] = [];
    try {
      scopes = (new URL(e.url).searchParams.get('scope') ?? '').split(' ').filter(Boolean);
    } catch {
      // no scope to name
    }
    const why = code && AADSTS[code] ? `: ${AADSTS[code].replace('{resource}', resourceOf(scopes) ?? 'the resource')}` : '';
    return `${page} sent the browser back without ${adminConsent ? 'consent' : 'a sign-in code'}${why} (${code ? `${code}, ` : ''}${error}).`;
  }
  if (e.status >= 400) return `${page} answered ${e.status}.`;
  if (adminConsent) return `${page} sent the browser back: an administrator granted the app’s permissions for the whole organization.`;
  return `${page} sent the browser back with a one-time sign-in code (never shown), which MSAL redeems at the token endpoint.`;
}

export function gloss(e: Exchange): string {
  if (e.method === 'OPTIONS') return 'The browser asked whether it may send this request (CORS preflight).';
  if (e.status === 0 && e.kind === 'http') return `No answer came back: ${e.failure ?? 'the request failed'}.`;
  if (e.service === 'entra') {
    if (/\/oauth2\/v2\.0\/token$/i.test(e.path.split('?')[0] ?? '')) return tokenRequestGloss(e);
    if (/\/oauth2\/v2\.0\/logout/i.test(e.path)) return 'The browser signed out of Entra ID.';
    if (/\/oauth2\/v2\.0\/authorize$/i.test(e.path.split('?')[0] ?? '')) return signInPageGloss(e, false);
    if (/\/v2\.0\/adminconsent$/i.test(e.path.split('?')[0] ?? '')) return signInPageGloss(e, true);
    if (/openid-configuration|discovery\/instance/i.test(e.path)) return 'MSAL read Entra ID’s metadata for this authority (where to sign in and get tokens).';
    return e.status < 400 ? 'Entra ID answered.' : `Entra ID answered ${e.status}${e.outcome.aadsts ? ` (${e.outcome.aadsts})` : ''}.`;
  }
  const path = e.path.split('?')[0] ?? '';
  if (e.status === 429) {
    const wait = e.responseHeaders['retry-after'];
    return `Azure throttled the portal (too many requests)${wait ? ` and asked it to wait ${wait} s (Retry-After)` : ''}.`;
  }
  if (e.status >= 500) return `Azure had a temporary problem (${e.status}); the portal retries reads by itself.`;
  if (e.status >= 400) {
    const explained = e.outcome.error ? ARM_ERRORS[e.outcome.error] : undefined;
    return explained ? `${capitalise(explained)} (${e.outcome.error}).` : `Azure refused the request: ${e.status}${e.outcome.error ? ` ${e.outcome.error}` : ''}.`;
  }
  const provider = /\/providers\/([^/]+)(\/register)?$/i.exec(path);
  if (provider && e.method === 'POST' && provider[2]) {
    const state = e.outcome.registrationState;
    return `Azure accepted the registration of ${provider[1]}${state ? `; the provider is now ${state}` : ''}.`;
  }
  if (provider && e.outcome.registrationState) return `${provider[1]} is ${e.outcome.registrationState} on this subscription.`;
  if (/\/providers\/Microsoft\.Authorization\/permissions$/i.test(path)) return 'The portal read what the signed-in account may do on the subscription.';
  if (/^\/tenants$/i.test(path)) return 'The portal read the directories the account can use.';
  if (/^\/subscriptions$/i.test(path)) {
    const items = e.outcome.items ?? 0;
    return `Azure listed ${items} subscription${items === 1 ? '' : 's'}${e.outcome.nextLink ? ', with more on the next page' : ''}.`;
  }
  return `Azure answered ${e.status}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who talked to whom, in the panel's words. */
export function serviceName(e: Exchange): string {
  return e.service === 'entra' ? 'Microsoft Entra ID' : 'Azure Resource Manager';
}
