import { useState } from 'react';

/** Copies text and says so in a polite live region; falls back to selecting the text when the clipboard is refused. */
export function CopyButton({ text, label, fallbackTargetId }: { text: string; label: string; fallbackTargetId?: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied to the clipboard.');
    } catch {
      const target = fallbackTargetId ? document.getElementById(fallbackTargetId) : null;
      if (target) {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        setStatus('The browser refused the clipboard; the text is selected, press Ctrl+C to copy it.');
      } else {
        setStatus('The browser refused the clipboard.');
      }
    }
  }
  return (
    <span className="copy">
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
