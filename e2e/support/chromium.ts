import { existsSync } from 'node:fs';
import { MICROSOFT_HOSTS } from './constants';

/** Debian's full browser (package chromium). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's headless shell (package chromium-headless-shell, the same Chromium without the desktop browser around it;
 * Playwright's own headless mode is this shell too). The e2e suite took 232 core-seconds of CPU with it against 372
 * with the full browser, and 2.0 minutes against 3.1 on two cores (2026-12-06). The binary itself, not the
 * /usr/bin wrapper script, so that the process Playwright starts and stops is the browser's.
 */
const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * The browser to start: Debian's where it is installed (no browser downloads on CI), undefined for the tool's own.
 * Tests and the budget check take the headless shell; `full` (the benchmark's timings and Lighthouse, which should
 * measure the browser a person runs) takes the full browser.
 */
export function chromiumPath({ full = false }: { full?: boolean } = {}): string | undefined {
  const candidates = full ? [DEBIAN_CHROMIUM] : [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM];
  return candidates.find((path) => existsSync(path));
}

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
