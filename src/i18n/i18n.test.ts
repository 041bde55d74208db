import { describe, expect, it, vi } from 'vitest';

describe('needCatalog', () => {
  it('fetches a lazy part once: a second caller waits for the same fetch, then the words are there', async () => {
    // A fresh module, as a page load has: another test file in this worker may have loaded the part already.
    vi.resetModules();
    const { i18n, needCatalog } = await import('./i18n');
    const before = Object.keys(i18n.messages).length;
    const first = needCatalog('extra');
    expect(needCatalog('extra')).toBe(first);
    await first;
    expect(Object.keys(i18n.messages).length).toBeGreaterThan(before);
    expect(needCatalog('extra')).toBe(first);
  });
});
