import { defineConfig } from '@playwright/test';
import { APP_ORIGIN, APP_PORT } from './e2e/support/constants';

// A second suite on another E2E_PORT keeps its own results, so runs side by side do not overwrite each other.
const runName = APP_PORT === 4173 ? '' : `-${APP_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // e2e/support holds Vitest tests of the helpers too: only *.spec.ts are Playwright's.
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  // Each worker runs its own HTTPS emulator and browser. The tests mostly wait (on the emulator's clock, the
  // browser, the network): on a two-core machine three workers kept the cores busier than two (a fresh-clone CI run
  // used 40 % of two cores with two), and in CI the suite has the cores to itself once the type check, lint and
  // Vitest beside it are done (scripts/test-all.mjs), so four. Six on a machine shared with other suites only
  // made each test slower (2026-12-06).
  workers: 4,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A focused test anywhere fails the run, on a laptop as in CI: a run that left tests out is not a pass.
  forbidOnly: true,
  // The JSON report feeds the "N passed, N failed" summary of scripts/test-all.mjs.
  reporter: [['list'], ['json', { outputFile: `.e2e/playwright-results${runName}.json` }]],
  outputDir: `test-results${runName}`,
  use: {
    baseURL: APP_ORIGIN,
    // Recording a trace for every test, to keep only the failures', cost a quarter more CPU (15 tests: 30 s against
    // 22 s). CI records none: a failure there is run again locally, where the trace is kept.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/e2e-serve.mjs',
    url: `${APP_ORIGIN}/config.json`,
    // Always the build of this checkout: a server left over from another build would test the wrong thing.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
