import { MsalProvider } from '@azure/msal-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { RuntimeContext, type Runtime } from './runtime';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Wizard } from '../onboarding/Wizard';
import { PANEL_ID, usePanelOpen } from '../exchanges/panel-state';

const DemoControls = lazy(() => import('../demo/DemoControls'));
const UnderTheHood = lazy(() => import('../exchanges/UnderTheHood'));

/** Always in the page, so the header toggle's aria-controls names an element; the panel itself loads when opened. */
function UnderTheHoodSlot({ runtime }: { runtime: Runtime }) {
  const open = usePanelOpen(!!runtime.demo);
  return (
    <div id={PANEL_ID} className="under-the-hood-slot">
      {open && (
        <Suspense fallback={null}>
          <UnderTheHood directory={runtime.demo?.directory} />
        </Suspense>
      )}
    </div>
  );
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The ARM client already retries what is worth retrying; a second layer would multiply requests.
      queries: { retry: false, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

export function App({ runtime }: { runtime: Runtime }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <RuntimeContext.Provider value={runtime}>
      <MsalProvider instance={runtime.msal}>
        <QueryClientProvider client={queryClient}>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          {runtime.demo && (
            <div className="demo-banner" role="note" aria-label="Demo mode">
              <strong>Demo</strong> — nothing here touches a real directory or subscription. Sign-in and Azure are
              emulated in your browser.
            </div>
          )}
          <Header />
          <main id="main" className="main">
            <ErrorBoundary>
              <Wizard />
            </ErrorBoundary>
          </main>
          <UnderTheHoodSlot runtime={runtime} />
          {runtime.demo && (
            <Suspense fallback={null}>
              <DemoControls demo={runtime.demo} canGoLive={runtime.config.canGoLive} />
            </Suspense>
          )}
        </QueryClientProvider>
      </MsalProvider>
    </RuntimeContext.Provider>
  );
}
