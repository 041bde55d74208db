import type { ClaimsChallenge } from './claims-challenge';
import { MalformedResponseError, NetworkError, armErrorFromResponse, isTokenRefusal } from './errors';
import type { RawExchange } from '../exchanges/types';

/**
 * A thin Azure Resource Manager client: bearer token, nextLink paging, bounded retries that honour
 * Retry-After, ARM error bodies as typed errors. docs/decisions.md explains why this and not the Azure SDK.
 */

export interface RetryNotice {
  operation: string;
  attempt: number;
  delayMs: number;
  reason: 'throttled' | 'server' | 'network';
  /** what Azure asked for, when it did */
  retryAfterSeconds?: number;
  /** ours, the same on every attempt of the call */
  clientRequestId: string;
  /** ARM's, from the answer that asked for the retry (none when no answer came) */
  correlationId?: string;
}

export interface ArmClientOptions {
  endpoint: string;
  /** `tenantId`: a token from this directory instead of the signed-in one (ARM named it for the subscription) */
  getToken: (options: { forceRefresh: boolean; tenantId?: string }) => Promise<string>;
  fetch?: typeof fetch;
  /** retries after the first attempt, for throttling, 5xx and network failures */
  maxRetries?: number;
  /** the longest Retry-After we wait for inside one call; longer waits surface as errors */
  maxRetryAfterSeconds?: number;
  onRetry?: (notice: RetryNotice) => void;
  /** every attempt, answered or not, for the record of exchanges (it redacts; this hands over as sent) */
  onExchange?: (exchange: RawExchange) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** this tab already stepped up for the challenge (signed in with its claims): a second one is not cured by a third */
  isRepeatedChallenge?: (challenge: ClaimsChallenge) => boolean;
  random?: () => number;
  newId?: () => string;
}

export interface ArmResponse<T> {
  data: T;
  /** ARM's x-ms-correlation-request-id */
  correlationId: string | undefined;
  requestId: string | undefined;
  /** ours, sent as x-ms-client-request-id */
  clientRequestId: string;
}

export interface ArmPage<T> {
  value: T[];
  nextLink: string | undefined;
}

export interface ArmClient {
  request<T>(method: 'GET' | 'POST' | 'PUT', pathOrUrl: string, init?: ArmRequestInit): Promise<ArmResponse<T>>;
  /** One page of a pageable list; pass the previous page's nextLink to continue. */
  page<T>(pathOrUrl: string, signal?: AbortSignal, freshToken?: boolean): Promise<ArmPage<T>>;
  /** Every page, in order; `freshToken` asks for a newly issued token for the first page. */
  pages<T>(path: string, signal?: AbortSignal, freshToken?: boolean): AsyncGenerator<ArmPage<T>>;
}

