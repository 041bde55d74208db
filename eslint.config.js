import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (README, "Architecture"): a folder imports only folders listed before it,
 * so no two folders can import each other. app/ may import demo/ (the lazily loaded demo controls) but demo/
 * never imports app/.
 */
export const LAYERS = [
  'testing',
  'storage',
  'i18n',
  'config',
  'exchanges',
  'azure',
  'runtime',
  'auth',
  'problems',
  'ui',
  'onboarding',
  'under-the-hood',
  'demo',
  'app',
];

const layerZones = LAYERS.slice(0, -1).map((layer, i) => {
  const above = LAYERS.slice(i + 1);
  return {
    target: `./src/${layer}`,
    from: above.map((l) => `./src/${l}`),
    message: `src/${layer}/ is below ${above.map((l) => `${l}/`).join(', ')}: pass what it needs down (a parameter, a prop, a context) or read it from src/runtime/.`,
  };
});

const zones = [
  ...layerZones,
  {
    target: './src/ui',
    from: './src/auth',
    message: 'ui/ shows what it is given: the app passes sign-in actions down (ProblemActionContext, props).',
  },
  {
    // The emulator is pure and isomorphic (the e2e suite runs it in Node): it imports nothing of the app's.
    target: './packages/emulator',
    from: ['./!(packages|node_modules)/**', './*.*', './packages/!(emulator)/**'],
    message: 'the emulator stands alone (it also runs in Node for the e2e suite): it imports nothing of the app.',
  },
];

/**
 * The emulator is a workspace package (packages/emulator): the app reaches it by its name, through the entries of its
 * package.json `exports`, never by a path into its files. Only src/demo/ imports it (the live bundle must never
 * contain it; e2e/, bench/ and integration/ are outside the bundle), and its test kit stays in test files.
 */
const EMULATOR = '@twin-onboarding/emulator';
const emulatorByName = {
  regex: `(^|/)packages/emulator(/|$)|^${EMULATOR}/(?!testkit$)`,
  message: `import the emulator by its name, ${EMULATOR} (or ${EMULATOR}/testkit in tests): its files are internal.`,
};
const emulatorTestKitInTests = {
  group: [`${EMULATOR}/testkit`],
  message: `${EMULATOR}/testkit is for tests: the app's code never ships it.`,
};
const emulatorOnlyInDemo = {
  group: [EMULATOR, `${EMULATOR}/*`],
  message: 'only src/demo/ may import the emulator (it must stay out of the live bundle).',
};
const importSettings = {
  // Parse and resolve TypeScript modules too (import-x reads only .js by default, so no-cycle saw nothing).
  'import-x/extensions': ['.ts', '.tsx', '.js'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
};
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results*', 'playwright-report', '.e2e'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: importSettings,
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Property[key.name=/^(queryKey|mutationKey)$/][value.type=/^(ArrayExpression|TSAsExpression|TSSatisfiesExpression)$/]',
          message:
            'Query and mutation keys come from src/azure/query-keys.ts, so reads, updates and invalidations cannot drift apart.',
        },
      ],
    },
  },
  // The emulator's public entries (see EMULATOR above); the later blocks narrow the earlier ones.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['packages/**'],
    rules: restrictImports(emulatorByName),
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.*'],
    rules: restrictImports(emulatorByName, emulatorTestKitInTests),
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/demo/**'],
    rules: restrictImports(emulatorByName, emulatorOnlyInDemo),
  },
  // The emulator imports only what its own package.json lists (vitest, in its tests) and no Node module: it runs in
  // the browser too.
  {
    files: ['packages/emulator/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: importSettings,
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        {
          packageDir: `${import.meta.dirname}/packages/emulator`,
          devDependencies: ['**/*.test.ts', '**/vitest.config.ts'],
        },
      ],
      'import-x/no-nodejs-modules': 'error',
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}'],
    rules: { 'no-console': 'off' },
  },
  // JSX accessibility, as far as the markup shows it (axe in e2e/accessibility.spec.ts checks the rendered pages).
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The scrolling boxes (a report or a request in a <pre>, the exchange list's <ol>) take focus so that they
      // scroll by keyboard, as axe's scrollable-region-focusable asks.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: ['pre', 'ol'], roles: ['tabpanel'], allowExpressionValues: true },
      ],
    },
  },
);
