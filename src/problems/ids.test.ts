import { describe, expect, it } from 'vitest';
import { setupI18n } from '@lingui/core';
import { messages as englishApp } from '../i18n/locales/en/app.po';
import { pseudoLocalize } from '../i18n/pseudo';
import { english } from '../i18n/i18n';
import { ArmError } from '../azure/errors';
import { describeProblem, problemAsText } from './classify';
import { idLabel, idValue, UNREADABLE_ID } from './ids';

const pseudo = setupI18n({ locale: 'pseudo-LOCALE', messages: { 'pseudo-LOCALE': pseudoLocalize(englishApp) } });

describe('ids in the page’s language', () => {
  it('translates the portal’s labels and the unreadable-id words, never header names or values', () => {
    expect(idLabel('Trace ID', english)).toBe('Trace ID');
    expect(idLabel('Trace ID', pseudo)).not.toBe('Trace ID');
    expect(idLabel('x-ms-request-id', pseudo)).toBe('x-ms-request-id');
    expect(idLabel('x-ms-client-request-id (register call)', pseudo)).toContain('x-ms-client-request-id (ŕéĝîšţéŕ');
    expect(idLabel('Something new', pseudo)).toBe('Something new');
    expect(idValue(UNREADABLE_ID, english)).toBe(UNREADABLE_ID);
    expect(idValue(UNREADABLE_ID, pseudo)).not.toBe(UNREADABLE_ID);
    expect(idValue('corr-1', pseudo)).toBe('corr-1');
  });

  it('keeps the data English while the card and its copied text speak the page’s language', () => {
    const error = new ArmError({ status: 403, code: 'AuthorizationFailed', message: 'm', operation: 'POST /register' });
    const shown = describeProblem(error, {
      providerNamespace: 'Microsoft.IoTSpaces',
      appName: 'Contoso',
      i18n: pseudo,
    });
    const kept = describeProblem(error, {
      providerNamespace: 'Microsoft.IoTSpaces',
      appName: 'Contoso',
      i18n: english,
    });
    expect(shown.title).not.toBe(kept.title);
    expect(shown.ids.map(([label]) => label)).toEqual(kept.ids.map(([label]) => label));
    expect(problemAsText(shown, pseudo)).not.toContain('What to do:');
    expect(problemAsText(kept, english)).toContain('What to do:');
  });
});
