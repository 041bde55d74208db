import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The benchmark runs like the e2e suite (same build, server, emulator and browser fixtures), from bench/.
export default defineConfig({
  ...base,
  testDir: 'bench',
  globalSetup: './e2e/global-setup.ts',
  timeout: 300_000,
  reporter: [['list']],
});
