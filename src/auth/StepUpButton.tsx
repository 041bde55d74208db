import { useState } from 'react';
import { useMsal } from '@azure/msal-react';
import { InteractionStatus } from '@azure/msal-browser';
import { Trans } from '@lingui/react/macro';
import type { ClaimsChallenge } from '../azure/claims-challenge';
import { useRuntime } from '../runtime/runtime';
import { noteStepUpStarted } from './step-up-start';
import { stepUpArmSignIn } from './tokens';
import { useSignedInAccount } from './useAccount';

/**
 * Microsoft's sign-in page with the claims ARM's challenge asked for (MFA, an authentication context), on a click,
 * never by itself: the way back lands on the same step, which sends a challenged write once more.
 */
export default function StepUpButton({ operation, challenge }: { operation: string; challenge: ClaimsChallenge }) {
  const { msal, config } = useRuntime();
  const { inProgress } = useMsal();
  const account = useSignedInAccount();
  const [failed, setFailed] = useState(false);
  async function go() {
    if (!account) return;
    setFailed(false);
    noteStepUpStarted(account.tenantId, operation, challenge);
    try {
      await stepUpArmSignIn(msal, config, account, challenge.claims);
    } catch {
      setFailed(true);
    }
  }
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => void go()}
        disabled={!account || inProgress !== InteractionStatus.None}
      >
        <Trans>Verify with Microsoft</Trans>
      </button>
      {failed && (
        <span role="alert">
          <Trans>The sign-in page could not be opened. Reload the page and try again.</Trans>
        </span>
      )}
    </>
  );
}
