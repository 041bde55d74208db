import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openApp } from './harness/app';

const LIVE = { clientId: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', appName: 'Contoso Twins' };

/**
 * Addresses whose query the page cannot decode: percent signs that start no escape, a cut-off UTF-8 sequence, an
 * overlong one, a lone surrogate, markup. The app starts on each, in English (nothing it could read asked for
 * another language), and no decode error escapes (the harness fails a test on any console error). public/boot.js
 * meets the same addresses in scripts/boot-script.test.mjs; e2e/hardening.spec.ts keeps one, through both, in Chromium.
 */
describe('an address the page cannot decode', () => {
  it.each(['?lang=%', '?lang=%E0%A4%A', '?lang=%C0%AF&lang=de', '?lang=%uD800', '?lang=<b>%'])(
    '%s starts the app, in English',
    async (search) => {
      await openApp({ config: LIVE, path: `/${search}` });
      expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
      expect((screen.getByRole('button', { name: 'Sign in with Microsoft' }) as HTMLButtonElement).disabled).toBe(
        false,
      );
      expect(document.documentElement.lang).toBe('en');
    },
  );
});
