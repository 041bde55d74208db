import { Trans, useLingui } from '@lingui/react/macro';

/** What registering does, and the button that starts it. */
export function RegisterCard({
  ns,
  sending,
  readOnly,
  onStart,
}: {
  ns: string;
  /** the register call is on its way */
  sending: boolean;
  readOnly: boolean;
  onStart: () => void;
}) {
  const { t } = useLingui();
  return (
    <div className="card">
      <p>
        <Trans>
          Registering <code>{ns}</code> tells Azure that this subscription uses Azure Digital Twins. Azure then adds the
          Azure Digital Twins service principal to your directory, which is what lets Microsoft Entra ID issue Digital
          Twins tokens. It is free and creates no resources. You need to be an Owner or Contributor of the subscription.
        </Trans>
      </p>
      <p className="actions">
        <button type="button" className="button primary" onClick={onStart} disabled={sending || readOnly}>
          {sending
            ? t`Sending the request…`
            : t({ message: `Register ${ns}`, comment: 'ns is the resource provider namespace' })}
        </button>
      </p>
      {readOnly && (
        <p className="reason">
          <Trans>This subscription is read-only, so Azure refuses registrations on it. Choose another one.</Trans>
        </p>
      )}
    </div>
  );
}
