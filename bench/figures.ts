import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ORIGIN, APP_PORT } from '../e2e/support/constants';

/** 'check': the sizes and counts CI enforces, once; 'full': everything, times and scores over several runs. */
export const MODE = process.env.BENCH_MODE === 'full' ? 'full' : 'check';
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Where each test leaves its samples for scripts/bench.mjs; one file per test and figure, so workers never share one. */
export const FIGURES_DIR = `.e2e/bench-figures-${APP_PORT}`;
/** The build under test (scripts/e2e-serve.mjs) and its chunk → module map. */
const DIST = APP_PORT === 4173 ? '.e2e/dist' : `.e2e/dist-${APP_PORT}`;

export function record(name: string, samples: number[], test: string): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const file = join(FIGURES_DIR, `${name}--${test.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeFileSync(file, JSON.stringify({ name, samples }));
}

/** The app's own JavaScript files among the URLs a page requested. */
export function appScripts(urls: Iterable<string>): string[] {
  const paths = new Set<string>();
  for (const url of urls) {
    const u = new URL(url);
    if (u.origin === APP_ORIGIN && /\.m?js$/.test(u.pathname)) paths.add(u.pathname);
  }
  return [...paths];
}

/** gzip at zlib's default level, as a web server compressing on the fly would send it. */
export function gzipBytes(paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p))).length, 0);
}

/** The demo's own modules and the emulator's (a workspace package): none of them may reach a live-mode page. */
const DEMO_MODULES = ['src/demo/', 'packages/emulator/'];

/** Bytes of the demo's and the emulator's modules in the given chunks, from the build's module map. */
export function emulatorBytes(paths: string[]): number {
  const map = JSON.parse(readFileSync(`${DIST}.modules.json`, 'utf8')) as Record<string, Record<string, number>>;
  let bytes = 0;
  for (const p of paths) {
    const modules = map[p.replace(/^\//, '')];
    // Files of public/ (boot.js) are copied as they are, not bundled: no module of src/ is in them.
    if (!modules && existsSync(join('public', p))) continue;
    if (!modules) throw new Error(`${p} is not in the build's module map`);
    for (const [id, length] of Object.entries(modules))
      if (DEMO_MODULES.some((dir) => id.startsWith(dir))) bytes += length;
  }
  return bytes;
}
