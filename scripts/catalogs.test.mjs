// The message catalogs (src/i18n/locales) against the code and each other: every message the code uses is in the
// English catalog, every language translates every message, and each translation has the same ICU arguments,
// select cases and element tags as the English. A missing or broken translation fails CI here, before any build.
import { describe, expect, it } from 'vitest';
import { getConfig } from '@lingui/conf';
import { getCatalogs } from '@lingui/cli/api';
import { parse } from '@messageformat/parser';

const config = getConfig({ cwd: process.cwd(), skipValidation: false });
const catalogs = await getCatalogs(config);
const languages = config.locales.filter((l) => l !== config.sourceLocale);

/** What a translation must keep of a message: its arguments with their kinds, select cases, and tags. */
export function shape(message) {
  const args = new Set();
  const cases = new Set();
  const plurals = [];
  const walk = (tokens) => {
    for (const token of tokens) {
      if (token.type === 'argument') args.add(`${token.arg}`);
      else if (token.type === 'function') args.add(`${token.arg}:${token.key}`);
      else if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
        args.add(`${token.arg}:${token.type}`);
        if (token.type === 'select') for (const c of token.cases) cases.add(`${token.arg}=${c.key}`);
        else plurals.push({ arg: token.arg, keys: token.cases.map((c) => c.key) });
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message));
  const tags = (message.match(/<\/?\d+\/?>/g) ?? []).sort();
  return { args: [...args].sort(), cases: [...cases].sort(), tags, plurals };
}

describe.each(catalogs.map((c) => [c.path.replace(`${config.rootDir}/`, ''), c]))('catalog %s', (_name, catalog) => {
  // Extraction reads every source file through Babel: seconds, more on a busy machine.
  it(
    'holds exactly the messages of the code (run `npm run messages` after changing a text)',
    { timeout: 60_000 },
    async () => {
      const extracted = Object.keys((await catalog.collect()) ?? {}).sort();
      const english = await catalog.read(config.sourceLocale);
      const live = Object.keys(english)
        .filter((id) => !english[id].obsolete)
        .sort();
      expect(
        live,
        'messages in the English catalog that the code no longer has, or the code has and the catalog lacks',
      ).toEqual(extracted);
    },
  );

  it.each(languages)('%s translates every message, with the same arguments, cases and tags', async (language) => {
    const english = await catalog.read(config.sourceLocale);
    const translated = await catalog.read(language);
    const problems = [];
    for (const [id, entry] of Object.entries(english)) {
      if (entry.obsolete) continue;
      const source = entry.message ?? entry.translation;
      const translation = translated[id]?.translation;
      if (!translation) {
        problems.push(`missing: ${JSON.stringify(source)}`);
        continue;
      }
      let want, got;
      try {
        want = shape(source);
        got = shape(translation);
      } catch (error) {
        problems.push(`does not parse: ${JSON.stringify(translation)} (${error.message})`);
        continue;
      }
      if (JSON.stringify([want.args, want.cases, want.tags]) !== JSON.stringify([got.args, got.cases, got.tags])) {
        problems.push(`arguments, cases or tags differ: ${JSON.stringify(source)} → ${JSON.stringify(translation)}`);
      }
      // Plural forms: the language's own categories (Japanese has only `other`), always with `other`.
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const plural of got.plurals) {
        const wrong = plural.keys.filter((k) => !k.startsWith('=') && !categories.includes(k));
        if (!plural.keys.includes('other') || wrong.length)
          problems.push(
            `plural forms of {${plural.arg}} in ${JSON.stringify(translation)}: ${wrong.join(', ') || 'no other'}`,
          );
      }
    }
    for (const id of Object.keys(translated))
      if (!english[id] && !translated[id].obsolete) problems.push(`not in English: ${id}`);
    expect(problems).toEqual([]);
  });
});

describe('shape', () => {
  it('sees arguments, select cases, plurals and tags, so a translation that drops one fails', () => {
    const english = shape(
      'Register {ns} on <0>{name}</0>: {count, plural, one {# try} other {# tries}} {kind, select, a {A} other {B}}',
    );
    expect(english.args).toEqual(['count:plural', 'kind:select', 'name', 'ns']);
    expect(english.cases).toEqual(['kind=a', 'kind=other']);
    expect(english.tags).toEqual(['</0>', '<0>']);
    expect(shape('{ns} auf <0>{name}</0> registrieren').args).not.toEqual(english.args);
    expect(() => shape('{ns auf')).toThrow();
  });
});

describe('the languages are the same everywhere', () => {
  it('in lingui.config.ts, the picker (src/i18n/languages.ts), public/boot.js and the CSS that shows index.html’s texts', async () => {
    const { LANGUAGES } = await import('../src/i18n/languages.ts');
    const { readFileSync } = await import('node:fs');
    const codes = LANGUAGES.map((l) => l.code);
    expect([...config.locales].sort()).toEqual([...codes].sort());
    const boot = readFileSync('public/boot.js', 'utf8');
    expect(JSON.parse(/var spoken = (\[[^\]]*\])/.exec(boot)[1].replace(/'/g, '"')).sort()).toEqual([...codes].sort());
    const css = readFileSync('src/app/app.css', 'utf8');
    for (const code of codes) expect(css).toContain(`html:lang(${code}) .in-every-language > [lang='${code}']`);
  });
});

describe('the parts of the catalog follow the chunks', () => {
  // A file whose words are in a lazy part must load only with that part: imported lazily, never statically from a
  // file whose words are in `app` (that file would show message ids where the words were not fetched yet).
  it('no file of the app part imports a file of a lazy part statically', async () => {
    const { readFileSync, readdirSync, existsSync } = await import('node:fs');
    const { join, dirname, resolve, relative } = await import('node:path');
    const { LAZY_PARTS } = await import('../lingui.config.ts');
    const files = readdirSync('src', { recursive: true })
      .map((f) => join('src', String(f)))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    const lazy = new Map();
    for (const [part, paths] of Object.entries(LAZY_PARTS)) {
      for (const file of files) if (paths.some((p) => file === p || file.startsWith(`${p}/`))) lazy.set(file, part);
    }
    expect(lazy.size).toBeGreaterThan(10);
    const resolveImport = (from, spec) => {
      const base = resolve(dirname(from), spec);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((p) => existsSync(p) && /\.tsx?$/.test(p));
      return found && relative(process.cwd(), found);
    };
    const offending = [];
    for (const file of files.filter((f) => !lazy.has(f))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
        const target = resolveImport(file, match[1]);
        if (target && lazy.has(target)) offending.push(`${file} imports ${target} (${lazy.get(target)} part)`);
      }
    }
    expect(offending).toEqual([]);
  });
});
