import { useMsal } from '@azure/msal-react';
import { InteractionStatus, type AccountInfo } from '@azure/msal-browser';
import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { signOut, signOutHint } from '../auth/tokens';
import { useDirectory } from '../azure/subscriptions';
import { WithQueries } from '../azure/query-client';
import { forgetSession } from '../onboarding/forget';
import { useProblem } from '../problems/useProblem';
import { ProblemCard } from '../ui/ProblemCard';

/**
 * The header's part for someone signed in: who, in which directory (ARM's name for it), and Sign out. A chunk of
 * its own, loaded with the steps after sign-in: it reads Azure through TanStack Query, which the signed-out
 * landing page does not download.
 */
export function SignedInIdentity({ account }: { account: AccountInfo }) {
  return (
    <WithQueries>
      <Identity account={account} />
    </WithQueries>
  );
}

function Identity({ account }: { account: AccountInfo }) {
  const { arm, msal } = useRuntime();
  const { inProgress } = useMsal();
  const tenant = useDirectory(arm, account);
  const [signOutError, setSignOutError] = useState<unknown>(null);
  const signOutProblem = useProblem(signOutError);
  const { t } = useLingui();
  // Without the ID token's login_hint claim Entra cannot tell which account to sign out, and asks.
  const pickerExpected = signOutHint(account) === undefined;

  async function leave() {
    setSignOutError(null);
    // The portal's own notes about this directory go too; MSAL clears its token cache for the account.
    forgetSession();
    try {
      await signOut(msal, account);
    } catch (error) {
      setSignOutError(error);
    }
  }

  return (
    <>
      <div className="identity" role="group" aria-label={t`Signed in`}>
        <dl className="identity-facts">
          <div>
            <dt>
              <Trans>Signed in as</Trans>
            </dt>
            <dd>
              {account.name ? `${account.name} ` : ''}
              <span className="muted">({account.username})</span>
            </dd>
          </div>
          <div>
            <dt>
              <Trans>Directory</Trans>
            </dt>
            <dd>
              {tenant?.displayName ?? t`Directory`}{' '}
              <span className="muted">
                ({tenant?.defaultDomain ? `${tenant.defaultDomain}, ` : ''}
                {account.tenantId})
              </span>
            </dd>
          </div>
        </dl>
        <button
          type="button"
          className="button"
          disabled={inProgress !== InteractionStatus.None}
          aria-describedby={pickerExpected ? 'sign-out-picker' : undefined}
          onClick={() => void leave()}
        >
          <Trans>Sign out</Trans>
        </button>
        {pickerExpected && (
          <span id="sign-out-picker" className="muted sign-out-note">
            <Trans>Microsoft will ask which account to sign out.</Trans>
          </span>
        )}
      </div>
      {signOutProblem && (
        <div className="header-problem">
          <ProblemCard problem={signOutProblem} />
        </div>
      )}
    </>
  );
}
