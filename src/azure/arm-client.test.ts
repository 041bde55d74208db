import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, createArmClient, type RetryNotice } from './arm-client';
import type { RawExchange } from '../exchanges/types';
import { ArmError, MalformedResponseError, NetworkError, parseRetryAfter, tenantFromChallenge } from './errors';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script and records what it was asked. */
function scriptedFetch(replies: Reply[]) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const reply = replies.shift();
    if (!reply) throw new Error('no scripted reply left');
    if (reply instanceof Error) throw reply;
    return new Response(reply.body === undefined ? '' : JSON.stringify(reply.body), {
      status: reply.status,
      headers: reply.headers,
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

function client(replies: Reply[], extra: Partial<Parameters<typeof createArmClient>[0]> = {}) {
  const scripted = scriptedFetch(replies);
  const sleeps: number[] = [];
  const tokens: boolean[] = [];
  const notices: RetryNotice[] = [];
  const arm = createArmClient({
    endpoint: 'https://management.azure.com',
    fetch: scripted.fetch,
    getToken: async ({ forceRefresh }) => {
      tokens.push(forceRefresh);
      return forceRefresh ? 'fresh-token' : 'cached-token';
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    newId: () => '00000000-0000-0000-0000-000000000001',
    onRetry: (n) => notices.push(n),
    ...extra,
  });
  return { arm, calls: scripted.calls, sleeps, tokens, notices };
}

const armError = (code: string, message = 'm') => ({ error: { code, message } });

describe('ARM client', () => {
  it('sends the bearer token and a client request id, and returns ARM ids', async () => {
    const { arm, calls } = client([
      {
        status: 200,
        body: { ok: 1 },
        headers: { 'x-ms-request-id': 'req-1', 'x-ms-correlation-request-id': 'corr-1' },
      },
    ]);
    const result = await arm.request('GET', '/subscriptions?api-version=2022-12-01');
    expect(result).toEqual({
      data: { ok: 1 },
      correlationId: 'corr-1',
      requestId: 'req-1',
      clientRequestId: '00000000-0000-0000-0000-000000000001',
    });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.url).toBe('https://management.azure.com/subscriptions?api-version=2022-12-01');
    expect(headers.authorization).toBe('Bearer cached-token');
    expect(headers['x-ms-client-request-id']).toBe('00000000-0000-0000-0000-000000000001');
    expect(headers['x-ms-correlation-request-id']).toBeUndefined();
  });

  it('follows nextLink across every page, in order', async () => {
    const { arm, calls } = client([
      {
        status: 200,
        body: {
          value: [1, 2],
          nextLink: 'https://management.azure.com/subscriptions?api-version=2022-12-01&$skiptoken=a',
        },
      },
      {
        status: 200,
        body: {
          value: [3, 4],
          nextLink: 'https://management.azure.com/subscriptions?api-version=2022-12-01&$skiptoken=b',
        },
      },
      { status: 200, body: { value: [5] } },
    ]);
    const seen: number[] = [];
    for await (const page of arm.pages<number>('/subscriptions?api-version=2022-12-01')) seen.push(...page.value);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(calls.map((c) => new URL(c.url).searchParams.get('$skiptoken'))).toEqual([null, 'a', 'b']);
  });

  it('refuses a nextLink to another host (the token must not leave ARM)', async () => {
    const { arm, calls } = client([{ status: 200, body: { value: [1], nextLink: 'https://evil.example.com/steal' } }]);
    const pages = arm.pages<number>('/subscriptions?api-version=1');
    await expect(pages.next()).resolves.toMatchObject({ value: { value: [1] } });
    await expect(pages.next()).rejects.toBeInstanceOf(MalformedResponseError);
    expect(calls).toHaveLength(1);
  });

  it('stops when a service repeats a nextLink', async () => {
    const link = 'https://management.azure.com/subscriptions?$skiptoken=x';
    const { arm } = client([
      { status: 200, body: { value: [], nextLink: link } },
      { status: 200, body: { value: [], nextLink: link } },
    ]);
    const all = async () => {
      for await (const _page of arm.pages('/subscriptions')) void _page;
    };
    await expect(all()).rejects.toThrow(/same nextLink/);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const { arm, sleeps, notices } = client([
      { status: 429, body: armError('SubscriptionRequestsThrottled'), headers: { 'retry-after': '7' } },
      { status: 200, body: { value: [] } },
    ]);
    await arm.request('GET', '/subscriptions');
    expect(sleeps).toEqual([7000]);
    expect(notices).toEqual([expect.objectContaining({ reason: 'throttled', retryAfterSeconds: 7, attempt: 1 })]);
  });

  it('reports every attempt, answered or not, to the record of exchanges', async () => {
    const exchanges: RawExchange[] = [];
    const { arm } = client(
      [
        { status: 429, body: armError('SubscriptionRequestsThrottled'), headers: { 'retry-after': '7' } },
        new TypeError('Failed to fetch'),
        { status: 200, body: { value: [] } },
      ],
      { onExchange: (x) => exchanges.push(x) },
    );
    await arm.request('GET', '/subscriptions');
    expect(exchanges.map((x) => [x.method, x.url, x.status])).toEqual([
      ['GET', 'https://management.azure.com/subscriptions', 429],
      ['GET', 'https://management.azure.com/subscriptions', 0],
      ['GET', 'https://management.azure.com/subscriptions', 200],
    ]);
    expect((exchanges[0]!.responseHeaders as Headers).get('retry-after')).toBe('7');
    expect(exchanges[0]!.responseBody).toContain('SubscriptionRequestsThrottled');
    expect(exchanges[1]!.failure).toBe('no-answer');
    expect(
      exchanges.every(
        (x) =>
          (x.requestHeaders as Record<string, string>)['x-ms-client-request-id'] ===
          '00000000-0000-0000-0000-000000000001',
      ),
    ).toBe(true);
  });

  it('backs off on 5xx and gives up after the bounded retries with a typed error', async () => {
    const fault = {
      status: 503,
      body: armError('ServiceUnavailable'),
      headers: { 'x-ms-correlation-request-id': 'c-503' },
    };
    const { arm, sleeps, calls } = client([fault, fault, fault, fault]);
    const error = await arm.request('GET', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArmError);
    expect(error).toMatchObject({
      status: 503,
      code: 'ServiceUnavailable',
      correlationId: 'c-503',
      clientRequestId: '00000000-0000-0000-0000-000000000001',
    });
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([750, 1500, 3000]);
  });

  it('does not wait inside a call for a Retry-After longer than the limit', async () => {
    const { arm, sleeps } = client([
      { status: 429, body: armError('SubscriptionRequestsThrottled'), headers: { 'retry-after': '600' } },
    ]);
    await expect(arm.request('GET', '/x')).rejects.toMatchObject({ status: 429, retryAfterSeconds: 600 });
    expect(sleeps).toEqual([]);
  });

  it('retries a write only when throttled, never after a 5xx or a lost answer', async () => {
    const throttled = client([
      { status: 429, body: armError('SubscriptionRequestsThrottled'), headers: { 'retry-after': '2' } },
      { status: 200, body: { registrationState: 'Registering' } },
    ]);
    await throttled.arm.request('POST', '/subscriptions/s/providers/N/register');
    expect(throttled.calls).toHaveLength(2);

    const failing = client([{ status: 503, body: armError('ServiceUnavailable') }]);
    await expect(failing.arm.request('POST', '/subscriptions/s/providers/N/register')).rejects.toMatchObject({
      status: 503,
    });
    expect(failing.calls).toHaveLength(1);

    const lost = client([new TypeError('Failed to fetch')]);
    await expect(lost.arm.request('POST', '/subscriptions/s/providers/N/register')).rejects.toBeInstanceOf(
      NetworkError,
    );
    expect(lost.calls).toHaveLength(1);
  });

  it.each([
    [403, 'AuthorizationFailed', 'no register/action'],
    [409, 'ReadOnlyDisabledSubscription', 'The subscription is disabled and therefore marked as read only.'],
  ])('never retries a %i (%s)', async (status, code, message) => {
    // A retry would get the 200 that follows: the error proves there was none.
    const { arm, calls, sleeps } = client([
      { status, body: armError(code, message) },
      { status: 200, body: {} },
    ]);
    await expect(arm.request('POST', '/subscriptions/s/providers/N/register')).rejects.toMatchObject({
      status,
      code,
      message,
    });
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('refreshes the token once on 401 InvalidAuthenticationToken', async () => {
    const { arm, tokens, calls } = client([
      { status: 401, body: armError('InvalidAuthenticationToken') },
      { status: 200, body: {} },
    ]);
    await arm.request('GET', '/x');
    expect(tokens).toEqual([false, true]);
    expect((calls[1]!.init.headers as Record<string, string>).authorization).toBe('Bearer fresh-token');
  });

  it('refreshes the token once on 401 ExpiredAuthenticationToken too, but not for another tenant', async () => {
    const expired = client([
      { status: 401, body: armError('ExpiredAuthenticationToken') },
      { status: 200, body: {} },
    ]);
    await expired.arm.request('GET', '/x');
    expect(expired.tokens).toEqual([false, true]);

    const tenant = client([{ status: 401, body: armError('InvalidAuthenticationTokenTenant') }]);
    await expect(tenant.arm.request('GET', '/x')).rejects.toMatchObject({ code: 'InvalidAuthenticationTokenTenant' });
    expect(tenant.calls).toHaveLength(1);
  });

  it.each(['AuthenticationFailed', 'AuthenticationFailedInvalidHeader', 'Http401'])(
    'never refreshes the token on 401 %s: the header, not the token, was at fault',
    async (code) => {
      const { arm, tokens, calls } = client([
        { status: 401, body: code === 'Http401' ? undefined : armError(code) },
        { status: 200, body: {} },
      ]);
      await expect(arm.request('GET', '/x')).rejects.toMatchObject({ status: 401, code });
      expect(tokens).toEqual([false]);
      expect(calls).toHaveLength(1);
    },
  );

  it('does not loop on a second 401', async () => {
    const e401 = { status: 401, body: armError('InvalidAuthenticationToken') };
    const { arm, calls } = client([e401, e401]);
    await expect(arm.request('GET', '/x')).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(2);
  });

  it('retries network failures, then reports them as NetworkError with the client request id', async () => {
    const down = new TypeError('Failed to fetch');
    const { arm, calls } = client([down, down, down, down]);
    const error = await arm.request('GET', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).clientRequestId).toBe('00000000-0000-0000-0000-000000000001');
    expect(calls).toHaveLength(4);
  });

  it('keeps one client request id across the attempts of one call', async () => {
    let n = 0;
    const { arm, calls } = client(
      [
        { status: 500, body: armError('InternalServerError') },
        { status: 200, body: {} },
      ],
      { newId: () => `id-${++n}` },
    );
    await arm.request('GET', '/x');
    expect(calls.map((c) => (c.init.headers as Record<string, string>)['x-ms-client-request-id'])).toEqual([
      'id-1',
      'id-1',
    ]);
  });

  it('turns a non-ARM error body into a typed error by status', async () => {
    const { arm } = client(
      [
        { status: 502, body: undefined },
        { status: 404, body: undefined },
      ],
      { maxRetries: 0 },
    );
    await expect(arm.request('GET', '/x')).rejects.toMatchObject({ status: 502, code: 'Http502' });
  });

  it('rejects a pageable answer without a value list', async () => {
    const { arm } = client([{ status: 200, body: { items: [] } }]);
    await expect(arm.page('/subscriptions')).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('retry timing', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('12')).toBe(12);
    expect(parseRetryAfter(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(10, () => 1)).toBe(30000);
  });

  it('a subscription of another directory: one retry with a token from the tenant ARM names', async () => {
    const other = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
    const asked: Array<string | undefined> = [];
    const { arm, calls } = client(
      [
        {
          status: 401,
          body: armError('InvalidAuthenticationTokenTenant', 'The access token is from the wrong issuer.'),
          headers: {
            'www-authenticate': `Bearer authorization_uri="https://login.microsoftonline.com/${other}", error="invalid_token"`,
          },
        },
        { status: 200, body: { registrationState: 'Registering' } },
        { status: 200, body: { registrationState: 'Registering' } },
      ],
      {
        getToken: async ({ tenantId }) => {
          asked.push(tenantId);
          return tenantId ? `token-for-${tenantId}` : 'home-token';
        },
      },
    );
    await expect(
      arm.request('POST', '/subscriptions/s/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01'),
    ).resolves.toMatchObject({
      data: { registrationState: 'Registering' },
    });
    expect(asked).toEqual([undefined, other]);
    expect((calls[1]!.init.headers as Record<string, string>).authorization).toBe(`Bearer token-for-${other}`);
    // Later calls for that subscription ask for the right directory's token straight away.
    await arm.request('GET', '/subscriptions/s/providers/Microsoft.IoTSpaces?api-version=2021-04-01');
    expect(asked).toEqual([undefined, other, other]);
    expect(calls).toHaveLength(3);
  });

  it('gives up after one other-directory token, and without a named tenant at once', async () => {
    const refusal = { status: 401, body: armError('InvalidAuthenticationTokenTenant', 'wrong issuer') };
    const { arm, calls } = client([refusal]);
    await expect(arm.request('GET', '/subscriptions/s?api-version=1')).rejects.toMatchObject({
      code: 'InvalidAuthenticationTokenTenant',
    });
    expect(calls).toHaveLength(1);
  });

  it('reads the tenant from WWW-Authenticate, else from the message', () => {
    const id = '9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A';
    expect(
      tenantFromChallenge(`Bearer authorization_uri="https://login.windows.net/${id}", error="invalid_token"`, ''),
    ).toBe(id.toLowerCase());
    const message = `The access token is from the wrong issuer 'https://sts.windows.net/11111111-1111-1111-1111-111111111111/'. It must match the tenant 'https://sts.windows.net/${id}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${id}' to get the token.`;
    expect(tenantFromChallenge(null, message)).toBe(id.toLowerCase());
    expect(tenantFromChallenge(null, 'no tenant here')).toBeUndefined();
  });
});
