import { afterAll, vi } from 'vitest';

// The unit project runs many files in a worker, in one global scope (isolate: false in vite.config.ts). Each file
// still gets the app's modules fresh (their state, such as a store's memory or the loaded catalogs, is the file's
// own; packages from node_modules stay loaded, which is most of the saving), and what it stubs or fakes ends with it.
vi.resetModules();
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});
