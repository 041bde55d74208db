import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver, skipToken } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { nextReadDelay, providerQueryOptions, STUCK_AFTER_MS, type ProviderSnapshot } from './providers';
import { PROVIDERS_API } from './api-versions';
import { queryKeys } from './query-keys';

const NS = 'Microsoft.IoTSpaces';
/** An ARM client that answers provider reads with the states given, in turn, and counts the reads. */
function fakeArm(states: string[]) {
  const reads: string[] = [];
  const arm = {
    request: async (_method: string, path: string) => {
      reads.push(path);
      return {
        data: { namespace: NS, registrationState: states[Math.min(reads.length - 1, states.length - 1)] },
        correlationId: 'c',
        requestId: 'r',
        clientRequestId: 'x',
      };
    },
  } as unknown as ArmClient;
  return { arm, reads };
}

describe('when the provider is read again', () => {
  it('never, while its state does not change by itself', () => {
    expect(nextReadDelay(undefined, undefined, 0)).toBe(false);
    expect(nextReadDelay('Registered', 0, 100_000)).toBe(false);
    expect(nextReadDelay('NotRegistered', 0, 100_000)).toBe(false);
  });

  it('backs off from the start of the watch: 1 s, then 2 s, then 3 s, and 30 s once it looks stuck', () => {
    expect(nextReadDelay('Registering', 10_000, 11_000)).toBe(1_000);
    expect(nextReadDelay('Registering', 10_000, 20_000)).toBe(2_000);
    expect(nextReadDelay('Registering', 10_000, 40_000)).toBe(3_000);
    expect(nextReadDelay('Registering', 10_000, 10_000 + STUCK_AFTER_MS)).toBe(30_000);
    // A watch that began before a reload goes on from where it was.
    expect(nextReadDelay('Registering', 1_000_000 - STUCK_AFTER_MS, 1_000_000)).toBe(30_000);
  });

  it('reads at the steady pace while a change has no watch noted (an unregistration the portal did not start)', () => {
    expect(nextReadDelay('Unregistering', undefined, 100_000)).toBe(3_000);
  });
});

describe('providerQueryOptions', () => {
  let client: QueryClient;
  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  });
  afterEach(() => {
    client.clear();
    vi.useRealTimers();
  });

  it('reads nothing until a subscription is chosen (skipToken, not an empty id)', async () => {
    const { arm, reads } = fakeArm(['NotRegistered']);
    const options = providerQueryOptions(arm, undefined, NS);
    expect(options.queryFn).toBe(skipToken);
    const observer = new QueryObserver(client, options);
    const unsubscribe = observer.subscribe(() => {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    unsubscribe();
    expect(reads).toEqual([]);
    expect(observer.getCurrentResult()).toMatchObject({ status: 'pending', fetchStatus: 'idle' });
  });

  it('tells the watch every state it reads, and polls from the start the watch keeps, not from its data', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(100_000);
    const { arm, reads } = fakeArm(['Registering', 'Registering', 'Registered']);
    let since: number | undefined;
    const seen: Array<[string, number]> = [];
    const watch = {
      since: () => since,
      saw: (state: string, at: number) => {
        seen.push([state, at]);
        if (state === 'Registering') since ??= at;
      },
    };
    const options = providerQueryOptions(arm, 'sub-1', NS, watch);
    const first = await client.fetchQuery(options);
    expect(first).not.toHaveProperty('watchedSince');
    vi.setSystemTime(120_000);
    await client.fetchQuery({ ...options, staleTime: 0 });
    expect(reads).toEqual([1, 2].map(() => `/subscriptions/sub-1/providers/${NS}?api-version=${PROVIDERS_API}`));
    // 20 s into the watch: every 3 s, whoever asks and however often.
    const query = client.getQueryCache().find<ProviderSnapshot>({ queryKey: queryKeys.provider('sub-1', NS) })!;
    const interval = options.refetchInterval as (q: unknown) => number | false;
    expect(interval(query)).toBe(3_000);
    expect(interval(query)).toBe(3_000);
    await client.fetchQuery({ ...options, staleTime: 0 });
    expect(seen).toEqual([
      ['Registering', 100_000],
      ['Registering', 120_000],
      ['Registered', 120_000],
    ]);
    expect(interval(query)).toBe(false);
  });
});
