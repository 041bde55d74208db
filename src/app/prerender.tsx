import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Logger, type PublicClientApplication } from '@azure/msal-browser';
import { App } from './App';
import { landingConfig } from '../config/landing';
import { createArmClient } from '../azure/arm-client';

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
  const arm = createArmClient({ endpoint: config.armEndpoint, getToken: () => Promise.reject(new Error('Not signed in')) });
  return renderToString(
    <StrictMode>
      <App runtime={{ config, msal: buildTimeMsal(), arm, demo: undefined, redirectError: undefined }} />
    </StrictMode>,
  );
}
