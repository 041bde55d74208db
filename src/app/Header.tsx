import { useMsal } from '@azure/msal-react';
import { InteractionStatus } from '@azure/msal-browser';
import { useState } from 'react';
import { useRuntime } from '../runtime/runtime';
import { useSignedInAccount } from '../auth/useAccount';
import { signOut, signOutHint } from '../auth/tokens';
import { useDirectory } from '../azure/subscriptions';
import { forgetSession } from '../onboarding/forget';
import { useProblem } from '../problems/useProblem';
import { ProblemCard } from '../ui/ProblemCard';
import { PanelToggle } from '../under-the-hood/PanelToggle';
import { ConfigText, useHydrated } from '../ui/hydration';
import { Trans, useLingui } from '@lingui/react/macro';
import { LanguagePicker } from './LanguagePicker';

export function Header() {
  const { config, arm, msal, demo } = useRuntime();
  const hydrated = useHydrated();
  const { inProgress } = useMsal();
  const account = useSignedInAccount();
  const tenant = useDirectory(arm, account);
  const [signOutError, setSignOutError] = useState<unknown>(null);
  const signOutProblem = useProblem(signOutError);
  const { t } = useLingui();
  // Without the ID token's login_hint claim Entra cannot tell which account to sign out, and asks.
  const pickerExpected = account !== null && signOutHint(account) === undefined;

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
    <header className="header">
      <div className="brand">
        {/* Sized up front; after hydration only, since the prerendered page cannot know config.json's logo. */}
        {hydrated && config.logoUrl && (
          <img className="brand-logo" src={config.logoUrl} alt={config.appName} width={40} height={40} />
        )}
        <div className="brand-text">
          <span className="brand-name">
            Twin Onboarding
            {demo && (
              // A badge on the brand's own line rather than a banner above the page: the prerendered page (live
              // mode) must not move when the demo starts.
              <span className="demo-badge" role="note" aria-label={t`Demo mode`}>
                <Trans>Demo</Trans>
                <span className="visually-hidden">
                  {' '}
                  <Trans>
                    — nothing here touches a real directory or subscription. Sign-in and Azure are emulated in your
                    browser.
                  </Trans>
                </span>
              </span>
            )}
          </span>
          <span className="brand-for">
            <Trans>
              for <ConfigText name="appName" value={config.appName} />
            </Trans>
          </span>
        </div>
      </div>
      <div className="header-tools">
        <LanguagePicker />
        <PanelToggle demo={!!demo} />
      </div>
      {account && (
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
      )}
      {signOutProblem && (
        <div className="header-problem">
          <ProblemCard problem={signOutProblem} />
        </div>
      )}
    </header>
  );
}
