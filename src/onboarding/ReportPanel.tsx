import { lazy, Suspense, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { useDirectory } from '../azure/subscriptions';
import type { Subscription } from '../azure/models';
import { fillReturnUrl } from '../config/return-url';
import { needCatalog } from '../i18n/i18n';
import { CopyButton } from '../ui/CopyButton';
import { useJournal } from './journal';
import { buildReport, reportFileName } from './report';
import type { ProviderState } from '../azure/registration-state';

// Only the last step needs it (and its print stylesheet): a chunk of its own, off the landing page's budget, with
// its words (the catalogs' `extra` part), so it never shows before they are here.
const ReportSummary = lazy(() =>
  Promise.all([import('./ReportSummary'), needCatalog('extra')]).then(([summary]) => summary),
);

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
  instance,
}: {
  account: AccountInfo;
  subscription: Subscription | undefined;
  providerState: ProviderState | undefined;
  /** today's Digital Twins: the instance checked, whose host name `returnUrl` may carry */
  instance?: { hostName: string | undefined } | undefined;
}) {
  const { config, arm } = useRuntime();
  const journal = useJournal(account.tenantId);
  const tenant = useDirectory(arm, account) ?? { id: account.tenantId };
  const { t } = useLingui();
  // The file name only: the words around it follow the page's language.
  const [saved, setSaved] = useState<string | null>(null);
  // A new time only when there is something new to report, so what is shown, copied and downloaded match.
  const [stamp, setStamp] = useState(() => ({ journal, at: new Date() }));
  if (stamp.journal !== journal) setStamp({ journal, at: new Date() });
  const generatedAt = stamp.at;
  // One object for the summary, the JSON, the file and the hand-off.
  const report = buildReport({
    config,
    tenant,
    account: account.username,
    subscription,
    providerState,
    journal,
    generatedAt,
  });
  const text = JSON.stringify(report, null, 2);
  const fileName = reportFileName(report);
  const app = config.appName;
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title" className="h3">
        <Trans>Report to hand back</Trans>
      </h2>
      <p>
        <Trans>
          Send it to the team behind {app} or to support: it lists what was done, when, and the ids they need. It
          contains no token or secret.
        </Trans>
      </p>
      <Suspense
        fallback={
          <p role="status" className="loading">
            <Trans>Preparing the summary…</Trans>
          </p>
        }
      >
        <ReportSummary report={report} />
      </Suspense>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          <Trans>Print or save as PDF</Trans>
        </button>
        <span className="copy">
          <button
            type="button"
            className="button"
            onClick={() => {
              download(text, fileName);
              setSaved(fileName);
            }}
          >
            <Trans>Download JSON</Trans>
          </button>
          <span role="status" className="copy-status">
            {saved !== null && <Trans>Download started: {saved}</Trans>}
          </span>
        </span>
        <CopyButton text={text} label={t`Copy report`} fallbackTargetId="report-json" />
        {config.returnUrl && (
          <a
            className="button primary"
            href={fillReturnUrl(config.returnUrl, {
              tenantId: report.directory.tenantId,
              subscriptionId: report.subscription?.subscriptionId,
              instanceHostName: instance?.hostName,
            })}
          >
            <Trans>Continue to {app}</Trans>
          </a>
        )}
      </p>
      {/* Focusable so it scrolls by keyboard; a region, because a pre with no role can't carry a label. */}
      <pre className="pre report" id="report-json" tabIndex={0} role="region" aria-label={t`Onboarding report (JSON)`}>
        {text}
      </pre>
    </section>
  );
}
