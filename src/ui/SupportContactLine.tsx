import { useContext } from 'react';
import { SupportContactContext, supportContactLabel } from './support-contact';

/** "Need help? Contact …" with the deployment's `supportContact`; nothing when none is configured. */
export function SupportContactLine() {
  const supportContact = useContext(SupportContactContext);
  if (!supportContact) return null;
  return (
    <p className="support-contact">
      Need help? Contact{' '}
      {supportContact.startsWith('mailto:') ? (
        <a href={supportContact}>{supportContactLabel(supportContact)}</a>
      ) : (
        <a href={supportContact} target="_blank" rel="noreferrer noopener">
          {supportContactLabel(supportContact)}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
      .
    </p>
  );
}
