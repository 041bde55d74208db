import { useCallback, useContext } from 'react';
import { Trans } from '@lingui/react/macro';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { ProblemActionContext } from '../ui/problem-actions';
import type { Problem, ProblemAction } from '../problems/types';
import StepUpButton from '../auth/StepUpButton';
import { useChoices } from './choices';
import { deriveStep, doneSteps, waitsForProviderState, type StepId } from './step';
import { useWatchedProvider } from './watched-provider';
import { StepFrame } from './StepFrame';
import { SubscriptionStep } from './steps/SubscriptionStep';
import { WaitNotice } from './WaitNotice';
import { RegisterStep } from './steps/RegisterStep';
import { VerifyStep } from './steps/VerifyStep';
import { TwinsWizard } from './TwinsWizard';
import { GuestWizard } from './GuestWizard';
import { RedirectProblem } from './RedirectProblem';

export default function SignedInWizard({
  account,
  onStep,
}: {
  account: AccountInfo;
  onStep: ((step: StepId) => void) | undefined;
}) {
  const { config } = useRuntime();
  // ARM's claims challenges come only here, after sign-in: the steps' cards offer the step-up, the rest as the app does.
  const appAction = useContext(ProblemActionContext);
  const problemAction = useCallback(
    (action: ProblemAction, problem: Problem) =>
      action === 'step-up' && problem.stepUp ? <StepUpButton {...problem.stepUp} /> : appAction(action, problem),
    [appAction],
  );
  // Which steps exist is a pure function of the configured mode (./step.ts).
  return (
    <ProblemActionContext.Provider value={problemAction}>
      {config.digitalTwins?.hosting === 'developer' ? (
        <GuestWizard account={account} onStep={onStep} />
      ) : config.digitalTwins ? (
        <TwinsWizard account={account} onStep={onStep} />
      ) : (
        <ClassicWizard account={account} onStep={onStep} />
      )}
    </ProblemActionContext.Provider>
  );
}

/** The 2018 flow: subscription, register, verify. */
function ClassicWizard({ account, onStep }: { account: AccountInfo; onStep: ((step: StepId) => void) | undefined }) {
  const tenantId = account.tenantId;
  const choices = useChoices(tenantId);
  const subscriptionId = choices.subscriptionId;
  const { provider, providerState } = useWatchedProvider(tenantId, subscriptionId);

  const facts = { signedIn: true, subscriptionId, verifyRequested: choices.verifyRequested === true, providerState };
  if (waitsForProviderState({ ...facts, providerPending: provider.isPending })) {
    return (
      <p role="status" className="loading">
        <Trans>Checking the subscription's state in Azure…</Trans>
      </p>
    );
  }
  const step = deriveStep(facts);
  const done = doneSteps(facts);

  return (
    <StepFrame step={step} done={done} onShown={onStep}>
      <RedirectProblem tenantId={tenantId} />
      <WaitNotice />
      {step === 'subscription' && <SubscriptionStep account={account} />}
      {step === 'register' && subscriptionId && (
        <RegisterStep account={account} subscriptionId={subscriptionId} provider={provider} />
      )}
      {step === 'verify' && <VerifyStep account={account} providerState={providerState} />}
    </StepFrame>
  );
}
