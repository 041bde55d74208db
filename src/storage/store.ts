import { useSyncExternalStore } from 'react';

/**
 * Every entry the portal keeps in sessionStorage (for the tab: it survives reloads and sign-in redirects, and dies
 * with the tab). Never a token here (MSAL keeps its own cache): a unit test guards this list.
 */
export type StoreKey =
  | 'mode'
  | 'lang'
  | 'tenant'
  | 'step-ups'
  | 'developer-redirect'
  | 'choices'
  | 'journal'
  | 'exchanges'
  | 'under-the-hood'
  | 'demo.world'
  | 'demo.authorize'
  | 'demo.speed'
  | 'demo.notes-open';

/**
 * The entry's name in sessionStorage (public/boot.js reads `lang`'s by its name). A changed shape bumps its store's
 * version, which renames the entry: what an older build wrote is removed, never misread.
 */
export function storageName(key: StoreKey, version = 1): string {
  return `twin-onboarding.${key}${version > 1 ? `.v${version}` : ''}`;
}

/** What sessionStorage refused (full, blocked, a sandboxed frame), kept for this page instead; null: removed. */
const memory = new Map<string, string | null>();

function read(name: string): string | null {
  if (memory.has(name)) return memory.get(name)!;
  try {
    return sessionStorage.getItem(name);
  } catch {
    return null;
  }
}

function write(name: string, value: string | null): void {
  memory.delete(name);
  try {
    if (value === null) sessionStorage.removeItem(name);
    else sessionStorage.setItem(name, value);
  } catch {
    memory.set(name, value);
  }
}

/** A new world or mode: every entry of the tab (MSAL's too) goes, but the stores kept. */
export function clearSession(keep: Array<Pick<Store<unknown>, 'name'>>): void {
  const kept = new Set(keep.map((store) => store.name));
  for (const name of memory.keys()) if (!kept.has(name)) memory.delete(name);
  try {
    for (const name of Object.keys(sessionStorage)) if (!kept.has(name)) sessionStorage.removeItem(name);
  } catch {
    // no storage: nothing kept there
  }
}

export interface Store<T> {
  /** its entry's name in sessionStorage */
  name: string;
  get(): T;
  set(value: T): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The one way to keep a value for the tab, under `key` in the shape of `version`. `check` gets what was read (the text itself for a `text` store, else
 * the parsed JSON) and returns it typed, or undefined when it is not of the shape: the store then holds `initial`.
 */
export function createStore<T>(
  key: StoreKey,
  version: number,
  initial: T,
  check: (value: unknown) => T | undefined,
  text = false,
): Store<T> {
  const name = storageName(key, version);
  for (let older = 1; older < version; older++) write(storageName(key, older), null);
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cached = initial;

  function get(): T {
    const raw = read(name);
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      try {
        cached = (raw === null ? undefined : check(text ? raw : JSON.parse(raw))) ?? initial;
      } catch {
        cached = initial;
      }
    }
    return cached;
  }

  function save(raw: string | null): void {
    write(name, raw);
    listeners.forEach((listener) => listener());
  }

  return {
    name,
    get,
    set: (value) => save(text ? String(value) : JSON.stringify(value)),
    clear: () => save(null),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `hydrating`: what the prerendered page showed, while React adopts it. */
export function useStore<T>(store: Store<T>, hydrating?: () => T): T {
  return useSyncExternalStore(store.subscribe, store.get, hydrating ?? store.get);
}

/** Checks for `createStore`. */
export const isText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function isObject<T extends object>(value: unknown): T | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as T) : undefined;
}

/** An array whose items pass `item`; the others are dropped. */
export function arrayOf<T>(item: (value: unknown) => boolean): (value: unknown) => T[] | undefined {
  return (value) => (Array.isArray(value) ? (value.filter(item) as T[]) : undefined);
}
