import { describe, expect, it } from 'vitest';
import { englishFragments, notPseudoLocalized, readPo, translator } from './languages';

describe('readPo', () => {
  it('reads messages over several lines, with and without context, past the header', () => {
    const po = [
      'msgid ""',
      'msgstr ""',
      '"Language: de\\n"',
      '',
      '#: src/a.tsx',
      'msgid "Sign in"',
      'msgstr "Anmelden"',
      '',
      'msgctxt "button"',
      'msgid ""',
      '"Register "',
      '"{ns}"',
      'msgstr "{ns} "',
      '"registrieren"',
      '',
      'msgid "Not yet"',
      'msgstr ""',
    ].join('\n');
    expect(readPo(po)).toEqual([
      { context: undefined, source: 'Sign in', translation: 'Anmelden' },
      { context: 'button', source: 'Register {ns}', translation: '{ns} registrieren' },
      { context: undefined, source: 'Not yet', translation: '' },
    ]);
  });
});

describe('notPseudoLocalized', () => {
  it('lets accented text, ids, addresses, names and allowed words through, and catches plain English', () => {
    const texts = [
      '⟦Šîĝñ îñ ····⟧',
      '⟦Ŕéĝîšţéŕ Microsoft.IoTSpaces öñ Contoso Production ···⟧',
      'admin@contoso.onmicrosoft.com 6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7',
      'x-ms-correlation-request-id: AADSTS650052 2026-12-02T10:00:00.000Z https://portal.azure.com/#blade',
      'Twin Onboarding',
      'Sign in',
      '⟦Ŵàîţ⟧ for it',
    ];
    expect(notPseudoLocalized(texts, ['Twin Onboarding', 'Contoso Production'])).toEqual(['Sign in', '⟦Ŵàîţ⟧ for it']);
  });
});

describe('the catalogs as tests read them', () => {
  it('give the English a German or Japanese page must not show: every stretch of two words or more', () => {
    for (const language of ['de', 'ja']) {
      const fragments = englishFragments(language);
      expect(fragments).toContain('Sign in with Microsoft');
      expect(fragments.length).toBeGreaterThan(300);
    }
  });

  it("translate a control's English name, values filled in, and accent it for the pseudo-locale", () => {
    expect(translator('de')('Use this subscription: {name}', { name: 'Contoso' })).toMatch(/Contoso$/);
    expect(translator('de')('Use this subscription: {name}', { name: 'Contoso' })).not.toContain('Use this');
    expect(translator('en-XA')('Use this subscription: {name}', { name: 'Contoso' })).toBe(
      'Ûšé ţĥîš šûƀšçŕîþţîöñ: Contoso',
    );
    expect(() => translator('de')('No such message')).toThrow(/No message/);
  });
});
