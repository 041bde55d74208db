import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** Every file under the given folders, and README.md: what a reader of this repository has, and nothing else. */
function files() {
  const found = [join(root, 'README.md')];
  for (const dir of ['src', 'packages', 'integration', 'e2e', 'scripts', 'bench', 'docs']) {
    for (const name of readdirSync(join(root, dir), { recursive: true })) {
      // A workspace package may get its own node_modules/: installed, not written here.
      if (String(name).split('/').includes('node_modules')) continue;
      const path = join(root, dir, String(name));
      if (statSync(path).isFile() && path !== self) found.push(path);
    }
  }
  return found;
}

// Team notes outside the repository: what the code relies on from them lives in docs/. (Spelled in pieces so
// this file does not match itself.)
const OUTSIDE = [
  new RegExp(`\\b${'FACTS'}\\b`),
  new RegExp(`\\b${'DESIGN'}\\.md\\b`),
  new RegExp(`\\.\\./${'shared'}/`),
  new RegExp(`/work/${'shared'}`),
];

describe('the repository stands alone', () => {
  it('no file cites notes that are not in it', () => {
    const offending = [];
    for (const path of files()) {
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (OUTSIDE.some((re) => re.test(line))) offending.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offending).toEqual([]);
  });

  it('the docs the code points to are here', () => {
    const docs = ['emulator-contract', 'architecture', 'testing', 'configuration', 'decisions', 'quality', 'demo'];
    for (const doc of docs.map((name) => `docs/${name}.md`))
      expect(statSync(join(root, doc)).size).toBeGreaterThan(1000);
  });
});
