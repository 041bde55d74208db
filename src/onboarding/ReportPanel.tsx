import { lazy, Suspense, useState } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { useDirectory } from '../azure/subscriptions';
import type { Subscription } from '../azure/models';
import { fillReturnUrl } from '../config/return-url';
import { CopyButton } from '../ui/CopyButton';
import { useJournal } from './journal';
import { buildReport, reportFileName } from './report';

// Only the last step needs it (and its print stylesheet): a chunk of its own, off the landing page's budget.
const ReportSummary = lazy(() => import('./ReportSummary'));

/** Saves text as a file through a Blob URL: nothing leaves the browser. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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
  const [saved, setSaved] = useState('');
  // A new time only when there is something new to report, so what is shown, copied and downloaded match.
  const [stamp, setStamp] = useState(() => ({ journal, at: new Date() }));
  if (stamp.journal !== journal) setStamp({ journal, at: new Date() });
  const generatedAt = stamp.at;
  // One object for the summary, the JSON, the file and the hand-off.
  const report = buildReport({ config, tenant, account: account.username, subscription, providerState, journal, generatedAt });
  const text = JSON.stringify(report, null, 2);
  const fileName = reportFileName(report);
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title" className="h3">
        Report to hand back
      </h2>
      <p>
        Send it to the team behind {config.appName} or to support: it lists what was done, when, and the ids they need.
        It contains no token or secret.
      </p>
      <Suspense
        fallback={
          <p role="status" className="loading">
            Preparing the summary…
          </p>
        }
      >
        <ReportSummary report={report} />
      </Suspense>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <span className="copy">
          <button
            type="button"
            className="button"
            onClick={() => {
              download(text, fileName);
              setSaved(`Download started: ${fileName}`);
            }}
          >
            Download JSON
          </button>
          <span role="status" className="copy-status">
            {saved}
          </span>
        </span>
        <CopyButton text={text} label="Copy report" fallbackTargetId="report-json" />
        {config.returnUrl && (
          <a
            className="button primary"
            href={fillReturnUrl(config.returnUrl, { tenantId: report.directory.tenantId, subscriptionId: report.subscription?.subscriptionId })}
          >
            Continue to {config.appName}
          </a>
        )}
      </p>
      {/* Focusable so it scrolls by keyboard; a region, because a pre with no role can't carry a label. */}
      <pre className="pre report" id="report-json" tabIndex={0} role="region" aria-label="Onboarding report (JSON)">
        {text}
      </pre>
    </section>
  );
}
