import { useSyncExternalStore } from 'react';

/**
 * A value kept in sessionStorage for this tab: it survives reloads and sign-in redirects, and dies with the
 * tab. Only the user's choices and a few timestamps live here, never tokens.
 */
export interface SessionStore<T> {
  get(): T;
  set(update: (current: T) => T): void;
  subscribe(listener: () => void): () => void;
}

export function createSessionStore<T>(key: string, initial: T): SessionStore<T> {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cachedValue: T = initial;

  function get(): T {
    const raw = sessionStorage.getItem(key);
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      try {
        cachedValue = raw === null ? initial : (JSON.parse(raw) as T);
      } catch {
        cachedValue = initial;
      }
    }
    return cachedValue;
  }

  return {
    get,
    set(update) {
      sessionStorage.setItem(key, JSON.stringify(update(get())));
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useSessionStore<T>(store: SessionStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
