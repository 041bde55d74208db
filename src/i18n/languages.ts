/** The languages the portal speaks, each named in its own language (as a picker shows them to people who read it). */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'ja', name: '日本語' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * A pseudo-locale for tests: English made accented, about 40 % longer and bracketed, so text that skips the
 * message layer stands out. Only `?lang=en-XA` chooses it; the picker never offers it.
 */
export const PSEUDO = 'en-XA';

export type Locale = Language | typeof PSEUDO;

/** The language of a BCP 47 tag by its primary subtag (`de-AT` → `de`, `es-419` → `es`), if the portal speaks it. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.code === primary)?.code;
}

function localeOf(tag: string | null | undefined): Locale | undefined {
  return tag?.trim().toLowerCase() === PSEUDO.toLowerCase() ? PSEUDO : languageOf(tag);
}

/**
 * The language to speak: `?lang=` first, then the language chosen earlier in this tab (the picker, or a `?lang=`
 * that a sign-in redirect has since dropped from the address), then the browser's languages in order, then
 * English. public/boot.js decides the same way before the first paint (an end-to-end test holds them together).
 */
export function chooseLocale(input: {
  query: string | null;
  remembered: string | null;
  browser: readonly string[];
}): Locale {
  return localeOf(input.query) ?? localeOf(input.remembered) ?? input.browser.map(languageOf).find(Boolean) ?? 'en';
}

/** What Entra ID's `ui_locales` gets: the chosen language (English for the pseudo-locale, which Entra does not know). */
export function uiLocalesOf(locale: Locale): Language {
  return locale === PSEUDO ? 'en' : locale;
}
