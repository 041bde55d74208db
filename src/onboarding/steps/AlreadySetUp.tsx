import { Trans } from '@lingui/react/macro';
import type { Subscription } from '../../azure/models';

/** A subscription of this directory already has the provider registered: verification can come straight away. */
export function AlreadySetUp({
  ns,
  registeredOn,
  onVerify,
}: {
  ns: string;
  registeredOn: Subscription;
  onVerify: () => void;
}) {
  return (
    <div className="card success" role="status">
      <h2 className="h3">
        <Trans>Your directory is already set up</Trans>
      </h2>
      <p>
        <Trans>
          <code>{ns}</code> is already registered on <strong>{registeredOn.displayName}</strong>, so Azure Digital Twins
          should already be known in your directory. You can go straight to verification.
        </Trans>
      </p>
      <button type="button" className="button primary" onClick={onVerify}>
        <Trans>Verify now</Trans>
      </button>
    </div>
  );
}
