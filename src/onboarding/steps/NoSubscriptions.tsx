import { Trans, useLingui } from '@lingui/react/macro';

/** The directory has no subscription to register on: what to do about it, and a way on. */
export function NoSubscriptions({
  onCheckAgain,
  checking,
  onVerify,
}: {
  onCheckAgain: () => void;
  checking: boolean;
  onVerify: () => void;
}) {
  const { t } = useLingui();
  return (
    <div className="card note">
      <h2 className="h3">
        <Trans>Your directory has no Azure subscription you can use</Trans>
      </h2>
      <p>
        <Trans>
          Registering the resource provider needs an Azure subscription linked to this directory, on which you are an
          Owner or Contributor. Microsoft's guidance for this case is:
        </Trans>
      </p>
      <ol>
        <li>
          <Trans comment="First of two options; the second follows in the next list item">
            Create a <strong>pay-as-you-go</strong> subscription (it costs nothing until you create resources), signed
            in with an account of this directory, or
          </Trans>
        </li>
        <li>
          <Trans comment="Second of two options, following 'Create a pay-as-you-go subscription …, or'">
            link an existing subscription to this directory (change its directory in the Azure portal).
          </Trans>
        </li>
      </ol>
      <ul className="links">
        <li>
          <a
            href="https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2"
            target="_blank"
            rel="noreferrer noopener"
          >
            <Trans>
              Subscriptions in the Azure portal<span className="visually-hidden"> (opens in a new tab)</span>
            </Trans>
          </a>
        </li>
        <li>
          <a
            href="https://learn.microsoft.com/entra/fundamentals/how-subscriptions-associated-directory"
            target="_blank"
            rel="noreferrer noopener"
          >
            <Trans>
              Add an existing subscription to your directory (Microsoft Learn)
              <span className="visually-hidden"> (opens in a new tab)</span>
            </Trans>
          </a>
        </li>
      </ul>
      <p className="actions">
        <button type="button" className="button primary" onClick={onCheckAgain} disabled={checking}>
          {checking ? t`Checking…` : t`Check again`}
        </button>
        <button type="button" className="button" onClick={onVerify}>
          <Trans>Verify anyway</Trans>
        </button>
      </p>
    </div>
  );
}
