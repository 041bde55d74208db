import { useMsal } from '@azure/msal-react';
import { InteractionStatus } from '@azure/msal-browser';
import { useQuery } from '@tanstack/react-query';
import { useRuntime } from './runtime';
import { useSignedInAccount } from '../auth/useAccount';
import { signOut } from '../auth/tokens';
import { tenantsQueryOptions } from '../azure/subscriptions';

export function Header() {
  const { config, arm, msal } = useRuntime();
  const { inProgress } = useMsal();
  const account = useSignedInAccount();
  const tenants = useQuery({ ...tenantsQueryOptions(arm, account?.homeAccountId ?? ''), enabled: account !== null });
  const tenant = tenants.data?.find((t) => t.tenantId === account?.tenantId);

  return (
    <header className="header">
      <div className="brand">
        <span className="brand-name">Twin Onboarding</span>
        <span className="brand-for">for {config.appName}</span>
      </div>
      {account && (
        <div className="identity" aria-label="Signed in">
          <dl className="identity-facts">
            <div>
              <dt>Signed in as</dt>
              <dd>
                {account.name ? `${account.name} ` : ''}
                <span className="muted">({account.username})</span>
              </dd>
            </div>
            <div>
              <dt>Directory</dt>
              <dd>
                {tenant?.displayName ?? 'Directory'}{' '}
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
            onClick={() => void signOut(msal, account)}
          >
            Sign out
          </button>
        </div>
      )}
    </header>
  );
}
