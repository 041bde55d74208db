import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import type { WorkerOptions } from './e2e/fixtures';

// The benchmark runs like the e2e suite (same build, server, emulator and browser fixtures), from bench/.
export default defineConfig<object, WorkerOptions>({
  ...base,
  testDir: 'bench',
  globalSetup: './e2e/global-setup.ts',
  timeout: 300_000,
  reporter: [['list']],
  // Timings and Lighthouse in the browser a person runs; the budget check's sizes and counts in the headless shell.
  use: { ...base.use, fullBrowser: process.env.BENCH_MODE === 'full' },
});
