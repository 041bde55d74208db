/**
 * CORS as a browser needs it: the SPA calls both hosts cross-origin, ARM always with an Authorization
 * header (so every ARM call is preceded by a preflight), and it must be able to read ARM's ids and
 * rate-limit headers, which only works if they are listed in access-control-expose-headers.
 */
import { header } from './http';
import type { EmuRequest, EmuResponse } from './types';

export const ARM_EXPOSED_HEADERS = [
  'x-ms-request-id',
  'x-ms-correlation-request-id',
  'x-ms-routing-request-id',
  'retry-after',
  'www-authenticate',
  'x-ms-ratelimit-remaining-subscription-reads',
  'x-ms-ratelimit-remaining-subscription-writes',
  'x-ms-ratelimit-remaining-subscription-global-reads',
  'x-ms-ratelimit-remaining-subscription-global-writes',
  'x-ms-ratelimit-remaining-tenant-reads',
  'x-ms-ratelimit-remaining-tenant-writes',
  'x-ms-user-quota-remaining',
  'x-ms-user-quota-resets-after',
];

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS';
const DEFAULT_ALLOWED_HEADERS = 'authorization, content-type, x-ms-client-request-id, client-request-id';

/**
 * Request headers ARM's preflight allows. ARM's exact list is not published; these are the ones the Azure SDK
 * for JavaScript sends from browsers, so ARM is known to accept them. Anything else is refused, so a header a
 * browser app should not rely on fails here first rather than in a customer's browser.
 */
export const ARM_ALLOWED_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'x-ms-client-request-id',
  'x-ms-return-client-request-id',
  'x-ms-useragent',
  'x-ms-command-name',
];

function allowOrigin(req: EmuRequest): Record<string, string> {
  const origin = header(req, 'origin');
  return origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { 'access-control-allow-origin': '*' };
}

export function isPreflight(req: EmuRequest): boolean {
  return req.method.toUpperCase() === 'OPTIONS';
}

export function preflight(req: EmuRequest, host: 'arm' | 'entra'): EmuResponse {
  // Entra's endpoints take whatever MSAL sends; ARM answers with its fixed list.
  const allowHeaders =
    host === 'arm'
      ? ARM_ALLOWED_REQUEST_HEADERS.join(', ')
      : (header(req, 'access-control-request-headers') ?? DEFAULT_ALLOWED_HEADERS);
  return {
    status: 204,
    headers: {
      ...allowOrigin(req),
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': allowHeaders,
      'access-control-max-age': '3600',
    },
    body: '',
  };
}

/**
 * `exposed` 'none' sends no access-control-expose-headers at all: ARM does not document which headers it exposes,
 * so the portal must work when a browser lets it read none of them (no x-ms-* id, no Retry-After, no
 * WWW-Authenticate), only the CORS-safelisted ones.
 */
export function armCorsHeaders(req: EmuRequest, exposed: 'all' | 'none' = 'all'): Record<string, string> {
  if (exposed === 'none') return allowOrigin(req);
  return { ...allowOrigin(req), 'access-control-expose-headers': ARM_EXPOSED_HEADERS.join(', ') };
}

/** Entra's token and metadata endpoints answer any origin. */
export function entraCorsHeaders(): Record<string, string> {
  return { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-ms-request-id, client-request-id' };
}
