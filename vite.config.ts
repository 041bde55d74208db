/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const entry = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // React, MSAL and TanStack Query make one ~530 kB (150 kB gzip) startup chunk; the budget that matters is
    // the gzip size of what the landing page loads (README, "Decisions").
    chunkSizeWarningLimit: 600,
    // Two pages: the app, and the MSAL v5 redirect bridge that popup and iframe responses land on.
    rolldownOptions: {
      input: { main: entry('index.html'), redirect: entry('redirect.html') },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: {
    port: 4173,
    headers: { 'Cache-Control': 'no-store' },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
  },
});
