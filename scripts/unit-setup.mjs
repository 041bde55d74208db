import { afterAll, vi } from 'vitest';

// The unit project runs its files one after another in a worker, in one global scope (isolate: false in
// vite.config.ts): what a file stubs or fakes ends with it, so the next file starts on the real globals and clock.
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});
