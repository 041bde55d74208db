import { Suspense, use } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { Trans } from '@lingui/react/macro';
import { useSignedInAccount } from '../auth/useAccount';
import type { StepId } from './step';
import { StepFrame } from './StepFrame';
import { SignInStep } from './steps/SignInStep';
import { needCatalog } from '../i18n/i18n';

interface SignedInWizardModule {
  default: (typeof import('./SignedInWizard'))['default'];
  WithQueries: (typeof import('../azure/query-client'))['WithQueries'];
}
let signedInWizard: SignedInWizardModule | undefined;
let loading: Promise<SignedInWizardModule> | undefined;

/**
 * Steps 2 to 4, with their words, load once someone is signed in: the landing page (step 1) does not download
 * them. main.tsx starts this as the page starts and waits for it before the first render when someone is signed
 * in, so the steps render at once (no fallback, which React would hold on screen for a moment). A failed load may
 * be tried again. TanStack Query's cache comes with them (src/azure/query-client.tsx): step 1 reads nothing.
 */
export function loadSignedInWizard(): Promise<SignedInWizardModule> {
  loading ??= Promise.all([import('./SignedInWizard'), import('../azure/query-client'), needCatalog('wizard')]).then(
    ([module, { WithQueries }]) => (signedInWizard = { default: module.default, WithQueries }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function LoadedSignedInWizard(props: { account: AccountInfo; onStep: ((step: StepId) => void) | undefined }) {
  const { default: SignedInWizard, WithQueries } = signedInWizard ?? use(loadSignedInWizard());
  return (
    <WithQueries>
      <SignedInWizard {...props} />
    </WithQueries>
  );
}

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
      <LoadedSignedInWizard key={account.homeAccountId} account={account} onStep={onStep} />
    </Suspense>
  );
}
