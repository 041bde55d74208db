import { useSyncExternalStore } from 'react';
import type { RetryNotice } from './arm-client';

/** A retry the ARM client is waiting out, with the moment the wait ends. */
export interface PendingRetry extends RetryNotice {
  until: number;
}

/**
 * The ARM client's waits (throttling, server faults, lost answers), for the one notice the wizard shows: the
 * user sees why nothing moves and that the portal goes on by itself. The newest wait wins; it ends on its own.
 */
export function createRetryNotices(now: () => number = Date.now) {
  let current: PendingRetry | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  let timer: ReturnType<typeof setTimeout> | undefined;

  return {
    publish(notice: RetryNotice): void {
      current = { ...notice, until: now() + notice.delayMs };
      clearTimeout(timer);
      timer = setTimeout(() => {
        current = null;
        emit();
      }, notice.delayMs);
      emit();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot(): PendingRetry | null {
      return current;
    },
  };
}

export type RetryNotices = ReturnType<typeof createRetryNotices>;

export const retryNotices = createRetryNotices();

export function usePendingRetry(store: RetryNotices = retryNotices): PendingRetry | null {
  return useSyncExternalStore(store.subscribe, store.snapshot);
}

/**
 * What the notice says: Azure's own Retry-After when it gave one, else what we are doing. `message` stays the same
 * for one wait (screen readers announce it once); `countdown` changes every second and is for the eyes.
 */
export function describeRetry(retry: PendingRetry, now: number): { message: string; countdown: string } {
  const left = Math.max(1, Math.ceil((retry.until - now) / 1000));
  const countdown = `${left} s`;
  switch (retry.reason) {
    case 'throttled':
      // Without a Retry-After we could read, the wait is ours: never put words in Azure's mouth.
      return {
        message:
          retry.retryAfterSeconds !== undefined
            ? `Azure asked us to wait ${retry.retryAfterSeconds} s (too many requests). Continuing by itself.`
            : 'Azure asked us to slow down (too many requests). Trying again by itself shortly.',
        countdown,
      };
    case 'server':
      return { message: `Azure had a temporary problem. Trying again by itself (attempt ${retry.attempt + 1}).`, countdown };
    case 'network':
      return { message: `No answer from Azure. Trying again by itself (attempt ${retry.attempt + 1}).`, countdown };
  }
}
