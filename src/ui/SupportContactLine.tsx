import { useContext } from 'react';
import { Trans } from '@lingui/react/macro';
import { SupportContactContext, supportContactLabel } from './support-contact';

/** "Need help? Contact …" with the deployment's `supportContact`; nothing when none is configured. */
export function SupportContactLine() {
  const supportContact = useContext(SupportContactContext);
  if (!supportContact) return null;
  const contact = supportContact.startsWith('mailto:') ? (
    <a href={supportContact}>{supportContactLabel(supportContact)}</a>
  ) : (
    <a href={supportContact} target="_blank" rel="noreferrer noopener">
      {supportContactLabel(supportContact)}
      <span className="visually-hidden">
        {' '}
        <Trans>(opens in a new tab)</Trans>
      </span>
    </a>
  );
  return (
    <p className="support-contact">
      <Trans comment="{contact} is the deployment's support address or web page, as a link">
        Need help? Contact {contact}.
      </Trans>
    </p>
  );
}
