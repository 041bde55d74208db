import { Suspense, use } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { useSignedInAccount } from '../auth/useAccount';
import { PanelToggle } from '../under-the-hood/PanelToggle';
import { ConfigText, useHydrated } from '../ui/hydration';
import { Trans, useLingui } from '@lingui/react/macro';
import { LanguagePicker } from './LanguagePicker';

type IdentityModule = typeof import('./SignedInIdentity');
let identity: IdentityModule | undefined;
let loadingIdentity: Promise<IdentityModule | null> | undefined;

/**
 * Who is signed in, and Sign out (./SignedInIdentity.tsx): a chunk that start.tsx fetches beside the steps after
 * sign-in, and waits for, so a signed-in page shows it in its first render. A failed load shows nothing and is
 * tried again at the next render; the steps say what went wrong.
 */
export function loadSignedInIdentity(): Promise<IdentityModule | null> {
  loadingIdentity ??= import('./SignedInIdentity').then(
    (module) => (identity = module),
    () => {
      loadingIdentity = undefined;
      return null;
    },
  );
  return loadingIdentity;
}

function LoadedIdentity({ account }: { account: AccountInfo }) {
  const loaded = identity ?? use(loadSignedInIdentity());
  return loaded ? <loaded.SignedInIdentity account={account} /> : null;
}

export function Header() {
  const { config, demo } = useRuntime();
  const hydrated = useHydrated();
  const account = useSignedInAccount();
  const { t } = useLingui();

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
        <Suspense fallback={null}>
          <LoadedIdentity account={account} />
        </Suspense>
      )}
    </header>
  );
}
