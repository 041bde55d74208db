import { MsalProvider } from '@azure/msal-react';
import { lazy, Suspense, useState } from 'react';
import { Trans } from '@lingui/react/macro';
import { RuntimeContext, type Runtime } from '../runtime/runtime';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Wizard } from '../onboarding/Wizard';
import { SignInAgainButton } from '../auth/SignInAgainButton';
import type { ProblemAction } from '../problems/types';
import { ProblemActionContext } from '../ui/problem-actions';
import { PANEL_ID, usePanelOpen } from '../under-the-hood/panel-state';
import { needCatalog } from '../i18n/i18n';

const DemoControls = lazy(() => import('../demo/DemoControls'));
const UnderTheHood = lazy(() =>
  Promise.all([import('../under-the-hood/UnderTheHood'), needCatalog('extra')]).then(([m]) => m),
);

/**
 * Always in the page, so the header toggle's aria-controls names an element; the panel itself loads when opened.
 * Never printed (with the directory picture inside it), whatever the step.
 */
function UnderTheHoodSlot({ runtime }: { runtime: Runtime }) {
  const open = usePanelOpen(!!runtime.demo);
  return (
    <div id={PANEL_ID} className="under-the-hood-slot" data-print="hide">
      {open && (
        <Suspense fallback={null}>
          <UnderTheHood directory={runtime.demo?.directory} />
        </Suspense>
      )}
    </div>
  );
}

/** The actions problem cards offer on every step (ui/ shows them; auth/ knows how to sign in). */
function problemAction(action: ProblemAction) {
  // 'step-up' comes with ARM's answers only, so the wizard's steps (a later chunk) provide it.
  return action === 'sign-in-again' ? <SignInAgainButton /> : null;
}

export function App({ runtime }: { runtime: Runtime }) {
  // The step on screen, for the demo's presenter notes (live mode does not listen).
  const [step, setStep] = useState<string | undefined>(undefined);
  return (
    <RuntimeContext.Provider value={runtime}>
      <MsalProvider instance={runtime.msal}>
        <ProblemActionContext.Provider value={problemAction}>
          <a className="skip-link" href="#main">
            <Trans>Skip to content</Trans>
          </a>
          <Header />
          <main id="main" className="main">
            {runtime.demo?.notice && (
              <p className="card note" role="status">
                {runtime.demo.notice}
              </p>
            )}
            <ErrorBoundary>
              <Wizard onStep={runtime.demo ? setStep : undefined} />
            </ErrorBoundary>
          </main>
          <UnderTheHoodSlot runtime={runtime} />
          {runtime.demo && (
            <Suspense fallback={null}>
              <DemoControls demo={runtime.demo} canGoLive={runtime.config.canGoLive} step={step} />
            </Suspense>
          )}
        </ProblemActionContext.Provider>
      </MsalProvider>
    </RuntimeContext.Provider>
  );
}
