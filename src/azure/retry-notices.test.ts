import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { createRetryNotices, describeRetry } from './retry-notices';

describe('retry notices', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the newest wait until it ends, telling listeners both times', () => {
    vi.useFakeTimers();
    let clock = 1_000;
    const store = createRetryNotices(() => clock);
    const seen: Array<number | null> = [];
    store.subscribe(() => seen.push(store.snapshot()?.until ?? null));
    store.publish({
      operation: 'GET /subscriptions',
      attempt: 1,
      delayMs: 4_000,
      reason: 'throttled',
      retryAfterSeconds: 4,
      clientRequestId: 'c1',
    });
    expect(store.snapshot()).toMatchObject({ reason: 'throttled', until: 5_000 });
    clock = 2_000;
    store.publish({ operation: 'GET /x', attempt: 2, delayMs: 2_000, reason: 'server', clientRequestId: 'c2' });
    vi.advanceTimersByTime(1_999);
    expect(store.snapshot()?.reason).toBe('server');
    vi.advanceTimersByTime(1);
    expect(store.snapshot()).toBeNull();
    expect(seen).toEqual([5_000, 4_000, null]);
  });

  it("says Azure's Retry-After in Azure's terms, and counts down", () => {
    const throttled = {
      operation: 'POST /register',
      attempt: 1,
      delayMs: 3_000,
      reason: 'throttled' as const,
      retryAfterSeconds: 3,
      until: 10_000,
      clientRequestId: 'c3',
    };
    expect(describeRetry(i18n, throttled, 7_000)).toEqual({
      message: 'Azure asked us to wait 3 s (too many requests). Continuing by itself.',
      countdown: '3 s',
    });
    expect(describeRetry(i18n, throttled, 8_500).countdown).toBe('2 s');
    // A Retry-After the browser could not read: the wait is ours, not Azure's.
    expect(describeRetry(i18n, { ...throttled, retryAfterSeconds: undefined }, 7_000)).toEqual({
      message: 'Azure asked us to slow down (too many requests). Trying again by itself shortly.',
      countdown: '3 s',
    });
    expect(describeRetry(i18n, { ...throttled, reason: 'server', attempt: 2 }, 9_900)).toEqual({
      message: 'Azure had a temporary problem. Trying again by itself (attempt 3).',
      countdown: '1 s',
    });
  });
});
