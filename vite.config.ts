/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { staticWebAppHeaders } from './scripts/static-web-app-headers.ts';
import { prerenderLanding } from './scripts/prerender-plugin.ts';
import { compactBootScriptPlugin } from './scripts/boot-script-plugin.ts';
import { sourceMapsBeside } from './scripts/source-maps-plugin.ts';
import { linguiMacros } from './scripts/lingui-macros.ts';
import { lingui } from '@lingui/vite-plugin';

const entry = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  // The headers of public/staticwebapp.config.json (Content-Security-Policy and the rest, no-cache on config.json)
  // on `vite preview`, so the e2e tests run under the shipped
  // policy; the dev server gets all of them but the CSP, which its inline scripts would break. The build puts
  // the landing page's markup into index.html (scripts/prerender-plugin.ts). Lingui's macros run first
  // (scripts/lingui-macros.ts); its plugin turns a catalog (.po) into a module when it is imported, failing on a missing or broken translation
  // (I18N_DRAFT=1 lets a catalog being translated fall back to English meanwhile).
  // The build also drops public/boot.js's comments: it blocks the first paint. Source maps are hidden: made, but
  // written beside the output and named by no script, so the site never serves them (scripts/source-maps-plugin.ts).
  plugins: [
    linguiMacros(),
    lingui({ failOnMissing: process.env.I18N_DRAFT !== '1', failOnCompileError: true }),
    react(),
    staticWebAppHeaders(),
    prerenderLanding(),
    compactBootScriptPlugin(),
    sourceMapsBeside(),
  ],
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    // React, MSAL and TanStack Query make one ~530 kB (150 kB gzip) startup chunk; the budget that matters is
    // the gzip size of what the landing page loads (docs/decisions.md).
    chunkSizeWarningLimit: 600,
    // One page. No MSAL v5 redirect bridge page: it serves popup and hidden-iframe responses, and the portal uses
    // neither (redirect sign-in; silent calls use the cache and the refresh token only, src/auth/tokens.ts).
    rolldownOptions: {
      input: { main: entry('index.html') },
      // A catalog's chunk is named for its language and part (messages-de-app-….js): readable in the network
      // panel, and the e2e suite can tell which language was fetched.
      output: {
        chunkFileNames: (chunk) => {
          const catalog = /\/i18n\/locales\/([\w-]+)\/(\w+)\.po$/.exec(chunk.facadeModuleId ?? '');
          return catalog ? `assets/messages-${catalog[1]}-${catalog[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    // A focused test fails the run everywhere, not only in CI (scripts/summary.test.mjs proves it).
    allowOnly: false,
    // A worker per core (Vitest's default leaves one out: on two cores, every file ran one after another). The
    // whole run took 76 s that way and 36 s with two workers on the shared two-core machine, load average ~3.
    maxWorkers: '100%',
    // Two tiers, one run (docs/testing.md): pure logic in Node; the whole app in a DOM with the demo's transports.
    // The emulator's own tests are a project of its package (packages/emulator/vitest.config.ts), in the same run.
    projects: [
      'packages/emulator',
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs', 'e2e/support/**/*.test.ts'],
          environment: 'node',
          // Pure logic: one worker runs many files instead of a new process per file (a third of the unit tier's
          // time went on starting them); scripts/unit-setup.mjs undoes a file's stubbed globals and fake timers.
          isolate: false,
          setupFiles: ['scripts/unit-setup.mjs'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['integration/**/*.integration.test.tsx'],
          environment: 'happy-dom',
          // A journey loads several pages, each evaluating the app's modules afresh; a busy machine slows that down.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