export interface ArmRequestInit {
  body?: unknown;
  signal?: AbortSignal;
  /**
   * A newly issued token rather than MSAL's cached one: ARM caches a caller's role assignments per token, so only a
   * token issued after a role change shows its effect (waiting for a new role to apply).
   */
  freshToken?: boolean;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential back-off with full jitter between half and all of the step: 1 s, 2 s, 4 s ... capped at 30 s. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(30_000, 1000 * 2 ** (attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

export function createArmClient(options: ArmClientOptions): ArmClient {
  const endpoint = options.endpoint.replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const newId = options.newId ?? (() => crypto.randomUUID());

  // Subscriptions ARM said live in another directory: later calls for them use that directory's token at once.
  const tenantOfSubscription = new Map<string, string>();
  const subscriptionOf = (url: string) => /^\/subscriptions\/([^/?]+)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();

  function resolveUrl(pathOrUrl: string): string {
    if (pathOrUrl.startsWith('/')) return endpoint + pathOrUrl;
    // nextLink is absolute; the token must never travel to another host than ARM's.
    const url = new URL(pathOrUrl);
    if (url.origin !== new URL(endpoint).origin) {
      throw new MalformedResponseError('GET nextLink', `a link to ${url.origin}, which is not ${endpoint}`);
    }
    return url.toString();
  }

  async function request<T>(
    method: 'GET' | 'POST' | 'PUT',
    pathOrUrl: string,
    init: ArmRequestInit = {},
  ): Promise<ArmResponse<T>> {
    const url = resolveUrl(pathOrUrl);
    const operation = `${method} ${new URL(url).pathname}`;
    // One client request id for every attempt of this call: support can find it in ARM's logs. It is the
    // header the Azure SDK sends from browsers, so ARM's CORS policy is known to accept it.
    const clientRequestId = newId();
    let forceRefresh = init.freshToken === true;
    let refreshedOnce = false;
    const subscriptionId = subscriptionOf(url);
    let tenantId = subscriptionId ? tenantOfSubscription.get(subscriptionId) : undefined;
    let askedForTenant = false;
    for (let attempt = 1; ; attempt++) {
      const token = await options.getToken(tenantId ? { forceRefresh, tenantId } : { forceRefresh });
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        'x-ms-client-request-id': clientRequestId,
      };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      const sent = {
        at: Date.now(),
        start: performance.now(),
        method,
        url,
        requestHeaders: headers,
        requestBody: body,
      };
      const report = (answer: Pick<RawExchange, 'status' | 'responseHeaders' | 'responseBody' | 'failure'>) =>
        options.onExchange?.({ ...sent, durationMs: performance.now() - sent.start, ...answer });
      let response: Response;
      try {
        response = await doFetch(url, { method, headers, body, signal: init.signal, cache: 'no-store' });
      } catch (cause) {
        report({ status: 0, failure: init.signal?.aborted ? 'cancelled' : 'no-answer' });
        if (init.signal?.aborted) throw cause;
        // A write may have reached ARM even though its answer was lost: never send it again blindly.
        if (method !== 'GET' || attempt > maxRetries) throw new NetworkError(operation, clientRequestId, cause);
        const delayMs = backoffDelay(attempt, random);
        options.onRetry?.({ operation, attempt, delayMs, reason: 'network', clientRequestId });
        await sleep(delayMs, init.signal);
        continue;
      }
      const text = await response.text();
      report({ status: response.status, responseHeaders: response.headers, responseBody: text });
      const correlationId = response.headers.get('x-ms-correlation-request-id') ?? undefined;
      if (response.ok) {
        let data: T;
        try {
          data = (text ? JSON.parse(text) : {}) as T;
        } catch {
          throw new MalformedResponseError(operation, 'the body is not JSON', { correlationId, clientRequestId });
        }
        return {
          data,
          correlationId,
          requestId: response.headers.get('x-ms-request-id') ?? undefined,
          clientRequestId,
        };
      }
      const error = armErrorFromResponse(
        response.status,
        text,
        response.headers,
        operation,
        clientRequestId,
        options.isRepeatedChallenge,
      );
      // A claims challenge needs a sign-in with those claims (the caller offers it), never a refresh or a retry.
      if (error.claimsChallenge) throw error;
      // An expired or revoked token: one fresh token, then give up (MSAL decides whether interaction is needed).
      if (isTokenRefusal(error) && !refreshedOnce) {
        refreshedOnce = true;
        forceRefresh = true;
        continue;
      }
      // The subscription lives in another directory the account can use: one try with a token from there.
      if (
        error.code === 'InvalidAuthenticationTokenTenant' &&
        error.tokenTenantId &&
        !askedForTenant &&
        error.tokenTenantId !== tenantId
      ) {
        askedForTenant = true;
        tenantId = error.tokenTenantId;
        if (subscriptionId) tenantOfSubscription.set(subscriptionId, tenantId);
        continue;
      }
      forceRefresh = false;
      // 429 means ARM did not process the request, so even a write may be retried; a 5xx write may have happened.
      const retryable = method === 'GET' ? RETRYABLE_STATUS.has(response.status) : response.status === 429;
      if (!retryable || attempt > maxRetries) throw error;
      const askedSeconds = error.retryAfterSeconds;
      if (askedSeconds !== undefined && askedSeconds > maxRetryAfter) throw error;
      const delayMs = askedSeconds !== undefined ? askedSeconds * 1000 : backoffDelay(attempt, random);
      options.onRetry?.({
        operation,
        attempt,
        delayMs,
        reason: response.status === 429 ? 'throttled' : 'server',
        retryAfterSeconds: askedSeconds,
        clientRequestId,
        correlationId: error.correlationId,
      });
      await sleep(delayMs, init.signal);
    }
  }

  async function page<T>(pathOrUrl: string, signal?: AbortSignal, freshToken = false): Promise<ArmPage<T>> {
    const { data, correlationId, clientRequestId } = await request<{ value?: unknown; nextLink?: unknown }>(
      'GET',
      pathOrUrl,
      { signal, freshToken },
    );
    if (!Array.isArray(data.value)) {
      throw new MalformedResponseError(`GET ${pathOrUrl.split('?')[0]}`, 'no "value" list in a pageable response', {
        correlationId,
        clientRequestId,
      });
    }
    const nextLink = typeof data.nextLink === 'string' && data.nextLink !== '' ? data.nextLink : undefined;
    return { value: data.value as T[], nextLink };
  }

  async function* pages<T>(path: string, signal?: AbortSignal, freshToken = false): AsyncGenerator<ArmPage<T>> {
    let link: string | undefined = path;
    let fresh = freshToken;
    const seen = new Set<string>();
    while (link) {
      // A service that hands back a link it already gave would otherwise page forever.
      if (seen.has(link)) throw new MalformedResponseError('GET nextLink', 'the same nextLink came back twice');
      seen.add(link);
      const current: ArmPage<T> = await page<T>(link, signal, fresh);
      fresh = false;
      yield current;
      link = current.nextLink;
    }
  }

  return { request, page, pages };
}
