import { MsalProvider } from '@azure/msal-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { RuntimeContext, type Runtime } from './runtime';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Wizard } from '../onboarding/Wizard';

const DemoControls = lazy(() => import('../demo/DemoControls'));

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
          <Header />
          <main id="main" className="main">
            <ErrorBoundary>
              <Wizard />
            </ErrorBoundary>
          </main>
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
