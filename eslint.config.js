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
    // Only demo/ (and e2e/, bench/, outside src/) reach the emulator: the live bundle must never contain it.
    target: ['./src/!(demo)/**', './src/*.{ts,tsx}'],
    from: ['./src/demo/emulator/**'],
    message: 'only src/demo/ may import the emulator (it must stay out of the live bundle).',
  },
  {
    // The emulator is pure and isomorphic: the e2e suite runs it in Node.
    target: './src/demo/emulator',
    from: './src',
    except: ['./demo/emulator'],
    message: 'the emulator stands alone (it also runs in Node for the e2e suite).',
  },
];

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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Parse and resolve TypeScript modules too (import-x reads only .js by default, so no-cycle saw nothing).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
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
