/**
 * Lingui's macros (`t`, `msg`, `plural`, `<Trans>`) through Lingui's own Babel preset, before the React plugin; a
 * production build keeps only each message's id (the words live in the catalogs, src/i18n/locales).
 * Lingui 6 also has a native transform (`lingui({ macroTransform: true })`), but its binary comes in optional
 * packages that declare Node >= 22.19, and npm skips such packages when it runs on an older system Node, as
 * `npm ci` does on a machine with Node 20 (the project's own Node 24 only runs what npm installed): the build
 * would then fail on a fresh machine. The Babel preset has no binary.
 */
import { linguiTransformerBabelPreset } from '@lingui/vite-plugin';
import babel from '@rolldown/plugin-babel';

export function linguiMacros() {
  // Otherwise the preset says on every start that the native transform exists.
  process.env.LINGUI_SUPPRESS_BABEL_WARNING ??= '1';
  return babel({ presets: [linguiTransformerBabelPreset()] });
}
