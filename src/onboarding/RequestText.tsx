import { useId } from 'react';
import { CopyButton } from '../ui/CopyButton';

/** A ready-to-send message for whoever can unblock the user, shown in full and copyable in one click. */
export function RequestText({ label, text }: { label: string; text: string }) {
  const id = useId();
  return (
    <div className="request">
      <pre id={id} className="request-text" tabIndex={0} aria-label={`${label}: text`}>
        {text}
      </pre>
      <CopyButton text={text} label={label} fallbackTargetId={id} />
    </div>
  );
}
