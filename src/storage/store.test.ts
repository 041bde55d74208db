import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bootScript from '../../public/boot.js?raw';
import { MemoryStorage } from '../testing/memory-storage';
import { arrayOf, clearSession, createStore, isObject, storageName, type StoreKey } from './store';

/** Every key of the registry: the type below fails to compile when one is missing. */
const STORE_KEYS = [
  'mode',
  'lang',
  'tenant',
  'step-ups',
  'choices',
  'journal',
  'exchanges',
  'under-the-hood',
  'demo.world',
  'demo.authorize',
  'demo.speed',
  'demo.notes-open',
  'developer-redirect',
] as const satisfies readonly StoreKey[];
const everyKey: Exclude<StoreKey, (typeof STORE_KEYS)[number]> extends never ? true : false = true;

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('sessionStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('the registry of stored keys', () => {
  it('is the reviewed list, and no entry is named for a token or a secret (MSAL keeps those)', () => {
    expect(everyKey).toBe(true);
    for (const key of STORE_KEYS) expect(storageName(key)).not.toMatch(/token|secret|credential|password|msal/i);
  });

  it('names the language entry as public/boot.js reads it before the app starts', () => {
    expect(bootScript).toContain(`'${storageName('lang')}'`);
  });

  it('renames an entry when its version changes, and removes what an older build wrote', () => {
    expect(storageName('choices')).toBe('twin-onboarding.choices');
    storage.setItem('twin-onboarding.choices', '["an older shape"]');
    const store = createStore<Record<string, number>>('choices', 2, {}, isObject);
    expect(store.name).toBe('twin-onboarding.choices.v2');
    expect(storage.getItem('twin-onboarding.choices')).toBeNull();
    store.set({ a: 1 });
    expect(storage.getItem('twin-onboarding.choices.v2')).toBe('{"a":1}');
  });
});

describe('a store', () => {
  it('keeps JSON for the tab, and tells its listeners', () => {
    const store = createStore<Record<string, number>>('choices', 1, {}, isObject);
    let told = 0;
    store.subscribe(() => told++);
    store.set({ ...store.get(), a: 1 });
    expect(storage.getItem('twin-onboarding.choices')).toBe('{"a":1}');
    expect(store.get()).toEqual({ a: 1 });
    expect(store.get()).toBe(store.get());
    store.clear();
    expect(storage.getItem('twin-onboarding.choices')).toBeNull();
    expect(store.get()).toEqual({});
    expect(told).toBe(2);
  });

  it('keeps a text store as its text', () => {
    const store = createStore<string | undefined>('demo.authorize', 1, undefined, (v) => v as string, true);
    store.set('https://login.example/?a=b');
    expect(storage.getItem('twin-onboarding.demo.authorize')).toBe('https://login.example/?a=b');
  });

  it('reads what fails its check (or is no JSON) as the initial value', () => {
    const store = createStore<Array<{ seq: number }>>(
      'exchanges',
      1,
      [],
      arrayOf((e) => typeof (e as { seq?: unknown }).seq === 'number'),
    );
    storage.setItem('twin-onboarding.exchanges', '{"seq":1}');
    expect(store.get()).toEqual([]);
    storage.setItem('twin-onboarding.exchanges', '[{"seq":1},{"seq":"2"}]');
    expect(store.get()).toEqual([{ seq: 1 }]);
    storage.setItem('twin-onboarding.exchanges', '[{not json');
    expect(store.get()).toEqual([]);
  });

  it('keeps the value in memory for the page when sessionStorage refuses it (full)', () => {
    const store = createStore<Record<string, number>>('journal', 1, {}, isObject);
    store.set({ a: 1 });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    store.set({ a: 2 });
    expect(store.get()).toEqual({ a: 2 });
    store.clear();
    expect(store.get()).toEqual({});
  });

  it('works without sessionStorage at all (a sandboxed frame throws on reading it)', () => {
    vi.stubGlobal('sessionStorage', undefined);
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const store = createStore<boolean>('demo.notes-open', 1, false, (v) => (v === true ? v : undefined));
    expect(store.get()).toBe(false);
    store.set(true);
    expect(store.get()).toBe(true);
    clearSession([]);
    expect(store.get()).toBe(false);
    Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, writable: true, value: storage });
  });

  it('clearSession keeps only the named entries (MSAL’s go too)', () => {
    const mode = createStore('mode', 1, undefined, (v) => v, true);
    storage.setItem('twin-onboarding.mode', 'demo');
    storage.setItem('twin-onboarding.journal', '{}');
    storage.setItem('msal.account.keys', '[]');
    clearSession([mode]);
    expect(Object.keys(storage)).toEqual(['twin-onboarding.mode']);
  });
});
