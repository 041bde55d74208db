import type { Exchange, Outcome, RawExchange, Service, TokenClaims } from './types';
import { aadstsOf, firstAadsts, isAadsts } from './aadsts';

/**
 * The one gate into the record of exchanges: every entry passes here before it is kept, so the panel, the HAR
 * export and any report can show what they read. What never gets through: authorization codes, PKCE verifiers,
 * access, refresh and ID tokens, client_info, assertions, client secrets, cookies, Authorization headers, and the
 * sign-in name and session ids that ride along (login_hint, X-AnchorMailbox, session_state).
 * Headers pass by allow-list (a header we did not name is dropped); bodies are reduced to a few facts.
 */

export const REDACTED = '[redacted]';

/** Query, fragment and form fields whose values are secrets or carry them. */
const SECRET_FIELDS = new Set([
  'code',
  'code_verifier',
  'client_info',
  'access_token',
  'refresh_token',
  'id_token',
  'id_token_hint',
  'assertion',
  'client_assertion',
  'client_secret',
  'password',
  'token',
]);

/**
 * Fields that name the person or their session with Entra ID: the sign-in name MSAL sends as `login_hint` (and as
 * `X-AnchorMailbox`, `UPN:…` or `Oid:…`, for Microsoft's routing), the `logout_hint`, and the session ids Entra ID
 * returns (`session_state`, `sid`). Support needs none of them to follow the story, and a HAR file travels.
 */
const PERSONAL_FIELDS = new Set(['login_hint', 'logout_hint', 'x-anchormailbox', 'session_state', 'sid']);

/** Headers that tell the story of an exchange; nothing else is kept. */
const REQUEST_HEADERS = [
  'accept',
  'content-type',
  'x-ms-client-request-id',
  'client-request-id',
  'x-client-sku',
  'x-client-ver',
];
const RESPONSE_HEADERS = [
  'content-type',
  'location',
  'retry-after',
  'x-ms-ratelimit-remaining-subscription-reads',
  'x-ms-ratelimit-remaining-subscription-writes',
  'x-ms-correlation-request-id',
  'x-ms-request-id',
  'x-ms-client-request-id',
  'client-request-id',
];

/** A JWT or JWT-shaped string anywhere in a kept value: a last net under the allow-lists. */
const JWT_SHAPED = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

function scrub(value: string): string {
  return value.replace(JWT_SHAPED, REDACTED);
}

function redactParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    const name = key.toLowerCase();
    out.append(key, SECRET_FIELDS.has(name) || PERSONAL_FIELDS.has(name) ? REDACTED : scrub(value));
  }
  return out;
}

/** Resolves a relative address so its query and fragment can be read; never shown. */
const RELATIVE_BASE = 'https://relative.invalid';

/** A relative address, redacted, in the form it was given: `/path?…`, `//host/path?…`, `?…` or `#…`. */
function relativeForm(raw: string, url: URL): string {
  const rest = url.search + url.hash;
  if (raw.startsWith('//')) return `//${url.host}${url.pathname}${rest}`;
  if (raw.startsWith('/')) return url.pathname + rest;
  if (raw.startsWith('?')) return rest;
  if (raw.startsWith('#')) return url.hash;
  return url.pathname.slice(1) + rest;
}

