import { useId } from 'react';
import { useLingui } from '@lingui/react/macro';
import { CopyButton } from '../ui/CopyButton';

/** A ready-to-send message for whoever can unblock the user, shown in full and copyable in one click. `label` comes translated. */
export function RequestText({ label, text }: { label: string; text: string }) {
  const id = useId();
  const { t } = useLingui();
  return (
    <div className="request">
      <pre
        id={id}
        className="request-text"
        tabIndex={0}
        aria-label={t({
          message: `${label}: text`,
          comment: 'Name of the box showing the request; label is e.g. "Copy the request for an owner"',
        })}
      >
        {text}
      </pre>
      <CopyButton text={text} label={label} fallbackTargetId={id} />
    </div>
  );
}
