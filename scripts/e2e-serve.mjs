// Builds the production bundle into .e2e/dist with a live-mode config.json for the end-to-end tests, then
// serves it with `vite preview` in this same process (so whoever started us holds the server's PID).
import { build, preview } from 'vite';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleMap } from './module-map-plugin.mjs';
import { assertNodeVersion } from './node-version.mjs';

assertNodeVersion();
const port = Number(process.env.E2E_PORT ?? 4173); // e2e/support/constants.ts
const outDir = port === 4173 ? '.e2e/dist' : `.e2e/dist-${port}`;
const clientId = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b'; // e2e/support/constants.ts

// `--build-only`: build into outDir and stop (scripts/test-all.mjs builds once for the e2e suite and the budget
// check). E2E_PREBUILT names such a build: it is copied, not built again, since this server writes its own
// config.json into what it serves.
const prebuilt = process.env.E2E_PREBUILT;
if (prebuilt && prebuilt !== outDir) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(prebuilt, outDir, { recursive: true });
  cpSync(`${prebuilt}.modules.json`, `${outDir}.modules.json`);
} else if (!prebuilt && !process.argv.includes('--no-build')) {
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [moduleMap(`${outDir}.modules.json`)],
  });
}
if (process.argv.includes('--build-only')) process.exit(0);
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
