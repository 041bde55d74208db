import { Trans } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { useSignedInAccount } from './useAccount';
import { renewArmSignIn, signIn } from './tokens';
import { SignInRedirectButton } from './SignInRedirectButton';

/** The one way back from a lapsed sign-in: a click, never an automatic redirect. */
export function SignInAgainButton() {
  const { msal, config } = useRuntime();
  const account = useSignedInAccount();
  return (
    <SignInRedirectButton go={() => (account ? renewArmSignIn(msal, config, account) : signIn(msal, config))}>
      <Trans>Sign in again</Trans>
    </SignInRedirectButton>
  );
}
