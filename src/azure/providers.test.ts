import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver, skipToken } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { carryWatch, nextReadDelay, providerQueryOptions, STUCK_AFTER_MS, type ProviderSnapshot } from './providers';
import { PROVIDERS_API } from './api-versions';
import { queryKeys } from './query-keys';

const NS = 'Microsoft.IoTSpaces';
const snapshot = (registrationState: string, readAt: number, watchedSince?: number): ProviderSnapshot => ({
  namespace: NS,
  registrationState,
  readAt,
  correlationId: undefined,
  watchedSince,
});

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

describe('the start of a watch is carried from read to read', () => {
  it('starts at the first read that shows Registering and stays there', () => {
    const first = carryWatch(snapshot('Registering', 1_000), snapshot('NotRegistered', 0));
    expect(first.watchedSince).toBe(1_000);
    const later = carryWatch(snapshot('Registering', 9_000), first);
    expect(later.watchedSince).toBe(1_000);
    expect(carryWatch(snapshot('Unregistering', 12_000), later).watchedSince).toBe(1_000);
  });

  it('ends when the state settles, and a new registration starts a new watch', () => {
    const ended = carryWatch(snapshot('Registered', 20_000), snapshot('Registering', 15_000, 1_000));
    expect(ended.watchedSince).toBeUndefined();
    expect(carryWatch(snapshot('Registering', 30_000), ended).watchedSince).toBe(30_000);
  });

  it('starts at the register answer when there was no read before', () => {
    expect(carryWatch(snapshot('Registering', 5_000), undefined).watchedSince).toBe(5_000);
  });
});

describe('when the provider is read again', () => {
  it('never, while its state does not change by itself', () => {
    expect(nextReadDelay(undefined, undefined, 0)).toBe(false);
    expect(nextReadDelay(carryWatch(snapshot('Registered', 0), undefined), 0, 100_000)).toBe(false);
    expect(nextReadDelay(carryWatch(snapshot('NotRegistered', 0), undefined), 0, 100_000)).toBe(false);
  });

  it('backs off from the start of the watch: 1 s, then 2 s, then 3 s, and 30 s once it looks stuck', () => {
    const watched = snapshot('Registering', 50_000, 10_000);
    expect(nextReadDelay(watched, undefined, 11_000)).toBe(1_000);
    expect(nextReadDelay(watched, undefined, 20_000)).toBe(2_000);
    expect(nextReadDelay(watched, undefined, 40_000)).toBe(3_000);
    expect(nextReadDelay(watched, undefined, 10_000 + STUCK_AFTER_MS)).toBe(30_000);
  });

  it("counts from the caller's start when it has one (a watch that began before a reload)", () => {
    const watched = snapshot('Registering', 1_000_000, 999_000);
    expect(nextReadDelay(watched, 1_000_000 - STUCK_AFTER_MS, 1_000_000)).toBe(30_000);
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

  it('keeps the start of a watch across reads through the cache, and its poll interval follows from the data alone', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(100_000);
    const { arm, reads } = fakeArm(['Registering', 'Registering', 'Registered']);
    const options = providerQueryOptions(arm, 'sub-1', NS);
    const first = await client.fetchQuery(options);
    expect(first.watchedSince).toBe(100_000);
    vi.setSystemTime(120_000);
    const second = await client.fetchQuery({ ...options, staleTime: 0 });
    expect(second.watchedSince).toBe(100_000);
    expect(reads).toEqual([1, 2].map(() => `/subscriptions/sub-1/providers/${NS}?api-version=${PROVIDERS_API}`));
    // 20 s into the watch: every 3 s, whoever asks and however often.
    const query = client.getQueryCache().find<ProviderSnapshot>({ queryKey: queryKeys.provider('sub-1', NS) })!;
    const interval = options.refetchInterval as (q: unknown) => number | false;
    expect(interval(query)).toBe(3_000);
    expect(interval(query)).toBe(3_000);
    const third = await client.fetchQuery({ ...options, staleTime: 0 });
    expect(third.watchedSince).toBeUndefined();
    expect(interval(query)).toBe(false);
  });
});
