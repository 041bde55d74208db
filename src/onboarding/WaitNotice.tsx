import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { Trans, useLingui } from '@lingui/react/macro';
import { describeRetry, usePendingRetry } from '../azure/retry-notices';
import { useNow } from '../ui/useNow';

function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
}

/**
 * Why nothing moves for a moment: the browser is offline (queries pause and resume by themselves), or the ARM
 * client waits out throttling or a fault. Either way the portal goes on by itself, and says so.
 */
export function WaitNotice() {
  const { i18n } = useLingui();
  const online = useOnline();
  const pending = usePendingRetry();
  const now = useNow(500, pending !== null);
  const text = pending ? describeRetry(i18n, pending, now) : null;
  // The live region stays in the page so a message is announced when it appears; the countdown is for the eyes.
  return (
    <div role="status" className="wait-notice">
      {!online ? (
        <p className="card note">
          <Trans>
            You are offline. Nothing is lost: the portal pauses and carries on by itself when the connection is back.
          </Trans>
        </p>
      ) : (
        text && (
          <p className="card note">
            {text.message} <span aria-hidden="true">({text.countdown})</span>
          </p>
        )
      )}
    </div>
  );
}
