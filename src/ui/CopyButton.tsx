import { useState } from 'react';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';

/** Copies text and says so in a polite live region; falls back to selecting the text when the clipboard is refused. */
export function CopyButton({
  text,
  label,
  fallbackTargetId,
}: {
  text: string;
  label: string;
  fallbackTargetId?: string;
}) {
  const { i18n } = useLingui();
  // Kept as a descriptor, so the status follows a change of language.
  const [status, setStatus] = useState<MessageDescriptor | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(msg`Copied to the clipboard.`);
    } catch {
      const target = fallbackTargetId ? document.getElementById(fallbackTargetId) : null;
      if (target) {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        setStatus(msg`The browser refused the clipboard; the text is selected, press Ctrl+C to copy it.`);
      } else {
        setStatus(msg`The browser refused the clipboard.`);
      }
    }
  }
  return (
    <span className="copy">
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status ? i18n._(status) : ''}
      </span>
    </span>
  );
}
