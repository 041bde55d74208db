import { Trans, useLingui } from '@lingui/react/macro';
import { isReadOnlyState, subscriptionStanding, type Subscription, type Tenant } from '../../azure/models';
import { ProviderStateText, SubscriptionStateText } from '../states';
import { directoryName, inDirectory, subscriptionOffer } from '../directories';
import type { ProviderState } from '../../azure/registration-state';

/** One subscription of the list: its name, its state, the provider's state on it and the button that chooses it. */
export function SubscriptionRow({
  subscription,
  providerState,
  providerError,
  onChoose,
  tenantId,
  tenants,
  showDirectory,
}: {
  subscription: Subscription;
  providerState: ProviderState | undefined;
  providerError: boolean;
  onChoose: (id: string) => void;
  /** the directory being set up */
  tenantId: string;
  tenants: readonly Tenant[];
  /** the list spans several directories: every row names its own */
  showDirectory: boolean;
}) {
  const { t, i18n } = useLingui();
  const readOnly = isReadOnlyState(subscription.state);
  const atRisk = subscriptionStanding(subscription.state) === 'at-risk';
  const offer = subscriptionOffer(subscription, tenantId, tenants, i18n);
  const directory = directoryName(subscription.tenantId ?? tenantId, tenants, i18n);
  const name = subscription.displayName;
  const reasonId = `reason-${subscription.subscriptionId}`;
  const directoryReasonId = `directory-reason-${subscription.subscriptionId}`;
  const describedBy = [readOnly ? reasonId : '', offer.usable ? '' : directoryReasonId].filter(Boolean).join(' ');
  return (
    <tr>
      <th scope="row" className="sub-name">
        <span className="wrap">{subscription.displayName}</span>
        <span className="muted mono wrap">{subscription.subscriptionId}</span>
        {showDirectory && (
          <span className="muted wrap">
            {subscription.managedByTenants.includes(tenantId) && !inDirectory(subscription, tenantId) ? (
              <Trans>Directory: {directory} (Azure Lighthouse)</Trans>
            ) : (
              <Trans>Directory: {directory}</Trans>
            )}
          </span>
        )}
      </th>
      <td>
        <SubscriptionStateText state={subscription.state} />
        {readOnly && (
          <span id={reasonId} className="reason">
            <ReadOnlyReason state={subscription.state} />
          </span>
        )}
        {atRisk && (
          <span className="reason">
            <Trans>
              Registering works: Azure keeps every operation available, but disables the subscription if its billing
              issue isn't settled.
            </Trans>
          </span>
        )}
        {!offer.usable && (
          <span id={directoryReasonId} className="reason">
            {offer.reason}
          </span>
        )}
      </td>
      <td>
        {providerError ? (
          <span className="muted">
            <Trans comment="The provider's state on a subscription could not be read">Couldn't read</Trans>
          </span>
        ) : (
          <ProviderStateText state={providerState} />
        )}
      </td>
      <td>
        <button
          type="button"
          className="button"
          disabled={readOnly || !offer.usable}
          aria-describedby={describedBy || undefined}
          // The name starts with the visible text (WCAG 2.5.3) and says which row it acts on.
          aria-label={t({
            message: `Use this subscription: ${name}`,
            comment: "The button's name starts with its visible text",
          })}
          onClick={() => onChoose(subscription.subscriptionId)}
        >
          <Trans>Use this subscription</Trans>
        </button>
      </td>
    </tr>
  );
}

/** Why a read-only or deleted subscription's row cannot be used, naming its state (Azure's word, lower-cased in English). */
function ReadOnlyReason({ state }: { state: string }) {
  switch (state) {
    case 'Disabled':
      return <Trans>Azure keeps disabled subscriptions read-only, so nothing can be registered on it.</Trans>;
    case 'Expired':
      return (
        <Trans>
          This subscription was cancelled and has expired: Azure keeps it read-only until it is reactivated, so nothing
          can be registered on it.
        </Trans>
      );
    case 'Deleted':
      return <Trans>Azure has deleted this subscription: no operation is possible on it.</Trans>;
    default:
      return (
        <Trans comment="state is Azure's name for the subscription's state">
          Azure keeps {state} subscriptions read-only, so nothing can be registered on it.
        </Trans>
      );
  }
}
