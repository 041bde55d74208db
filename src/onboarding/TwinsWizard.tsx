import { Trans } from '@lingui/react/macro';
import type { AccountInfo } from '@azure/msal-browser';
import { updateChoices, useChoices } from './choices';
import { deriveTwinsStep, doneTwinsSteps, TWINS_STEPS, twinsWaitsForProviderState, type StepId } from './step';
import { useWatchedProvider } from './watched-provider';
import { StepFrame } from './StepFrame';
import { WaitNotice } from './WaitNotice';
import { InstanceStep } from './steps/InstanceStep';
import { RegisterStep } from './steps/RegisterStep';
import { SubscriptionStep } from './steps/SubscriptionStep';
import { VerifyStep } from './steps/VerifyStep';
import { RedirectProblem } from './RedirectProblem';
import { RegistrationState } from '../azure/registration-state';

/**
 * Today's Digital Twins (`digitalTwins` configured): sign in, pick the instance, (register only when there is none),
 * check access. The step is derived from facts as in the 2018 flow; only the choices differ.
 */
export function TwinsWizard({
  account,
  onStep,
}: {
  account: AccountInfo;
  onStep: ((step: StepId) => void) | undefined;
}) {
  const tenantId = account.tenantId;
  const choices = useChoices(tenantId);
  const registerWanted = choices.registerWanted === true;
  // The provider is read only on the way out of "no instance": a subscription chosen to register on.
  const subscriptionId = registerWanted ? choices.subscriptionId : undefined;
  const { provider, providerState } = useWatchedProvider(tenantId, subscriptionId);

  const facts = { signedIn: true, instanceId: choices.instance?.id, registerWanted, subscriptionId, providerState };
  if (twinsWaitsForProviderState({ ...facts, providerPending: provider.isPending })) {
    return (
      <p role="status" className="loading">
        <Trans>Checking the subscription's state in Azure…</Trans>
      </p>
    );
  }
  const step = deriveTwinsStep(facts);
  const backToInstances = () => updateChoices(tenantId, () => ({}));

  return (
    <StepFrame step={step} done={doneTwinsSteps(facts)} steps={TWINS_STEPS} onShown={onStep}>
      <RedirectProblem tenantId={tenantId} />
      <WaitNotice />
      {step === 'instance' && (
        <InstanceStep
          account={account}
          registeredOn={registerWanted && providerState === RegistrationState.Registered ? subscriptionId : undefined}
        />
      )}
      {step === 'register' && (
        <>
          {subscriptionId ? (
            <RegisterStep account={account} subscriptionId={subscriptionId} provider={provider} />
          ) : (
            <SubscriptionStep account={account} />
          )}
          <p className="aside">
            <button type="button" className="link-button" onClick={backToInstances}>
              <Trans>Back to the instances</Trans>
            </button>
          </p>
        </>
      )}
      {step === 'access' && <VerifyStep account={account} providerState="Registered" instance={choices.instance} />}
    </StepFrame>
  );
}
