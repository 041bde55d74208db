import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { loadConfig } from './config/load';
import type { AppConfig } from './config/schema';
import { createMsal, startMsal, type AuthTransports } from './auth/msal';
import { armAccessToken } from './auth/tokens';
import { createArmClient } from './azure/arm-client';
import { retryNotices } from './azure/retry-notices';
import { recordRetry, recordStepUp } from './onboarding/journal';
import { noteStepUpReturned, readStepUps } from './auth/step-up';
import { isRepeatedChallenge } from './azure/claims-challenge';
import { App } from './app/App';
import { ConfigErrorPage } from './app/ConfigErrorPage';
import type { DemoHandle } from './runtime/runtime';
import { applyAccent } from './app/branding';
import { SupportContactContext } from './ui/support-contact';
import { exchangeRecord } from './exchanges/record';
import { feedFromMsalEvents } from './exchanges/msal-events';
import { startsOnLanding } from './app/landing';
import { loadSignedInWizard } from './onboarding/Wizard';
import { I18nProvider } from '@lingui/react';
import { t } from '@lingui/core/macro';
import { activateLocale, i18n, needCatalog, requestedLocale } from './i18n/i18n';
import './app/app.css';

const container = document.getElementById('root')!;
let root: Root | undefined;

/** The first render is on screen: public/boot.js may have hidden the prerendered page until now. */
function Shown({ children }: { children: ReactNode }) {
  useLayoutEffect(() => document.documentElement.classList.remove('resuming'), []);
  return children;
}

/**
 * Renders into the page's root. The build prerendered the landing page there (scripts/prerender-plugin.ts):
 * `hydrate` when this is that page, so React adopts the markup on screen; anything else replaces it.
 */
function show(app: ReactNode, hydrate = false): void {
  const node = (
    <I18nProvider i18n={i18n}>
      <Shown>{app}</Shown>
    </I18nProvider>
  );
  if (root) return root.render(node);
  if (hydrate && container.hasAttribute('data-prerendered')) {
    root = hydrateRoot(container, node);
    return;
  }
  root = createRoot(container);
  root.render(node);
}

/** Demo mode loads the emulator (its own chunk); live mode never fetches it. */
async function demoTransports(
  config: AppConfig,
): Promise<{ transports: AuthTransports; fetch: typeof fetch; demo: DemoHandle; config: AppConfig } | null> {
  const [demo] = await Promise.all([import('./demo/demo-runtime'), needCatalog('extra')]);
  if (demo.isDemoProblemsPage()) {
    show(
      <StrictMode>
        <demo.DemoProblemsPage config={config} />
      </StrictMode>,
    );
    return null;
  }
  const runtime = demo.startDemo(config);
  if (demo.isDemoSignInPage()) {
    // The emulated sign-in page renders before, and without, MSAL: initialising MSAL here would clear its pending request.
    show(
      <StrictMode>
        <demo.DemoSignInPage runtime={runtime} />
      </StrictMode>,
    );
    return null;
  }
  return { transports: runtime.transports, fetch: runtime.fetch, demo: runtime.handle, config: runtime.config };
}

/**
 * The language this visit asks for, its words fetched before anything renders (public/boot.js keeps a page in
 * another language than the prerendered English hidden until then). A catalog that cannot be fetched leaves the
 * page in English, which needs no fetch.
 */
async function startLanguage(): Promise<void> {
  const locale = requestedLocale();
  if (locale === 'en') return activateLocale('en');
  try {
    await activateLocale(locale);
  } catch (error) {
    console.warn(`The ${locale} catalog could not be loaded; English instead.`, error);
    await activateLocale('en', { rememberChoice: false });
  }
}

async function bootstrap(): Promise<void> {
  const language = startLanguage();
  // A tab with a session, or a sign-in coming back (public/boot.js said so): the steps after sign-in are likely
  // needed, so fetch them (in the language just chosen) while the config, the catalog and MSAL start.
  const wizard = document.documentElement.classList.contains('resuming') ? loadSignedInWizard().catch(() => undefined) : undefined;
  const [loaded] = await Promise.all([loadConfig(), language]);
  if (!loaded.ok) {
    document.title = t`Configuration problem – Twin Onboarding`;
    show(<ConfigErrorPage problems={loaded.problems} />);
    return;
  }
  let config = loaded.config;
  let transports: AuthTransports = {};
  let armFetch: typeof fetch | undefined;
  let demo: DemoHandle | undefined;
  if (config.mode === 'demo') {
    const started = await demoTransports(config);
    if (!started) return;
    // The demo world says how the app uses Digital Twins (Scenario.digitalTwins), not config.json.
    ({ transports, fetch: armFetch, demo, config } = started);
  }
  const msal = createMsal(config, transports);
  // The record of exchanges: demo mode's transports feed it from the emulator; live mode from MSAL and the ARM client.
  if (!demo) feedFromMsalEvents(msal, config.authority, exchangeRecord.add);
  const { redirectError, redirectResult } = await startMsal(msal, config.clientId);
  // Back from a sign-in with the claims ARM asked for: the report says so, and the challenged step goes on.
  const steppedUp = noteStepUpReturned(redirectResult, redirectError !== undefined);
  if (steppedUp) recordStepUp(steppedUp.tenantId, steppedUp);
  const arm = createArmClient({
    endpoint: config.armEndpoint,
    fetch: armFetch,
    onExchange: demo ? undefined : exchangeRecord.add,
    getToken: async ({ forceRefresh, tenantId }) => {
      const account = msal.getActiveAccount();
      if (!account) throw new Error('Not signed in');
      return armAccessToken(msal, config, account, forceRefresh, tenantId);
    },
    isRepeatedChallenge: (challenge) => {
      const tenantId = msal.getActiveAccount()?.tenantId;
      return tenantId !== undefined && isRepeatedChallenge(readStepUps(), tenantId, challenge.claims);
    },
    onRetry: (notice) => {
      retryNotices.publish(notice);
      const tenantId = msal.getActiveAccount()?.tenantId;
      if (tenantId) recordRetry(tenantId, notice);
    },
  });
  // Signed in: the steps render at once rather than after a fallback (a failed load is tried again as they render).
  if (msal.getActiveAccount()) await (wizard ?? loadSignedInWizard().catch(() => undefined));
  applyAccent(config.accentColor);
  const runtime = { config, msal, arm, demo, redirectError };
  show(
    <StrictMode>
      <SupportContactContext.Provider value={config.supportContact}>
        <App runtime={runtime} />
      </SupportContactContext.Provider>
    </StrictMode>,
    // The prerendered page is English: another language renders afresh.
    startsOnLanding(runtime) && i18n.locale === 'en',
  );
}

bootstrap().catch((error: unknown) => {
  // Nothing above should throw; if it does, say so instead of leaving the loading text (or a dead button) forever.
  document.documentElement.classList.remove('resuming');
  // replaceChildren, not innerHTML: the CSP requires Trusted Types for script sinks, and innerHTML is one.
  container.replaceChildren();
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  const reason = error instanceof Error ? error.message : String(error);
  p.textContent = t`Twin Onboarding could not start: ${reason}. Reload the page to try again.`;
  container.append(p);
});
