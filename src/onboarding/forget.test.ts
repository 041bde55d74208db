import { beforeEach, describe, expect, it } from 'vitest';
import { readTenantHint } from '../auth/tenant-hint';
import { choicesStore, updateChoices } from './choices';
import { forgetSession } from './forget';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('forgetSession (sign-out)', () => {
  beforeEach(() => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
  });

  it('forgets the choices and the directory a ?tenant= link named', () => {
    expect(readTenantHint('?tenant=fabrikam.onmicrosoft.com')).toBe('fabrikam.onmicrosoft.com');
    updateChoices('t1', () => ({ subscriptionId: 's1' }));
    forgetSession();
    expect(choicesStore.get()).toEqual({});
    expect(readTenantHint('')).toBeUndefined();
  });
});
