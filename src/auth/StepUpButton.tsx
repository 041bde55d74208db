import { Trans } from '@lingui/react/macro';
import type { ClaimsChallenge, ResumableWrite } from '../azure/claims-challenge';
import { useRuntime } from '../runtime/runtime';
import { noteStepUpStarted } from './step-up-start';
import { stepUpArmSignIn } from './tokens';
import { useSignedInAccount } from './useAccount';
import { SignInRedirectButton } from './SignInRedirectButton';

/**
 * Microsoft's sign-in page with the claims ARM's challenge asked for (MFA, an authentication context), on a click,
 * never by itself: the way back lands on the same step, which sends a challenged write once more.
 */
export default function StepUpButton({
  operation,
  challenge,
  resume,
}: {
  operation: string;
  challenge: ClaimsChallenge;
  resume?: ResumableWrite | undefined;
}) {
  const { msal, config } = useRuntime();
  const account = useSignedInAccount();
  async function go() {
    if (!account) return;
    noteStepUpStarted(account.tenantId, operation, challenge, resume);
    await stepUpArmSignIn(msal, config, account, challenge.claims);
  }
  return (
    <SignInRedirectButton go={go} disabled={!account}>
      <Trans>Verify with Microsoft</Trans>
    </SignInRedirectButton>
  );
}
