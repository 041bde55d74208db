import { beforeEach, describe, expect, it } from 'vitest';
import { clearTenantHint, isTenantReference, readTenantHint } from './tenant-hint';
import { MemoryStorage } from '../testing/memory-storage';

describe('tenant hint', () => {
  beforeEach(() => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
  });

  it('accepts tenant ids and domain names, nothing else', () => {
    expect(isTenantReference('9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a')).toBe(true);
    expect(isTenantReference('fabrikam.onmicrosoft.com')).toBe(true);
    expect(isTenantReference('organizations')).toBe(false);
    expect(isTenantReference('evil.example/../common')).toBe(false);
    expect(isTenantReference('<script>')).toBe(false);
  });

  it('remembers a hint from the address for the tab, ignores a bad one, and forgets on request', () => {
    expect(readTenantHint('?tenant=Fabrikam.onmicrosoft.com')).toBe('fabrikam.onmicrosoft.com');
    expect(readTenantHint('')).toBe('fabrikam.onmicrosoft.com');
    expect(readTenantHint('?tenant=common/../x')).toBe('fabrikam.onmicrosoft.com');
    clearTenantHint();
    expect(readTenantHint('')).toBeUndefined();
  });
});
