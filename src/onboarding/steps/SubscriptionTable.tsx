import { Trans } from '@lingui/react/macro';
import type { Subscription, Tenant } from '../../azure/models';
import { SubscriptionRow } from './SubscriptionRow';
import type { ProviderState } from '../../azure/registration-state';

/** A shown row: the subscription and what its provider read says. */
export interface SubscriptionTableRow {
  subscription: Subscription;
  providerState: ProviderState | undefined;
  providerError: boolean;
}

/** The subscriptions shown so far, one row each, with the provider's state on every one. */
export function SubscriptionTable({
  ns,
  rows,
  onChoose,
  tenantId,
  tenants,
  showDirectory,
}: {
  /** the resource provider namespace, the third column's heading */
  ns: string;
  rows: readonly SubscriptionTableRow[];
  onChoose: (id: string) => void;
  /** the directory being set up */
  tenantId: string;
  tenants: readonly Tenant[];
  /** the list spans several directories: every row names its own */
  showDirectory: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">
          <Trans>Subscriptions of your directory</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans comment="Column heading">Subscription</Trans>
            </th>
            <th scope="col">
              <Trans comment="Column heading: the subscription's state">State</Trans>
            </th>
            <th scope="col">
              <code>{ns}</code>
            </th>
            <th scope="col">
              <span className="visually-hidden">
                <Trans comment="Column heading of the buttons">Action</Trans>
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SubscriptionRow
              key={row.subscription.subscriptionId}
              subscription={row.subscription}
              providerState={row.providerState}
              providerError={row.providerError}
              onChoose={onChoose}
              tenantId={tenantId}
              tenants={tenants}
              showDirectory={showDirectory}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
