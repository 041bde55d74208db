/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const entry = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** MSAL v5's redirect bridge page must never come from a cache (and gets no Cross-Origin-Opener-Policy). */
function bridgePageHeaders(): Plugin {
  const apply = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use((req, res, next) => {
      if (req.url?.split('?')[0] === '/redirect.html') res.setHeader('Cache-Control', 'no-store');
      next();
    });
  };
  return { name: 'bridge-page-headers', configureServer: apply, configurePreviewServer: apply };
}

export default defineConfig({
  plugins: [react(), bridgePageHeaders()],
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
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
  },
});
