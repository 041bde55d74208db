import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { loadConfig } from './config/load';
import type { AppConfig } from './config/schema';
import { createMsal, startMsal, type AuthTransports } from './auth/msal';
import { armAccessToken } from './auth/tokens';
import { createArmClient } from './azure/arm-client';
import { retryNotices } from './azure/retry-notices';
import { recordRetry } from './onboarding/journal';
import { App } from './app/App';
import { ConfigErrorPage } from './app/ConfigErrorPage';
import type { DemoHandle } from './runtime/runtime';
import { applyAccent } from './app/branding';
import { SupportContactContext } from './ui/support-contact';
import { exchangeRecord } from './exchanges/record';
import { feedFromMsalEvents } from './exchanges/msal-events';
import './app/app.css';

/** Demo mode loads the emulator (its own chunk); live mode never fetches it. */
async function demoTransports(config: AppConfig, root: Root): Promise<{ transports: AuthTransports; fetch: typeof fetch; demo: DemoHandle } | null> {
  const demo = await import('./demo/demo-runtime');
  if (demo.isDemoProblemsPage()) {
    root.render(
      <StrictMode>
        <demo.DemoProblemsPage config={config} />
      </StrictMode>,
    );
    return null;
  }
  const runtime = demo.startDemo(config);
  if (demo.isDemoSignInPage()) {
    // The emulated sign-in page renders before, and without, MSAL: initialising MSAL here would clear its pending request.
    root.render(
      <StrictMode>
        <demo.DemoSignInPage runtime={runtime} />
      </StrictMode>,
    );
    return null;
  }
  return { transports: runtime.transports, fetch: runtime.fetch, demo: runtime.handle };
}

async function bootstrap(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const loaded = await loadConfig();
  if (!loaded.ok) {
    document.title = 'Configuration problem – Twin Onboarding';
    root.render(<ConfigErrorPage problems={loaded.problems} />);
    return;
  }
  const config = loaded.config;
  let transports: AuthTransports = {};
  let armFetch: typeof fetch | undefined;
  let demo: DemoHandle | undefined;
  if (config.mode === 'demo') {
    const started = await demoTransports(config, root);
    if (!started) return;
    ({ transports, fetch: armFetch, demo } = started);
  }
  const msal = createMsal(config, transports);
  // The record of exchanges: demo mode's transports feed it from the emulator; live mode from MSAL and the ARM client.
  if (!demo) feedFromMsalEvents(msal, config.authority, exchangeRecord.add);
  const { redirectError } = await startMsal(msal, config.clientId);
  const arm = createArmClient({
    endpoint: config.armEndpoint,
    fetch: armFetch,
    onExchange: demo ? undefined : exchangeRecord.add,
    getToken: async ({ forceRefresh, tenantId }) => {
      const account = msal.getActiveAccount();
      if (!account) throw new Error('Not signed in');
      return armAccessToken(msal, config, account, forceRefresh, tenantId);
    },
    onRetry: (notice) => {
      retryNotices.publish(notice);
      const tenantId = msal.getActiveAccount()?.tenantId;
      if (tenantId) recordRetry(tenantId, notice);
    },
  });
  applyAccent(config.accentColor);
  root.render(
    <StrictMode>
      <SupportContactContext.Provider value={config.supportContact}>
        <App runtime={{ config, msal, arm, demo, redirectError }} />
      </SupportContactContext.Provider>
    </StrictMode>,
  );
}

bootstrap().catch((error: unknown) => {
  // Nothing above should throw; if it does, say so instead of leaving the loading text forever.
  const root = document.getElementById('root');
  if (root) {
    root.innerHTML = '';
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Twin Onboarding could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
    root.append(p);
  }
});
