/**
 * Hidden source maps. The build makes them (a stack trace from a customer's report can be decoded with the release's
 * maps) but the site never serves them: Azure Static Web Apps publishes whatever folder it is given, so the maps
 * are written beside the build output (`dist-sourcemaps/` for `dist/`), never into it, and the scripts name no map
 * (`build.sourcemap: 'hidden'` leaves out the `sourceMappingURL` comment). Keep that folder with the release.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the maps of a build into `outDir` go. */
export function sourceMapsDir(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-sourcemaps`;
}

/** What a bundle holds, as far as this plugin cares: file name → an asset's source, or anything else. */
type Bundle = Record<string, { type: string; source?: string | Uint8Array }>;

/** Moves every `.map` asset out of `bundle` into `dir` (emptied first): the build output keeps no map. */
export function moveSourceMaps(bundle: Bundle, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  const moved: string[] = [];
  for (const [fileName, output] of Object.entries(bundle)) {
    if (!fileName.endsWith('.map') || output.type !== 'asset' || output.source === undefined) continue;
    const target = join(dir, fileName);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.source);
    delete bundle[fileName];
    moved.push(fileName);
  }
  return moved;
}

export function sourceMapsBeside(): Plugin {
  let outDir = 'dist';
  return {
    name: 'source-maps-beside',
    apply: 'build',
    configResolved(config) {
      outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      moveSourceMaps(bundle as unknown as Bundle, sourceMapsDir(outDir));
    },
  };
}
