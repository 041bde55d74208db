import { defineProject } from 'vitest/config';

// The emulator's own tests, in Node: the root config lists this project, so `npm test` and `npx vitest run` at the
// root run them with the app's tiers (`npx vitest run --project emulator` runs them alone).
export default defineProject({
  test: {
    name: 'emulator',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Pure logic with no stubbed globals: one worker runs many files instead of a new process per file.
    isolate: false,
    // As the root config (Vitest wants one value across the projects it runs together).
    maxWorkers: '100%',
    // As the root config: a focused test fails the run (a project does not inherit it).
    allowOnly: false,
  },
});
