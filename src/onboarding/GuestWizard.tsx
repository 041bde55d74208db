import type { AccountInfo } from '@azure/msal-browser';
import { deriveGuestStep, GUEST_STEPS, type StepId } from './step';
import { StepFrame } from './StepFrame';
import { GuestAccessStep } from './steps/GuestAccessStep';

/**
 * The instance is in the developer's directory (`hosting: "developer"`): after sign-in, the one check there is.
 * The wizard stays in the customer's directory; the developer's is only asked for a token.
 */
export function GuestWizard({
  account,
  onStep,
}: {
  account: AccountInfo;
  onStep: ((step: StepId) => void) | undefined;
}) {
  return (
    <StepFrame step={deriveGuestStep(true)} done={['sign-in']} steps={GUEST_STEPS} onShown={onStep}>
      <GuestAccessStep account={account} />
    </StepFrame>
  );
}
