import { useSyncExternalStore } from 'react';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
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
 * for one wait (screen readers announce it once); `countdown` changes every second and is for the eyes. In the
 * language `i18n` speaks.
 */
export function describeRetry(i18n: I18n, retry: PendingRetry, now: number): { message: string; countdown: string } {
  const left = i18n.number(Math.max(1, Math.ceil((retry.until - now) / 1000)));
  const countdown = i18n._(msg({ message: `${left} s`, comment: 'A countdown in seconds (s = seconds, abbreviated)' }));
  const attempt = i18n.number(retry.attempt + 1);
  switch (retry.reason) {
    case 'throttled': {
      // Without a Retry-After we could read, the wait is ours: never put words in Azure's mouth.
      const seconds = retry.retryAfterSeconds !== undefined ? i18n.number(retry.retryAfterSeconds) : undefined;
      return {
        message:
          seconds !== undefined
            ? i18n._(
                msg({
                  message: `Azure asked us to wait ${seconds} s (too many requests). Continuing by itself.`,
                  comment: 's = seconds',
                }),
              )
            : i18n._(msg`Azure asked us to slow down (too many requests). Trying again by itself shortly.`),
        countdown,
      };
    }
    case 'server':
      return {
        message: i18n._(msg`Azure had a temporary problem. Trying again by itself (attempt ${attempt}).`),
        countdown,
      };
    case 'network':
      return { message: i18n._(msg`No answer from Azure. Trying again by itself (attempt ${attempt}).`), countdown };
  }
}
