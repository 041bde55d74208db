/** Small helpers for building EmuResponses and reading EmuRequests. */
import type { EmuRequest, EmuResponse } from './types';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const HTML_TYPE = 'text/html; charset=utf-8';

export function header(req: EmuRequest, name: string): string | undefined {
  if (!req.headers) return undefined;
  const key = name.toLowerCase();
  for (const [k, v] of Object.entries(req.headers)) if (k.toLowerCase() === key) return v;
  return undefined;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

export function html(status: number, body: string, headers: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: {
      'content-type': HTML_TYPE,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
    body,
  };
}

export function redirect(location: string, headers: Record<string, string> = {}): EmuResponse {
  return { status: 302, headers: { location, 'cache-control': 'no-store', ...headers }, body: '' };
}

export function notFound(): EmuResponse {
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not Found' };
}

/** application/x-www-form-urlencoded body (token endpoint, sign-in form posts). */
export function formBody(req: EmuRequest): URLSearchParams {
  return new URLSearchParams(req.body ?? '');
}
