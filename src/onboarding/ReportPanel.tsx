import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { useDirectory } from '../azure/subscriptions';
import type { Subscription } from '../azure/models';
import { CopyButton } from '../ui/CopyButton';
import { useJournal } from './journal';
import { buildReport } from './report';

export function ReportPanel({
  account,
  subscription,
  providerState,
}: {
  account: AccountInfo;
  subscription: Subscription | undefined;
  providerState: string | undefined;
}) {
  const { config, arm } = useRuntime();
  const journal = useJournal(account.tenantId);
  const tenant = useDirectory(arm, account) ?? { id: account.tenantId };
  const text = JSON.stringify(
    buildReport({ config, tenant, account: account.username, subscription, providerState, journal, generatedAt: new Date() }),
    null,
    2,
  );
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title" className="h3">
        Report to hand back
      </h2>
      <p>
        Send it to the team behind {config.appName} or to support: it lists what was done, when, and the ids they need.
        It contains no token or secret.
      </p>
      {/* Focusable so it scrolls by keyboard; a region, because a pre with no role can't carry a label. */}
      <pre className="pre report" id="report-json" tabIndex={0} role="region" aria-label="Onboarding report (JSON)">
        {text}
      </pre>
      <p className="actions">
        <CopyButton text={text} label="Copy report" fallbackTargetId="report-json" />
        {config.returnUrl && (
          <a className="button primary" href={config.returnUrl}>
            Continue to {config.appName}
          </a>
        )}
      </p>
    </section>
  );
}
