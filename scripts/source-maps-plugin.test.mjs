import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveSourceMaps, sourceMapsDir } from './source-maps-plugin.ts';
import { headersFor, routeMatches } from './static-web-app-headers.ts';

const shipped = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8'));

describe('hidden source maps', () => {
  it('go beside the build output, never into it: what is deployed holds no map', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'maps-')), 'dist-sourcemaps');
    const bundle = {
      'assets/main-abc.js': { type: 'chunk', code: 'console.log(1)\n' },
      'assets/main-abc.js.map': { type: 'asset', source: '{"version":3,"sources":["src/main.tsx"]}' },
      'assets/app-def.css': { type: 'asset', source: 'p{}' },
      'assets/app-def.css.map': { type: 'asset', source: new Uint8Array([123, 125]) },
    };
    expect(moveSourceMaps(bundle, dir)).toEqual(['assets/main-abc.js.map', 'assets/app-def.css.map']);
    expect(Object.keys(bundle)).toEqual(['assets/main-abc.js', 'assets/app-def.css']);
    expect(readFileSync(join(dir, 'assets/main-abc.js.map'), 'utf8')).toContain('src/main.tsx');
    expect(readFileSync(join(dir, 'assets/app-def.css.map'), 'utf8')).toBe('{}');
    // A second build starts from an empty folder: no map of an older release lingers beside a newer one.
    moveSourceMaps({}, dir);
    expect(existsSync(join(dir, 'assets/main-abc.js.map'))).toBe(false);
    expect(sourceMapsDir('/x/dist/')).toBe('/x/dist-sourcemaps');
  });

  it('are made, named by no script, and moved out by the build', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    // 'hidden': maps are written, and no script carries the sourceMappingURL comment that would ask for one.
    expect(config).toMatch(/sourcemap: 'hidden'/);
    expect(config).toMatch(/sourceMapsBeside\(\),/);
    expect(readFileSync('.gitignore', 'utf8')).toContain('dist-sourcemaps/');
  });

  it('a request for one on Static Web Apps is a 404, not the app: the fallback to index.html leaves .map alone', () => {
    expect(shipped.navigationFallback.exclude.some((pattern) => routeMatches(pattern, '/assets/main-abc.js.map'))).toBe(
      true,
    );
    expect(headersFor(shipped, 'GET', '/assets/main-abc.js.map').set['x-content-type-options']).toBe('nosniff');
  });
});
