import { describe, expect, it } from 'vitest';
import { i18n, needCatalog } from './i18n';

describe('needCatalog', () => {
  it('fetches a lazy part once: a second caller waits for the same fetch, then the words are there', async () => {
    const before = Object.keys(i18n.messages).length;
    const first = needCatalog('extra');
    expect(needCatalog('extra')).toBe(first);
    await first;
    expect(Object.keys(i18n.messages).length).toBeGreaterThan(before);
    expect(needCatalog('extra')).toBe(first);
  });
});
