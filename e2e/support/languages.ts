import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { accent } from '../../src/i18n/pseudo';

/** One message of a catalog: the English source and its translation. */
interface Entry {
  context: string | undefined;
  source: string;
  translation: string;
}

function unquote(line: string): string {
  return JSON.parse(line.trim()) as string;
}

/** The entries of a .po file as Lingui writes it (msgctxt, msgid and msgstr, each possibly over several lines). */
export function readPo(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Partial<Record<'msgctxt' | 'msgid' | 'msgstr', string>> = {};
  let field: 'msgctxt' | 'msgid' | 'msgstr' | undefined;
  const flush = () => {
    if (current.msgid)
      entries.push({ context: current.msgctxt, source: current.msgid, translation: current.msgstr ?? '' });
    current = {};
    field = undefined;
  };
  for (const line of text.split('\n')) {
    const start = /^(msgctxt|msgid|msgstr) (".*")$/.exec(line);
    if (start) {
      if (start[1] === 'msgctxt' || (start[1] === 'msgid' && current.msgid !== undefined)) flush();
      field = start[1] as typeof field;
      current[field!] = unquote(start[2]!);
    } else if (line.startsWith('"') && field) current[field] += unquote(line);
    else if (!line.trim()) flush();
  }
  flush();
  return entries;
}

const PARTS = ['app', 'wizard', 'extra'] as const;

/** Every message of a language, both parts of the catalog. */
export function catalogOf(language: string): Entry[] {
  return PARTS.flatMap((part) => readPo(readFileSync(`src/i18n/locales/${language}/${part}.po`, 'utf8')));
}

/**
 * The words a user of `language` sees for an English message of the portal, its `{placeholders}` filled in: what a
 * test looks a control up by. Fails loudly on a message the catalog lacks (the test names the English).
 */
export function translator(language: string): (english: string, values?: Record<string, string | number>) => string {
  // The pseudo-locale accents English's own words, not the values put into them (a name lookup matches part of a name).
  const pseudo = language === 'en-XA';
  const catalog = catalogOf(pseudo ? 'en' : language);
  const byEnglish = new Map(catalog.map((e) => [e.source, pseudo ? e.source : e.translation || e.source]));
  return (english, values = {}) => {
    const translation = byEnglish.get(english);
    if (translation === undefined) throw new Error(`No message ${JSON.stringify(english)} in the ${language} catalog`);
    return translation
      .replace(/<\/?\d+\/?>/g, '')
      .split(/(\{\w+\})/)
      .map((piece, i) => {
        if (i % 2 === 0) return pseudo ? accent(piece) : piece;
        const name = piece.slice(1, -1);
        return name in values ? String(values[name]) : piece;
      })
      .join('');
  };
}

/**
 * Stretches of English from the catalog that should not appear on a page in `language`: the literal text between
 * placeholders and tags, two words or more, that the translation does not itself keep (product and service names).
 */
export function englishFragments(language: string): string[] {
  const fragments = new Set<string>();
  for (const entry of catalogOf(language)) {
    if (entry.source.includes('{') && /, (plural|select)/.test(entry.source)) continue;
    for (const piece of entry.source.split(/\{\w+\}|<\/?\d+\/?>/)) {
      const text = piece.trim();
      if (text.split(/\s+/).length >= 2 && /[a-z]{3}/.test(text) && !entry.translation.includes(text))
        fragments.add(text);
    }
  }
  return [...fragments];
}

/** The page's text as people meet it: visible text, and names and descriptions in attributes screen readers read. */
export function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const technical = 'code, pre, kbd, samp, script, style, template, [translate="no"]';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest(technical)) continue;
      // Rendered (screen-reader-only text included: it is heard).
      if (parent.getClientRects().length === 0) continue;
      texts.push(text);
    }
    for (const el of Array.from(
      document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]'),
    )) {
      if (el.closest(technical) || el.getClientRects().length === 0) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

/** Identifiers and values from Azure that stay as they are in every language. */
const UNTRANSLATED = [
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, // ids
  /https?:\/\/\S+/g, // addresses
  /[\w.+-]+@[\w.-]+/g, // accounts
  /\b[\w-]+(\.[\w-]+)+\b/g, // namespaces, domains, file names
  /\bx-ms-[\w-]+/gi, // header names
  /\bAADSTS\d+\b/g,
  /\b\d{4}-\d\d-\d\dT[\d:.]+Z\b/g, // ISO times
  // Dates and times Intl wrote: the pseudo-locale formats them as English does.
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/g,
  /\b\d{1,2}:\d\d(:\d\d)?\s(AM|PM)\b/g,
  /\bUTC\b/g,
];

/**
 * Text on the page not through the pseudo-locale's message layer: what is left in plain ASCII letters once ids,
 * addresses, names from Azure and `allowed` (product name, names the scenario gives) are taken out.
 */
export function notPseudoLocalized(texts: string[], allowed: string[]): string[] {
  return texts.filter((text) => {
    let rest = text;
    for (const pattern of UNTRANSLATED) rest = rest.replace(pattern, ' ');
    for (const word of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(word).join(' ');
    return /[A-Za-z]{2,}/.test(rest);
  });
}
