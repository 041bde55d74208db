import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../src/i18n/languages.ts';

const BOOT = readFileSync('public/boot.js', 'utf8');

/**
 * Runs public/boot.js as the browser does before the first paint, in a page whose address has `search`: what it
 * set as the page's language, whether it hid the prerendered page, and whether it started the app's scripts.
 */
function boot(search, { remembered = null, languages = ['en-US'] } = {}) {
  const classes = new Set();
  const started = [];
  const template = { content: { scripts: 'app' }, remove() {} };
  const document = {
    readyState: 'complete',
    visibilityState: 'visible',
    documentElement: { lang: '', classList: { add: (name) => classes.add(name) } },
    getElementById: (id) => (id === 'app-scripts' ? template : null),
    importNode: (content) => content,
    head: { appendChild: (node) => started.push(node) },
    addEventListener() {},
  };
  const storage = new Map(remembered === null ? [] : [['twin-onboarding.lang', remembered]]);
  const sessionStorage = {
    get length() {
      return storage.size;
    },
    key: (i) => [...storage.keys()][i] ?? null,
    getItem: (key) => storage.get(key) ?? null,
  };
  const location = { search, pathname: '/', hash: '' };
  runInNewContext(BOOT, {
    document,
    location,
    sessionStorage,
    navigator: { languages, language: languages[0] },
    URLSearchParams,
    window: {}, // no PerformanceObserver: the scripts start once the document is parsed
    setTimeout() {},
  });
  return { lang: document.documentElement.lang, resuming: classes.has('resuming'), started: started.length };
}

/** Hostile or broken `?lang=` values: none may stop the script that starts the app. */
const HOSTILE = [
  '?lang=%',
  '?lang=%E0%A4%A',
  '?lang=%ZZ',
  '?lang=%uD800',
  '?lang=%C0%AF',
  '?lang=de%',
  '?lang=%%de',
  `?lang=${'%'.repeat(5000)}`,
  '?lang=<script>alert(1)</script>',
  '?lang=__proto__',
  '?lang&lang=%',
  '?%=%&lang=%FF',
];

describe('public/boot.js with an address it cannot decode', () => {
  it.each(HOSTILE.map((search) => [search.length > 40 ? `${search.slice(0, 40)}…` : search, search]))(
    '%s: the app starts, in the language the app itself would choose',
    (_, search) => {
      const result = boot(search);
      expect(result.started).toBe(1);
      const query = new URLSearchParams(search).get('lang');
      expect(result.lang).toBe(chooseLocale({ query, remembered: null, browser: ['en-US'] }));
    },
  );

  it('falls back to the tab’s earlier choice, then the browser’s languages, as the app does', () => {
    expect(boot('?lang=%', { remembered: 'ja' }).lang).toBe('ja');
    expect(boot('?lang=%', { languages: ['fr-FR', 'es-MX'] }).lang).toBe('es');
    // An English visit with a broken ?lang= is the plain landing page; another language waits under "Loading…".
    expect(boot('?lang=%E0%A4%A').resuming).toBe(false);
    expect(boot('?lang=%', { remembered: 'de' }).resuming).toBe(true);
  });

  it('reads ?lang= as the app does: encoded, with + for a space, the first one', () => {
    expect(boot('?lang=d%65').lang).toBe('de');
    expect(boot('?lang=+es+').lang).toBe('es');
    expect(boot('?lang=ja&lang=de').lang).toBe('ja');
    expect(boot('?lang=en-XA').lang).toBe('en-XA');
    // The plain landing page stays as prerendered: nothing hidden, scripts after the first paint (no observer here).
    expect(boot('?lang=en')).toEqual({ lang: 'en', resuming: false, started: 1 });
  });
});