/**
 * The URL with secret query and fragment fields replaced (a `#code=...` redirect keeps its shape, not its code).
 * A relative one (a Location header, a page of this site) gets the same treatment: its fields are as secret.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  let relative = false;
  try {
    url = new URL(raw);
  } catch {
    try {
      url = new URL(raw, RELATIVE_BASE);
      relative = true;
    } catch {
      return scrub(raw);
    }
  }
  url.username = '';
  url.password = '';
  url.search = redactParams(url.searchParams).toString();
  const fragment = url.hash.slice(1);
  if (fragment) url.hash = fragment.includes('=') ? redactParams(new URLSearchParams(fragment)).toString() : REDACTED;
  // URLSearchParams encodes the brackets of [redacted]; keep them readable.
  return (relative ? relativeForm(raw, url) : url.toString()).replaceAll('%5Bredacted%5D', REDACTED);
}

function pickHeaders(headers: RawExchange['requestHeaders'], allowed: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const get =
    headers instanceof Headers
      ? (name: string) => headers.get(name) ?? undefined
      : (name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  for (const name of allowed) {
    const value = get(name);
    if (value === undefined) continue;
    out[name] = name === 'location' ? redactUrl(value) : scrub(value);
  }
  return out;
}

function serviceOf(host: string): Service {
  return host.startsWith('login.') || host.includes('microsoftonline') ? 'entra' : 'arm';
}

function isForm(contentType: string | undefined, body: string): boolean {
  if (contentType) return contentType.includes('application/x-www-form-urlencoded');
  return /^[\w.-]+=[^{]*$/.test(body);
}

/** The facts a gloss needs from an answer body; the body itself is never kept. */
export function outcomeOf(body: string | undefined): Outcome {
  if (!body || !body.trimStart().startsWith('{')) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const o = parsed as Record<string, unknown>;
  const out: Outcome = {};
  const error = o.error;
  if (typeof error === 'string') out.error = error.slice(0, 100);
  else if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    out.error = (error as { code: string }).code.slice(0, 100);
  }
  const codes = o.error_codes;
  if (Array.isArray(codes) && typeof codes[0] === 'number') out.aadsts = aadstsOf(codes[0]);
  else if (typeof o.error_description === 'string') out.aadsts = firstAadsts(o.error_description);
  if (out.aadsts === undefined) delete out.aadsts;
  if (typeof o.registrationState === 'string') out.registrationState = o.registrationState.slice(0, 40);
  if (Array.isArray(o.value)) out.items = o.value.length;
  if (typeof o.nextLink === 'string' && o.nextLink) out.nextLink = true;
  const issued = ['access_token', 'id_token', 'refresh_token'].filter((k) => typeof o[k] === 'string');
  if (issued.length) out.issued = issued;
  if (typeof o.expires_in === 'number') out.expiresIn = o.expires_in;
  return out;
}

function pickClaims(claims: Record<string, unknown> | undefined): TokenClaims | undefined {
  if (!claims) return undefined;
  const out: TokenClaims = {};
  if (typeof claims.aud === 'string') out.aud = scrub(claims.aud);
  if (typeof claims.tid === 'string') out.tid = scrub(claims.tid);
  if (typeof claims.scp === 'string') out.scp = scrub(claims.scp);
  if (typeof claims.exp === 'number') out.exp = claims.exp;
  return out;
}

/** Raw exchange in, safe entry out. Pure; `seq` is the record's to give. */
export function redactExchange(raw: RawExchange, seq: number): Exchange {
  const url = redactUrl(raw.url);
  let host = '';
  let path = url;
  try {
    const parsed = new URL(url);
    host = parsed.host;
    path = parsed.pathname + parsed.search;
  } catch {
    // not absolute: keep it as the path
  }
  const requestHeaders = pickHeaders(raw.requestHeaders, REQUEST_HEADERS);
  const responseHeaders = pickHeaders(raw.responseHeaders, RESPONSE_HEADERS);
  const body = raw.requestBody ?? '';
  const entry: Exchange = {
    seq,
    kind: raw.kind ?? 'http',
    at: raw.at,
    durationMs: Math.max(0, Math.round(raw.durationMs)),
    service: serviceOf(host),
    method: raw.method.toUpperCase().slice(0, 10),
    url,
    host,
    path,
    status: raw.status,
    requestHeaders,
    responseHeaders,
    requestBodySize: body.length,
    responseBodySize: raw.responseBody?.length ?? 0,
    outcome: outcomeOf(raw.responseBody),
  };
  if (body && isForm(requestHeaders['content-type'], body)) {
    entry.form = [...redactParams(new URLSearchParams(body))];
  }
  if (responseHeaders['content-type']) entry.responseType = responseHeaders['content-type'];
  if (raw.aadsts && isAadsts(raw.aadsts)) entry.outcome.aadsts = raw.aadsts;
  const claims = pickClaims(raw.claims);
  if (claims) entry.claims = claims;
  if (raw.scopes) entry.scopes = raw.scopes.map(scrub);
  if (raw.expiresOn !== undefined) entry.expiresOn = raw.expiresOn;
  if (raw.msalError) entry.msalError = scrub(raw.msalError).slice(0, 100);
  if (raw.failure) entry.failure = raw.failure;
  return entry;
}
