import { lazy, Suspense } from 'react';
import { Trans } from '@lingui/react/macro';
import { useSignedInAccount } from '../auth/useAccount';
import type { StepId } from './step';
import { StepFrame } from './StepFrame';
import { SignInStep } from './steps/SignInStep';
import { needCatalog } from '../i18n/i18n';

/**
 * Steps 2 to 4 load when someone is signed in: the landing page (step 1) does not download them. main.tsx starts
 * fetching them early when the page opens signed in, or coming back from Microsoft's sign-in page.
 */
export const loadSignedInWizard = () => Promise.all([import('./SignedInWizard'), needCatalog('wizard')]).then(([module]) => module);
const SignedInWizard = lazy(loadSignedInWizard);

/** `onStep` hears which step is on screen (the demo's presenter notes follow it). */
export function Wizard({ onStep }: { onStep?: (step: StepId) => void } = {}) {
  const account = useSignedInAccount();
  if (!account) {
    return (
      <StepFrame step="sign-in" onShown={onStep}>
        <SignInStep />
      </StepFrame>
    );
  }
  return (
    <Suspense
      fallback={
        <p role="status" className="loading">
          <Trans>Loading the next step…</Trans>
        </p>
      }
    >
      <SignedInWizard key={account.homeAccountId} account={account} onStep={onStep} />
    </Suspense>
  );
}
