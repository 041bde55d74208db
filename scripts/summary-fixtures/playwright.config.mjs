// A throwaway Playwright project for scripts/summary.test.mjs: tests that need no browser, run with the e2e
// suite's own `forbidOnly`, and one retry so that a test can be flaky.
import { defineConfig } from '@playwright/test';
import suite from '../../playwright.config.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.pw.mjs',
  forbidOnly: suite.forbidOnly,
  retries: 1,
  workers: 1,
  reporter: [['json', { outputFile: process.env.SUMMARY_FIXTURE_REPORT }]],
  outputDir: process.env.SUMMARY_FIXTURE_OUTPUT,
});
