import { describe, expect, it, vi } from 'vitest';
import { createExchangeRecord, RECORD_KEY } from './record';
import { MemoryStorage } from '../testing/memory-storage';

const raw = (i: number) => ({
  at: i,
  durationMs: 1,
  method: 'GET',
  url: `https://management.azure.com/x/${i}`,
  status: 200,
});

describe('the record of exchanges', () => {
  it('keeps only the newest entries, in order, and tells its listeners', () => {
    const record = createExchangeRecord({ limit: 3, persist: false });
    let told = 0;
    record.subscribe(() => told++);
    for (let i = 1; i <= 5; i++) record.add(raw(i));
    expect(record.entries().map((e) => e.path)).toEqual(['/x/3', '/x/4', '/x/5']);
    expect(record.entries().map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(told).toBe(5);
  });

  it('survives a page load through sessionStorage, redacted, and goes on numbering', async () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('sessionStorage', storage);
    const first = createExchangeRecord();
    first.add({ ...raw(1), url: 'https://app.example/?code=secret-code' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(storage.getItem(RECORD_KEY)).not.toContain('secret-code');
    const second = createExchangeRecord();
    second.add(raw(2));
    expect(second.entries().map((e) => [e.seq, e.url])).toEqual([
      [1, 'https://app.example/?code=[redacted]'],
      [2, 'https://management.azure.com/x/2'],
    ]);
  });
});
