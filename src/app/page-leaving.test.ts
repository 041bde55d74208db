import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLeaving } from './page-leaving';

afterEach(() => vi.useRealTimers());

describe('watchLeaving', () => {
  it('is leaving from beforeunload on, until the page shows again or the navigation came to nothing', () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const leaving = watchLeaving(page, 3_000);
    expect(leaving()).toBe(false);
    page.dispatchEvent(new Event('beforeunload'));
    expect(leaving()).toBe(true);
    vi.advanceTimersByTime(2_999);
    expect(leaving()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(leaving()).toBe(false);
    page.dispatchEvent(new Event('beforeunload'));
    page.dispatchEvent(new Event('pageshow'));
    expect(leaving()).toBe(false);
  });
});
