import { Trans, useLingui } from '@lingui/react/macro';
import { RequestText } from '../RequestText';

/** Before the click: the user's roles on the subscription seem not to include the register action. */
export function PredictedDeniedCard({ ns, name, request }: { ns: string; name: string; request: string }) {
  const { t } = useLingui();
  return (
    <div className="card warning" role="note" aria-labelledby="predicted-denied-title">
      <h2 id="predicted-denied-title" className="h3">
        <Trans>Your roles on this subscription probably don't allow registering</Trans>
      </h2>
      <p>
        <Trans comment="Owner and Contributor are Azure role names">
          Registering needs the action <code>{ns}/register/action</code>, which the <strong>Owner</strong> and{' '}
          <strong>Contributor</strong> roles include. Your role assignments on {name} don't grant it. Ask an Owner of
          the subscription to register it for you (the request below says how), or choose a subscription where you are
          an Owner or Contributor. You can still try: Azure has the final word.
        </Trans>
      </p>
      <RequestText label={t`Copy the request for an owner`} text={request} />
    </div>
  );
}
