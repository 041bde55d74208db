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
  // used 40 % of two cores with two).
  workers: 3,
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
    trace: 'retain-on-failure',
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
