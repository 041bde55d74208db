import { existsSync } from 'node:fs';
import { MICROSOFT_HOSTS } from './constants';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium where it exists (no browser downloads on CI); undefined means the tool's own browser. */
export const chromiumPath: string | undefined = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

/**
 * How every browser of the suite and the benchmark starts: headless-friendly flags for a closed network, and
 * the two Microsoft hosts resolved to the HTTPS emulator on `emulatorPort` (its certificate is throwaway).
 */
export function chromiumArgs(emulatorPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
    `--host-resolver-rules=${MICROSOFT_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${emulatorPort}`).join(', ')}`,
    '--ignore-certificate-errors',
  ];
}
