import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTenantHint } from '../auth/tenant-hint';
import { choicesStore, updateChoices } from './choices';
import { forgetSession } from './forget';
import { MemoryStorage } from '../testing/memory-storage';

describe('forgetSession (sign-out)', () => {
  const realWindow = globalThis.window;
  beforeEach(() => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
  });
  afterEach(() => {
    (globalThis as { window?: unknown }).window = realWindow;
  });

  /** The address bar, as far as the hint reads and edits it. */
  function stubAddress(href: string) {
    const location = { href, search: new URL(href).search };
    (globalThis as { window?: unknown }).window = {
      location,
      history: {
        state: null,
        replaceState: (_state: unknown, _title: string, url: string) => {
          location.href = new URL(url, location.href).href;
          location.search = new URL(location.href).search;
        },
      },
    };
    return location;
  }

  it('takes the hint out of the address too, so the sign-in page that shows before leaving does not remember it again', () => {
    const location = stubAddress('https://portal.example/?tenant=fabrikam.onmicrosoft.com&demo#x');
    expect(readTenantHint()).toBe('fabrikam.onmicrosoft.com');
    forgetSession();
    expect(location.href).toBe('https://portal.example/?demo#x');
    expect(readTenantHint()).toBeUndefined();
  });

  it('forgets the choices and the directory a ?tenant= link named', () => {
    expect(readTenantHint('?tenant=fabrikam.onmicrosoft.com')).toBe('fabrikam.onmicrosoft.com');
    updateChoices('t1', () => ({ subscriptionId: 's1' }));
    forgetSession();
    expect(choicesStore.get()).toEqual({});
    expect(readTenantHint('')).toBeUndefined();
  });
});
