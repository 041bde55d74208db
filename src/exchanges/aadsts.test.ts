import { describe, expect, it } from 'vitest';
import { aadstsCodes, aadstsNumber, aadstsOf, firstAadsts, isAadsts } from './aadsts';

const msalMessage =
  'invalid_client: Error(s): 650052 - Timestamp: 2026-11-26 12:00:00Z - Description: AADSTS650052: The app needs access to a service (AADSTS500011 aside). Trace ID: x';

describe('AADSTS codes in a text', () => {
  it('finds every code in the order written', () => {
    expect(aadstsCodes(msalMessage)).toEqual(['AADSTS650052', 'AADSTS500011']);
    expect(firstAadsts('AADSTS50020: User account from another tenant')).toBe('AADSTS50020');
  });

  it('finds nothing in a text without one, or no text', () => {
    expect(aadstsCodes('invalid_grant: refresh token expired')).toEqual([]);
    expect(firstAadsts(undefined)).toBeUndefined();
    expect(firstAadsts('AADSTS: no number')).toBeUndefined();
  });

  it('keeps only labelled codes when asked: the one that prefixes a description', () => {
    expect(aadstsCodes(msalMessage, { labelled: true })).toEqual(['AADSTS650052']);
    expect(firstAadsts('see AADSTS500011 then AADSTS65001: consent', { labelled: true })).toBe('AADSTS65001');
    expect(firstAadsts('xAADSTS65001: glued to a word', { labelled: true })).toBeUndefined();
  });

  it('tells a bare code from anything else, and converts between code and number', () => {
    expect(isAadsts('AADSTS650052')).toBe(true);
    expect(isAadsts('AADSTS650052 ')).toBe(false);
    expect(isAadsts('<script>')).toBe(false);
    expect(aadstsOf(50076)).toBe('AADSTS50076');
    expect(aadstsNumber('AADSTS50076')).toBe('50076');
  });
});
