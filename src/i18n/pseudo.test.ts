import { describe, expect, it } from 'vitest';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { accent, pseudoLocalize } from './pseudo';

const english = {
  plain: compileMessage('Sign in'),
  named: compileMessage('Register {namespace} on {name}'),
  counted: compileMessage('{count, plural, one {# subscription} other {# subscriptions}}'),
  tagged: compileMessage('Read <0>the guide</0> first'),
};

function render(id: keyof typeof english, values?: Record<string, unknown>) {
  const i18n = setupI18n({ locale: 'en-XA', messages: { 'en-XA': pseudoLocalize(english) } });
  return i18n._(id, values);
}

describe('the pseudo-locale', () => {
  it('accents every ASCII letter, and leaves other characters alone', () => {
    expect(accent('Sign in, 2 steps!')).toBe('Šîĝñ îñ, 2 šţéþš!');
    expect(accent('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')).not.toMatch(/[A-Za-z]/);
  });

  it('brackets each message and makes it about 40 % longer', () => {
    const text = render('plain');
    expect(text).toMatch(/^⟦Šîĝñ îñ ·+⟧$/);
    expect(text.length / 'Sign in'.length).toBeGreaterThanOrEqual(1.4);
  });

  it('keeps placeholders: values from Azure come through unaccented', () => {
    expect(render('named', { namespace: 'Microsoft.IoTSpaces', name: 'Contoso' })).toMatch(
      /^⟦Ŕéĝîšţéŕ Microsoft.IoTSpaces öñ Contoso ·+⟧$/,
    );
  });

  it('keeps plural forms working', () => {
    expect(render('counted', { count: 1 })).toMatch(/^⟦1 šûƀšçŕîþţîöñ ·+⟧$/);
    expect(render('counted', { count: 3 })).toMatch(/^⟦3 šûƀšçŕîþţîöñš ·+⟧$/);
  });

  it('keeps the numbered tags <Trans> puts elements in', () => {
    expect(render('tagged')).toMatch(/^⟦Ŕéàđ <0>ţĥé ĝûîđé<\/0> ƒîŕšţ ·+⟧$/);
  });
});
