import { describe, expect, it } from 'vitest';
import {
  PAGE_LANGUAGES,
  PAGE_TEXTS,
  choosePageLanguage,
  pageLanguageForUrl,
  pageText,
  pageTextParts,
  placeholdersOf,
} from './page-texts';

describe('the texts of the emulated Microsoft pages', () => {
  const keys = Object.keys(PAGE_TEXTS.en).sort();

  it.each(PAGE_LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, and no other', (lang) => {
    expect(Object.keys(PAGE_TEXTS[lang]).sort()).toEqual(keys);
  });

  it.each(PAGE_LANGUAGES)('%s keeps every text non-empty and its placeholders as in English', (lang) => {
    for (const key of keys) {
      const text = PAGE_TEXTS[lang][key as keyof typeof PAGE_TEXTS.en];
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      const english = placeholdersOf(PAGE_TEXTS.en[key as keyof typeof PAGE_TEXTS.en]).sort();
      expect(placeholdersOf(text).sort(), `${lang} ${key}`).toEqual(english);
    }
  });

  it('fills placeholders, keeping the word order of the language', () => {
    expect(pageText('en', 'pick.signInAs', { name: 'Ada Admin' })).toBe('Sign in as Ada Admin');
    expect(pageText('ja', 'pick.signInAs', { name: 'Ada Admin' })).toBe('Ada Admin としてサインイン');
    expect(pageText('en', 'approval.justificationTooLong', { max: 500 })).toBe(
      'Keep the justification under 500 characters.',
    );
    const parts = pageTextParts('de', 'pick.continueTo', { app: { bold: 'Contoso' } });
    expect(parts).toEqual(['um mit ', { bold: 'Contoso' }, ' fortzufahren']);
  });
});

describe('the page language, as Entra ID chooses it', () => {
  it('speaks the ui_locales language', () => {
    expect(choosePageLanguage('de')).toBe('de');
    expect(choosePageLanguage('es', 'ja')).toBe('es');
  });

  it('takes the first ui_locales tag it has', () => {
    expect(choosePageLanguage('fr de')).toBe('de');
    expect(choosePageLanguage('fr  es-MX de')).toBe('es');
  });

  it('matches by primary subtag', () => {
    expect(choosePageLanguage('ja-JP')).toBe('ja');
    expect(choosePageLanguage('DE-at')).toBe('de');
  });

  it('falls back to the browser’s Accept-Language, most preferred first, then English', () => {
    expect(choosePageLanguage('fr')).toBe('en');
    expect(choosePageLanguage('fr', 'fr-FR,fr;q=0.9,es;q=0.8,de;q=0.7')).toBe('es');
    expect(choosePageLanguage('fr', 'de;q=0.5, ja;q=0.9')).toBe('ja');
    expect(choosePageLanguage(null, 'ja;q=0, *')).toBe('en');
    expect(choosePageLanguage(undefined, 'es-419')).toBe('es');
    expect(choosePageLanguage('', '')).toBe('en');
  });

  it('reads ui_locales from a sign-in or sign-out URL', () => {
    expect(pageLanguageForUrl('https://login.microsoftonline.com/common/oauth2/v2.0/logout?ui_locales=ja')).toBe('ja');
    expect(
      pageLanguageForUrl('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?ui_locales=fr', 'de-DE'),
    ).toBe('de');
    expect(pageLanguageForUrl('not a url', 'es')).toBe('es');
  });
});
