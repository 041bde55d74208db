import { describe, expect, it } from 'vitest';
import { chooseLocale, languageOf, uiLocalesOf } from './languages';

describe('chooseLocale', () => {
  const choose = (query: string | null, remembered: string | null, browser: string[]) =>
    chooseLocale({ query, remembered, browser });

  it('takes ?lang= first, then the tab’s earlier choice, then the browser’s languages in order, then English', () => {
    expect(choose('ja', 'de', ['es-ES'])).toBe('ja');
    expect(choose(null, 'de', ['es-ES'])).toBe('de');
    expect(choose(null, null, ['fr-FR', 'es-MX', 'de'])).toBe('es');
    expect(choose(null, null, ['fr-FR', 'pt-BR'])).toBe('en');
    expect(choose(null, null, [])).toBe('en');
  });

  it('matches by primary subtag, in any case, and passes over what it does not speak', () => {
    expect(choose('DE-at', null, [])).toBe('de');
    expect(choose('es-419', null, [])).toBe('es');
    expect(choose('ja_JP', null, [])).toBe('ja');
    expect(choose('fr', 'ja', ['de'])).toBe('ja');
    expect(choose('', null, ['de-CH'])).toBe('de');
    expect(choose('<script>', null, ['xx'])).toBe('en');
  });

  it('offers the pseudo-locale only when asked for by name', () => {
    expect(choose('en-XA', null, ['de'])).toBe('en-XA');
    expect(choose('en-xa', null, [])).toBe('en-XA');
    expect(choose(null, 'en-XA', [])).toBe('en-XA');
    expect(choose(null, null, ['en-XA'])).toBe('en');
    expect(languageOf('en-XA')).toBe('en');
  });
});

describe('uiLocalesOf', () => {
  it('gives Entra ID the chosen language, and English for the pseudo-locale it does not know', () => {
    expect(uiLocalesOf('de')).toBe('de');
    expect(uiLocalesOf('ja')).toBe('ja');
    expect(uiLocalesOf('en-XA')).toBe('en');
  });
});
