/**
 * Runs Lingui's macros (`t`, `msg`, `plural`, `<Trans>` from @lingui/core/macro and @lingui/react/macro) over the
 * app's modules, through Babel, before the React plugin compiles TypeScript and JSX. @vitejs/plugin-react 6 has no
 * Babel of its own on Node 20 (its Babel route needs Node 22), so this small plugin does that one job. A production
 * build keeps only each message's id: the words live in the catalogs (src/i18n/locales).
 */
import { transformAsync } from '@babel/core';
import type { Plugin } from 'vite';

const MACRO = /from ['"]@lingui\/(core|react)\/macro['"]/;

export function linguiMacros(): Plugin {
  let production = false;
  return {
    name: 'lingui-macros',
    enforce: 'pre',
    configResolved(config) {
      production = config.isProduction;
    },
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/node_modules/') || !MACRO.test(code)) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith('x') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: [['@lingui/babel-plugin-lingui-macro', { stripMessageField: production }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
