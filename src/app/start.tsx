import { StrictMode, type ReactNode } from 'react';
import { loadConfig } from '../config/load';
import type { AppConfig } from '../config/schema';
import { createMsal, startMsal, type AuthTransports } from '../auth/msal';
import { armAccessToken } from '../auth/tokens';
import { createArmClient } from '../azure/arm-client';
import { retryNotices } from '../azure/retry-notices';
import { recordRetry, recordStepUp } from '../onboarding/journal';
import { noteStepUpReturned, readStepUps } from '../auth/step-up';
import { isRepeatedChallenge } from '../azure/claims-challenge';
import { App } from './App';
import { ConfigErrorPage } from './ConfigErrorPage';
import type { Runtime } from '../runtime/runtime';
import type { DemoRuntime } from '../demo/demo-runtime';
import { applyAccent } from './branding';
import { SupportContactContext } from '../ui/support-contact';
import { exchangeRecord } from '../exchanges/record';
import { feedFromMsalEvents } from '../exchanges/msal-events';
import { startsOnLanding } from './landing';
import { watchLeaving } from './page-leaving';
import { loadSignedInWizard } from '../onboarding/Wizard';
import { loadSignedInIdentity } from './Header';
import { t } from '@lingui/core/macro';
import { activateLocale, i18n, needCatalog, requestedLocale } from '../i18n/i18n';

/**
 * Puts a page on screen. `hydrate`: the page is the landing page the build prerendered into index.html (English),
 * so React may adopt the markup on screen instead of replacing it.
 */
export type Show = (page: ReactNode, options: { hydrate: boolean }) => void;

/** What this page load became: the integration tests read the demo's world through it. */
export type Started =
  | { page: 'config-error' }
  | { page: 'demo-problems' }
  | { page: 'demo-sign-in'; demo: DemoRuntime }
  | { page: 'app'; runtime: Runtime; demo: DemoRuntime | undefined };

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

/**
 * The start of every page load: config → (demo: load the emulator) → MSAL initialise and redirect handling → the
 * page `show` puts on screen. main.tsx shows it in index.html's root; the integration tier (integration/) in a DOM.
 * `resuming`: a tab with a session, or a sign-in coming back, so the steps after sign-in are fetched at once.
 */
export async function start(show: Show, { resuming = false }: { resuming?: boolean } = {}): Promise<Started> {
  const language = startLanguage();
  // The steps after sign-in are likely needed: fetch them (in the language just chosen) while the config, the
  // catalog and MSAL start.
  const wizard = resuming ? loadSignedIn() : undefined;
  const [loaded] = await Promise.all([loadConfig(), language]);
  if (!loaded.ok) {
    document.title = t`Configuration problem – Twin Onboarding`;
    show(<ConfigErrorPage problems={loaded.problems} />, { hydrate: false });
    return { page: 'config-error' };
  }
  let config = loaded.config;
  let transports: AuthTransports = {};
  let armFetch: typeof fetch | undefined;
  let demo: DemoRuntime | undefined;
  if (config.mode === 'demo') {
    const started = await startDemo(config, show);
    if ('shown' in started) return started.shown;
    demo = started.demo;
    // The demo world says how the app uses Digital Twins (Scenario.digitalTwins), not config.json.
    ({ transports, fetch: armFetch, config } = demo);
  }
  const msal = createMsal(config, transports);
  // The record of exchanges: demo mode's transports feed it from the emulator; live mode from MSAL and the ARM client.
  if (!demo) feedFromMsalEvents(msal, config.authority, exchangeRecord.add);
  const { redirectError, redirectResult } = await startMsal(msal, config.clientId);
  // Back from a sign-in with the claims ARM asked for: the report says so, and the challenged step goes on.
  const steppedUp = noteStepUpReturned(redirectResult, redirectError !== undefined);
  if (steppedUp) recordStepUp(steppedUp.tenantId, steppedUp);
  const leaving = watchLeaving(window);
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
      if (notice.reason === 'network' && leaving()) return;
      retryNotices.publish(notice);
      const tenantId = msal.getActiveAccount()?.tenantId;
      if (tenantId) recordRetry(tenantId, notice);
    },
  });
  // Signed in: the steps render at once rather than after a fallback (a failed load is tried again as they render).
  if (msal.getActiveAccount()) await (wizard ?? loadSignedIn());
  applyAccent(config.accentColor);
  const runtime: Runtime = { config, msal, arm, demo: demo?.handle, redirectError };
  show(
    <StrictMode>
      <SupportContactContext.Provider value={config.supportContact}>
        <App runtime={runtime} />
      </SupportContactContext.Provider>
    </StrictMode>,
    // The prerendered page is English: another language renders afresh.
    { hydrate: startsOnLanding(runtime) && i18n.locale === 'en' },
  );
  return { page: 'app', runtime, demo };
}

/** The steps after sign-in and the header's signed-in part, each with its words (a failed load is tried again). */
function loadSignedIn(): Promise<unknown> {
  return Promise.all([loadSignedInWizard().catch(() => undefined), loadSignedInIdentity()]);
}

/** Demo mode loads the emulator (its own chunk); live mode never fetches it. Two demo pages render without MSAL. */
async function startDemo(config: AppConfig, show: Show): Promise<{ shown: Started } | { demo: DemoRuntime }> {
  const [demo] = await Promise.all([import('../demo/demo-runtime'), needCatalog('extra')]);
  if (demo.isDemoProblemsPage()) {
    // Its catalogue includes the entries of giving a data role, whose words come with the wizard's part.
    await needCatalog('wizard');
    show(
      <StrictMode>
        <demo.DemoProblemsPage config={config} />
      </StrictMode>,
      { hydrate: false },
    );
    return { shown: { page: 'demo-problems' } };
  }
  const runtime = demo.startDemo(config);
  if (demo.isDemoSignInPage()) {
    // The emulated sign-in page renders before, and without, MSAL: initialising MSAL here would clear its pending request.
    show(
      <StrictMode>
        <demo.DemoSignInPage runtime={runtime} />
      </StrictMode>,
      { hydrate: false },
    );
    return { shown: { page: 'demo-sign-in', demo: runtime } };
  }
  return { demo: runtime };
}
