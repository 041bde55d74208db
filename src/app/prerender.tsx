import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Logger, type PublicClientApplication } from '@azure/msal-browser';
import { App } from './App';
import { landingConfig } from '../config/landing';
import { createArmClient } from '../azure/arm-client';
import { I18nProvider } from '@lingui/react';
import { msg } from '@lingui/core/macro';
import { activateLocale, i18n } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

/**
 * MSAL is browser-only (its constructor opens a BroadcastChannel, which would keep the build running), and
 * the landing page needs of it only what a fresh tab has: no account, still starting up. Effects, where MSAL
 * is really used, do not run on the server.
 */
function buildTimeMsal(): PublicClientApplication {
  const logger = new Logger({});
  const standIn = {
    getLogger: () => logger,
    getActiveAccount: () => null,
    getAllAccounts: () => [],
  };
  return standIn as unknown as PublicClientApplication;
}

/**
 * The markup of the landing page (step 1, signed out, live mode, shipped defaults) for index.html, rendered
 * at build time by scripts/prerender-plugin.ts. main.tsx hydrates it when the page starts in that state.
 */
export function renderLanding(): string {
  const config = landingConfig();
  const arm = createArmClient({
    endpoint: config.armEndpoint,
    getToken: () => Promise.reject(new Error('Not signed in')),
  });
  return renderToString(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App runtime={{ config, msal: buildTimeMsal(), arm, demo: undefined, redirectError: undefined }} />
      </I18nProvider>
    </StrictMode>,
  );
}

const BOOT_TEXTS = {
  loading: msg`Loading Twin Onboarding…`,
};

/**
 * What index.html says before (or without) the app, in every language: public/boot.js sets `<html lang>` before
 * the first paint and the stylesheet shows the matching text.
 */
export async function bootTexts(): Promise<Record<keyof typeof BOOT_TEXTS, Record<Language, string>>> {
  const texts = { loading: {} } as Record<keyof typeof BOOT_TEXTS, Record<Language, string>>;
  for (const { code } of LANGUAGES) {
    await activateLocale(code, { rememberChoice: false });
    texts.loading[code] = i18n._(BOOT_TEXTS.loading);
  }
  await activateLocale('en', { rememberChoice: false });
  return texts;
}
