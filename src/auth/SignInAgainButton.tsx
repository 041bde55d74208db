import { useState } from 'react';
import { useMsal } from '@azure/msal-react';
import { InteractionStatus } from '@azure/msal-browser';
import { Trans } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { useSignedInAccount } from './useAccount';
import { renewArmSignIn, signIn } from './tokens';

/** The one way back from a lapsed sign-in: a click, never an automatic redirect. */
export function SignInAgainButton() {
  const { msal, config } = useRuntime();
  const { inProgress } = useMsal();
  const account = useSignedInAccount();
  const [failed, setFailed] = useState(false);
  async function go() {
    setFailed(false);
    try {
      await (account ? renewArmSignIn(msal, config, account) : signIn(msal, config));
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
        disabled={inProgress !== InteractionStatus.None}
      >
        <Trans>Sign in again</Trans>
      </button>
      {failed && (
        <span role="alert">
          <Trans>The sign-in page could not be opened. Reload the page and try again.</Trans>
        </span>
      )}
    </>
  );
}
