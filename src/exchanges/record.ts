import { useSyncExternalStore } from 'react';
import { redactExchange } from './redact';
import type { Exchange, RawExchange } from './types';
import { arrayOf, createStore } from '../storage/store';

/**
 * The record of every exchange the portal had with Microsoft, fed at the transport edge only: the ARM client and
 * MSAL's events in live mode, the emulator's transports in demo mode. Everything passes `redactExchange` on the
 * way in. Bounded, and kept in sessionStorage (it holds no secret) so the story survives sign-in redirects.
 */

export const RECORD_LIMIT = 2000;

export interface ExchangeRecord {
  add(raw: RawExchange): void;
  entries(): readonly Exchange[];
  subscribe(listener: () => void): () => void;
  clear(): void;
}

const saved = createStore<readonly Exchange[]>(
  'exchanges',
  1,
  [],
  arrayOf((e) => typeof (e as Exchange)?.seq === 'number'),
);
export const RECORD_KEY = saved.name;

/** `persist: false`: for this page only (tests). */
export function createExchangeRecord(options: { limit?: number; persist?: boolean } = {}): ExchangeRecord {
  const limit = options.limit ?? RECORD_LIMIT;
  const storage = options.persist === false ? undefined : saved;
  let list = storage?.get() ?? [];
  let seq = list.at(-1)?.seq ?? 0;
  const listeners = new Set<() => void>();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    storage?.set(list);
  };
  if (storage && typeof window !== 'undefined')
    window.addEventListener('pagehide', () => saveTimer !== undefined && save());

  return {
    add(raw) {
      const next = [...list, redactExchange(raw, ++seq)];
      list = next.length > limit ? next.slice(next.length - limit) : next;
      // Many exchanges come in bursts (paging, polling): write once the burst is over, or when the page goes.
      if (storage && saveTimer === undefined) saveTimer = setTimeout(save, 250);
      listeners.forEach((listener) => listener());
    },
    entries: () => list,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      list = [];
      save();
      listeners.forEach((listener) => listener());
    },
  };
}

/** The page's one record. */
export const exchangeRecord = createExchangeRecord();

export function useExchanges(record: ExchangeRecord = exchangeRecord): readonly Exchange[] {
  return useSyncExternalStore(record.subscribe, record.entries);
}
