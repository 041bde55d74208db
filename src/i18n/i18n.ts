import { i18n, setupI18n, type Messages } from '@lingui/core';
import { messages as englishApp } from './locales/en/app.po';
import { PSEUDO, chooseLocale, type Locale } from './languages';
import { createStore, isText } from '../storage/store';
import { pseudoLocalize } from './pseudo';

export { i18n };

// English from the start, with no fetch: what renders before (or without) another language's catalog is whole.
i18n.loadAndActivate({ locale: 'en', messages: englishApp });

/**
 * The catalogs' parts (lingui.config.ts): `app` for what the landing page shows, `wizard` for steps 2 to 4, `extra`
 * for the demo, the Under the hood panel and the printable summary. Each lazy part is fetched with its chunk.
 */
export type CatalogPart = 'app' | 'wizard' | 'extra';

type CatalogModule = { messages: Messages };
// English's app part is in the bundle (imported above); every other catalog is a chunk of its own.
const catalogs = import.meta.glob<CatalogModule>(['./locales/*/*.po', '!./locales/en/app.po']);

async function catalog(locale: Locale, part: CatalogPart): Promise<Messages> {
  const source = locale === PSEUDO ? 'en' : locale;
  let messages = englishApp;
  if (source !== 'en' || part !== 'app') {
    const load = catalogs[`./locales/${source}/${part}.po`];
    if (!load) throw new Error(`No ${part} catalog for ${source}`);
    ({ messages } = await load());
  }
  return locale === PSEUDO ? pseudoLocalize(messages) : messages;
}

/** The language being switched to (or spoken): a part needed meanwhile is fetched in it, not in the one it replaces. */
let coming: Locale = 'en';

/** The parts of the catalog this page has needed so far: a change of language loads each of them. */
const needed = new Set<CatalogPart>(['app']);

/** The portal's words in English whatever the page speaks: the JSON report stays readable by support. */
export const english = setupI18n({ locale: 'en', messages: { en: englishApp } });

/** The language chosen for the tab: public/boot.js reads the same entry (its name is storageName('lang')). */
const remembered = createStore<string | null>('lang', 1, null, isText, true);

/** The language this visit asks for: see chooseLocale. */
export function requestedLocale(): Locale {
  return chooseLocale({
    query: new URLSearchParams(window.location.search).get('lang'),
    remembered: remembered.get(),
    browser: navigator.languages ?? [navigator.language],
  });
}

/**
 * Speak `locale` from now on: its catalogs are fetched first, then everything switches at once (no English, or
 * half-translated page, in between). `<html lang>` follows, and the choice is remembered for the tab.
 */
export async function activateLocale(locale: Locale, { rememberChoice = true } = {}): Promise<void> {
  coming = locale;
  const parts = await Promise.all([...needed].map((part) => catalog(locale, part)));
  i18n.load(locale, Object.assign({}, ...parts) as Messages);
  i18n.activate(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  if (rememberChoice) remembered.set(locale);
}

/** Parts being fetched or fetched for the language spoken: a second caller waits for the same fetch. */
const loading = new Map<CatalogPart, Promise<void>>();

/** A lazily loaded part of the page needs its words: fetched with it, in the language spoken now (and from now on). */
export function needCatalog(part: CatalogPart): Promise<void> {
  let pending = loading.get(part);
  if (!pending) {
    needed.add(part);
    const locale = coming;
    // The report's English (a problem card's title) needs the part's English words too.
    pending = Promise.all([catalog(locale, part), locale === 'en' ? undefined : catalog('en', part)]).then(
      ([messages, inEnglish]) => {
        i18n.load(locale, messages);
        english.load('en', inEnglish ?? messages);
      },
    );
    // A failed fetch may be tried again (the chunk that needed it fails to load too, and says so).
    pending.catch(() => loading.delete(part));
    loading.set(part, pending);
  }
  return pending;
}
