import { useEffect, useRef } from 'react';
import { Trans } from '@lingui/react/macro';

/** Azure is registering: how long it has taken, when it was last read, and what to do if it takes too long. */
export function RegisteringCard({
  ns,
  name,
  elapsed,
  announced,
  lastChecked,
  stuck,
}: {
  ns: string;
  name: string;
  /** time since the watch began, formatted */
  elapsed: string;
  /** the elapsed time screen readers hear, formatted, once there is one */
  announced: string | undefined;
  /** when the provider's state was last read, formatted */
  lastChecked: string | undefined;
  stuck: boolean;
}) {
  const progressRef = useRef<HTMLDivElement>(null);
  // The Register button the user just pressed is gone: keep keyboard focus on what replaced it.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) progressRef.current?.focus();
  }, []);
  return (
    <div className="card progress" ref={progressRef} tabIndex={-1}>
      <p role="status" aria-live="polite">
        <Trans>
          Azure is registering <code>{ns}</code> on {name}. This usually takes a minute or two; you can leave this page
          and come back, the portal picks up where Azure is.
        </Trans>
        {announced !== undefined && (
          <>
            {' '}
            <Trans>Still registering after {announced}.</Trans>
          </>
        )}
      </p>
      <div className="meter" aria-hidden="true">
        <div className="meter-bar" />
      </div>
      {stuck && (
        <p>
          <Trans>
            <strong>This is taking longer than usual.</strong> Azure sometimes needs much longer to register a provider.
            The portal keeps checking every 30 seconds; you can also close this page and come back later, it picks up
            where Azure is. If it is still registering after an hour, contact Azure support with the details below.
          </Trans>
        </p>
      )}
      <p className="muted">
        {lastChecked !== undefined ? (
          <Trans comment="elapsed is a duration such as 1:05; lastChecked a time of day">
            Elapsed <span className="mono">{elapsed}</span> · last checked {lastChecked}
          </Trans>
        ) : (
          <Trans comment="elapsed is a duration such as 1:05">
            Elapsed <span className="mono">{elapsed}</span>
          </Trans>
        )}
      </p>
    </div>
  );
}
