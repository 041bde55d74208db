/**
 * What every ARM endpoint module shares: the call being answered, the caller, ARM's headers and bodies, and paging by
 * nextLink with an opaque skip token.
 */
import type { EmuContext } from './context';
import { armCorsHeaders } from './cors';
import { base64UrlDecodeText, base64UrlEncodeText, newGuid } from './encoding';
import { abacAuthorizationFailedMessage, armError, authorizationFailedMessage } from './errors';
import { header, json } from './http';
import type { EmuRequest, EmuResponse } from './types';

export interface ArmCall {
  ctx: EmuContext;
  req: EmuRequest;
  url: URL;
  /** headers every response carries */
  headers: Record<string, string>;
}

/** Who the access token speaks for. */
export interface Principal {
  oid: string;
  tid: string;
  upn: string;
  /** what the sign-in proved: `amr` (pwd, mfa) and the authentication contexts it satisfied (`acrs`) */
  amr: string[];
  acrs: string[];
  /**
   * when the token was issued (its `iat`, in virtual ms): ARM authorizes with the role assignments that were effective
   * then (see rbac.ts `effectiveFor`)
   */
  issuedAt: number;
}

export function baseHeaders(ctx: EmuContext, req: EmuRequest): Record<string, string> {
  const requestId = newGuid();
  const stamp = new Date(ctx.now())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return {
    ...armCorsHeaders(req, ctx.state.scenario.armExposeHeaders ?? 'all'),
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': header(req, 'x-ms-correlation-request-id') ?? newGuid(),
    'x-ms-routing-request-id': `WESTEUROPE:${stamp}:${requestId}`,
    'cache-control': 'no-cache',
    pragma: 'no-cache',
    expires: '-1',
  };
}

export function reply(call: ArmCall, status: number, body: unknown, extra: Record<string, string> = {}): EmuResponse {
  return json(status, body, { ...call.headers, ...extra, 'cache-control': 'no-cache' });
}

export function fail(
  call: ArmCall,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): EmuResponse {
  return reply(call, status, armError(code, message), extra);
}

/**
 * 403 AuthorizationFailed for the caller, the action and the scope, in ARM's words; `abac` for a role assignment write,
 * whose refusal also names an unmet ABAC condition.
 */
export function denied(
  call: ArmCall,
  principal: Principal,
  action: string,
  scope: string,
  wording: 'plain' | 'abac' = 'plain',
): EmuResponse {
  const message = wording === 'abac' ? abacAuthorizationFailedMessage : authorizationFailedMessage;
  return fail(call, 403, 'AuthorizationFailed', message(principal.upn, principal.oid, action, scope));
}

export function pathParts(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => decodeURIComponent(p));
}

export function encodeSkipToken(offset: number): string {
  return base64UrlEncodeText(JSON.stringify({ o: offset }));
}

export function decodeSkipToken(token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(base64UrlDecodeText(token));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed) {
      const o = (parsed as { o: unknown }).o;
      if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
    }
  } catch {
    // fall through
  }
  return undefined;
}

/**
 * One page of a nextLink-paged list (`x-ms-pageable`): `value`, and `nextLink` (this URL with a `$skiptoken`) while
 * more follow. A skip token that is not ours is refused.
 */
export function pagedReply<T>(
  call: ArmCall,
  items: readonly T[],
  toJson: (item: T) => unknown,
  pageSize = call.ctx.state.scenario.pageSize,
): EmuResponse {
  let offset = 0;
  const skipToken = call.url.searchParams.get('$skiptoken');
  if (skipToken !== null) {
    const decoded = decodeSkipToken(skipToken);
    if (decoded === undefined)
      return fail(call, 400, 'InvalidSkipToken', `The skip token '${skipToken}' is not valid.`);
    offset = decoded;
  }
  const size = Math.max(1, pageSize);
  const body: Record<string, unknown> = { value: items.slice(offset, offset + size).map(toJson) };
  if (offset + size < items.length) {
    const next = new URL(call.url.href);
    next.searchParams.set('$skiptoken', encodeSkipToken(offset + size));
    body.nextLink = next.href;
  }
  return reply(call, 200, body);
}

/** The page size of resource lists (instances, role assignments). */
export function resourcePageSize(call: ArmCall): number {
  return call.ctx.state.scenario.resourcePageSize ?? 100;
}
