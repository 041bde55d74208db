// Builds the production bundle into .e2e/dist with a live-mode config.json for the end-to-end tests, then
// serves it with `vite preview` in this same process (so whoever started us holds the server's PID).
import { build, preview } from 'vite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleMap } from './module-map-plugin.mjs';
import { assertNodeVersion } from './node-version.mjs';

assertNodeVersion();
const port = Number(process.env.E2E_PORT ?? 4173); // e2e/support/constants.ts
const outDir = port === 4173 ? '.e2e/dist' : `.e2e/dist-${port}`;
const clientId = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b'; // e2e/support/constants.ts

if (!process.argv.includes('--no-build')) {
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [moduleMap(`${outDir}.modules.json`)],
  });
}
writeFileSync(
  join(outDir, 'config.json'),
  JSON.stringify(
    {
      clientId,
      appName: 'Contoso Twins',
      returnUrl: `http://localhost:${port}/?returned&tenant={tenantId}&subscription={subscriptionId}`,
    },
    null,
    2,
  ),
);
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port, strictPort: true, host: 'localhost' },
});
server.printUrls();
const stop = () => server.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
