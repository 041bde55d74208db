import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import config, { LAYERS } from '../eslint.config.js';

// The layer rules of eslint.config.js, fed code that breaks each of them (and code that does not), so a rule
// that stops firing (a moved folder, a resolver that no longer finds .tsx files) fails here.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const SLOW = 60_000; // the first lint loads typescript-eslint; the machine is shared

async function errors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const restricted = (fragment) =>
  expect.arrayContaining([expect.stringMatching(new RegExp(`^import-x/no-restricted-paths: .*${fragment}`))]);
const restrictedImport = (fragment) =>
  expect.arrayContaining([expect.stringMatching(new RegExp(`^no-restricted-imports: .*${fragment}`))]);

describe('the layers of src/ are enforced by ESLint', () => {
  // A folder missing from LAYERS would be under no layer rule at all; the docs name each one's place.
  it('every folder of src/ has its place in LAYERS, in the README and in docs/architecture.md', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect([...folders].sort()).toEqual([...LAYERS].sort());
    for (const doc of ['README.md', 'docs/architecture.md']) {
      const text = readFileSync(join(root, doc), 'utf8');
      expect(
        folders.filter((f) => !new RegExp(`^\\s+(├─ |└─ )?${f}/\\s`, 'm').test(text)),
        doc,
      ).toEqual([]);
    }
  });

  it.each([
    ['src/config/x.ts', "import { App } from '../app/App';\nexport const x = App;", 'src/config/ is below'],
    [
      'src/azure/x.ts',
      "import { Wizard } from '../onboarding/Wizard';\nexport const x = Wizard;",
      'src/azure/ is below',
    ],
    ['src/auth/x.ts', "import { App } from '../app/App';\nexport const x = App;", 'src/auth/ is below'],
    [
      'src/auth/x.ts',
      "import { ProblemCard } from '../ui/ProblemCard';\nexport const x = ProblemCard;",
      'src/auth/ is below',
    ],
    [
      'src/problems/x.ts',
      "import { recordProblem } from '../onboarding/journal';\nexport const x = recordProblem;",
      'src/problems/ is below',
    ],
    [
      'src/runtime/x.ts',
      "import { createMsal } from '../auth/msal';\nexport const x = createMsal;",
      'src/runtime/ is below',
    ],
    ['src/demo/x.ts', "import { App } from '../app/App';\nexport const x = App;", 'src/demo/ is below app/'],
    // The record of exchanges sits below the ARM client that feeds it; the panel that shows it, below demo/.
    [
      'src/exchanges/x.ts',
      "import { createArmClient } from '../azure/arm-client';\nexport const x = createArmClient;",
      'src/exchanges/ is below',
    ],
    [
      'src/exchanges/x.ts',
      "import { useRuntime } from '../runtime/runtime';\nexport const x = useRuntime;",
      'src/exchanges/ is below',
    ],
    [
      'src/under-the-hood/x.ts',
      "import { startDemo } from '../demo/demo-runtime';\nexport const x = startDemo;",
      'src/under-the-hood/ is below',
    ],
    [
      'src/onboarding/x.ts',
      "import UnderTheHood from '../under-the-hood/UnderTheHood';\nexport const x = UnderTheHood;",
      'src/onboarding/ is below',
    ],
  ])('a lower layer importing a higher one: %s', { timeout: SLOW }, async (file, code, message) => {
    expect(await errors(file, code)).toEqual(restricted(message));
  });

  it('ui/ never imports auth/', { timeout: SLOW }, async () => {
    const code = "import { SignInAgainButton } from '../auth/SignInAgainButton';\nexport const x = SignInAgainButton;";
    expect(await errors('src/ui/x.tsx', code)).toEqual(restricted('ui/ shows what it is given'));
  });

  it(
    'only demo/ imports the emulator, by its name; the emulator imports nothing of the app',
    { timeout: SLOW },
    async () => {
      const emulator = "import { Emulator } from '@twin-onboarding/emulator';\nexport const x = Emulator;";
      const onlyDemo = restrictedImport('only src/demo/ may import the emulator');
      expect(await errors('src/app/x.ts', emulator)).toEqual(onlyDemo);
      expect(await errors('src/x.ts', emulator)).toEqual(onlyDemo);
      expect(await errors('src/onboarding/x.test.ts', emulator)).toEqual(onlyDemo);
      expect(await errors('src/demo/x.ts', emulator)).toEqual([]);
      expect(await errors('e2e/x.ts', emulator)).toEqual([]);

      // Its files are internal: by path or through the package name.
      const byName = restrictedImport('import the emulator by its name');
      const deep = (from) => `import { Emulator } from '${from}';\nexport const x = Emulator;`;
      expect(await errors('src/demo/x.ts', deep('../../packages/emulator/src/emulator'))).toEqual(byName);
      expect(await errors('e2e/x.ts', deep('../packages/emulator/src'))).toEqual(byName);
      expect(await errors('integration/x.ts', deep('@twin-onboarding/emulator/src/emulator'))).toEqual(byName);

      // The test kit is for tests.
      const kit = "import { APP } from '@twin-onboarding/emulator/testkit';\nexport const x = APP;";
      expect(await errors('src/demo/x.ts', kit)).toEqual(restrictedImport('is for tests'));
      expect(await errors('src/demo/x.test.ts', kit)).toEqual([]);
      expect(await errors('integration/x.integration.test.tsx', kit)).toEqual([]);

      // The emulator stands alone: nothing of the app, no package it does not list, no Node module.
      const inEmulator = (code) => errors('packages/emulator/src/x.ts', code);
      expect(
        await inEmulator("import { parseConfig } from '../../../src/config/schema';\nexport const x = parseConfig;"),
      ).toEqual(restricted('the emulator stands alone'));
      expect(await inEmulator("import { useQuery } from '@tanstack/react-query';\nexport const x = useQuery;")).toEqual(
        expect.arrayContaining([expect.stringMatching(/^import-x\/no-extraneous-dependencies: /)]),
      );
      expect(await inEmulator("import { createHash } from 'node:crypto';\nexport const x = createHash;")).toEqual(
        expect.arrayContaining([expect.stringMatching(/^import-x\/no-nodejs-modules: /)]),
      );
      expect(await inEmulator("import { Emulator } from './emulator';\nexport const x = Emulator;")).toEqual([]);
    },
  );

  it('allows what the layers allow, and the files that used to reach up now pass', { timeout: SLOW }, async () => {
    const code =
      "import { useRuntime } from '../runtime/runtime';\nimport { parseConfig } from '../config/schema';\nexport const x = [useRuntime, parseConfig];";
    expect(await errors('src/auth/x.ts', code)).toEqual([]);
    const record = "import { exchangeRecord } from '../exchanges/record';\nexport const x = exchangeRecord;";
    expect(await errors('src/azure/x.ts', record)).toEqual([]);
    const results = await eslint.lintFiles([
      'src/auth/useAccount.ts',
      'src/auth/SignInAgainButton.tsx',
      'src/ui/ProblemCard.tsx',
      'src/problems/useProblem.ts',
    ]);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('import cycles are errors', () => {
  // A cycle has to exist on disk (the rule reads the imported files), so it is written to a scratch project
  // that uses the same configuration.
  let dir;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'layers-'));
    mkdirSync(join(dir, 'src', 'onboarding'), { recursive: true });
    writeFileSync(join(dir, 'src', 'onboarding', 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'src', 'onboarding', 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    writeFileSync(join(dir, 'src', 'onboarding', 'c.ts'), "import { b } from './b';\nexport const c = () => b;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports both ends of a cycle and nothing else', { timeout: SLOW }, async () => {
    const scratch = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
    const results = await scratch.lintFiles(['src']);
    const found = results
      .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}: ${m.ruleId}`))
      .sort();
    expect(found).toEqual(['src/onboarding/a.ts: import-x/no-cycle', 'src/onboarding/b.ts: import-x/no-cycle']);
  });
});

describe('query keys come from one factory', () => {
  it('a key written out in place is an error; one from the factory is not', { timeout: SLOW }, async () => {
    const literal =
      "import type { QueryClient } from '@tanstack/react-query';\nexport const f = (client: QueryClient) => client.invalidateQueries({ queryKey: ['arm'] });";
    expect(await errors('src/demo/x.ts', literal)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Query and mutation keys come from src\/azure\/query-keys\.ts/),
    ]);
    const asConst = "export const o = { queryKey: ['arm', 'x'] as const, mutationKey: ['register'] };";
    expect(await errors('src/azure/x.ts', asConst)).toHaveLength(2);
    const factory =
      "import type { QueryClient } from '@tanstack/react-query';\nimport { queryKeys } from '../azure/query-keys';\nexport const f = (client: QueryClient) => client.invalidateQueries({ queryKey: queryKeys.arm });";
    expect(await errors('src/demo/x.ts', factory)).toEqual([]);
  });
});
