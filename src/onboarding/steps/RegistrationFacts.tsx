import { Trans } from '@lingui/react/macro';
import type { Subscription } from '../../azure/models';
import { ProviderStateText, SubscriptionStateText } from '../states';

/** The chosen subscription and the provider's state on it. */
export function RegistrationFacts({
  name,
  subscriptionId,
  subscription,
  ns,
  state,
}: {
  /** the subscription's display name, or its ID while the list is not read */
  name: string;
  subscriptionId: string;
  subscription: Subscription | undefined;
  ns: string;
  state: string | undefined;
}) {
  return (
    <dl className="facts">
      <div>
        <dt>
          <Trans>Subscription</Trans>
        </dt>
        <dd>
          <span className="wrap">{name}</span> <span className="muted mono">{subscriptionId}</span>
          {subscription && (
            <>
              {' '}
              <SubscriptionStateText state={subscription.state} />
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>
          <Trans>Resource provider</Trans>
        </dt>
        <dd>
          <code>{ns}</code> <ProviderStateText state={state} />
        </dd>
      </div>
    </dl>
  );
}
