import { useId, type ReactNode } from 'react';
import type { Report } from './report';
import { supportContactLabel } from '../ui/support-contact';
import './report-summary.css';

/** The reader's own clock and language; the JSON keeps ISO times for support. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });

function When({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <>—</>;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? <>{iso}</> : <time dateTime={iso}>{dateTime.format(date)}</time>;
}

function Fact({ label, children, mono = false }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={mono ? 'mono wrap' : 'wrap'}>{children}</dd>
    </div>
  );
}

function Ids({ ids }: { ids: Array<[string, string | null | undefined]> }) {
  const shown = ids.filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="report-ids">
      {shown.map(([label, value], index) => (
        <div key={index}>
          <dt>{label}</dt>
          <dd className="mono">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The report as people read it, on screen and on paper: built from the same object as the JSON. When it is on
 * the page, printing shows only this (./report-summary.css), on one A4 or Letter page.
 */
export default function ReportSummary({ report }: { report: Report }) {
  const id = useId();
  const { directory, subscription, provider, verification, problems } = report;
  const request = provider.registerRequest;
  return (
    <article className="report-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="report-summary-title">
        Onboarding summary: {directory.displayName ?? directory.tenantId}
      </h3>
      <p className="report-summary-meta">
        {report.app} · generated <When iso={report.generatedAt} />
        {report.mode === 'demo' && ' · demo mode: emulated, no real directory was changed'}
      </p>
      {report.supportContact && (
        <p className="report-summary-meta">
          Questions about this onboarding: <a href={report.supportContact}>{supportContactLabel(report.supportContact)}</a>
        </p>
      )}

      <div className="report-summary-grid">
        <div>
          <h4>Directory</h4>
          <dl className="facts">
            <Fact label="Name">{directory.displayName ?? '—'}</Fact>
            <Fact label="Domain">{directory.defaultDomain ?? '—'}</Fact>
            <Fact label="Tenant ID" mono>
              {directory.tenantId}
            </Fact>
            <Fact label="Signed in as">{report.signedInAs}</Fact>
          </dl>
        </div>

        <div>
          <h4>Subscription and resource provider</h4>
          <dl className="facts">
            <Fact label="Subscription">{subscription ? (subscription.displayName ?? '—') : 'none chosen'}</Fact>
            {subscription && (
              <>
                <Fact label="Subscription ID" mono>
                  {subscription.subscriptionId}
                </Fact>
                <Fact label="Subscription state">{subscription.state ?? '—'}</Fact>
              </>
            )}
            <Fact label="Provider">{provider.namespace}</Fact>
            <Fact label="Provider state">{provider.registrationState ?? 'not read'}</Fact>
            <Fact label="Register request">{request ? <When iso={request.requestedAt} /> : 'not sent by this portal'}</Fact>
            {provider.registeredSeenAt && (
              <Fact label="Seen registered">
                <When iso={provider.registeredSeenAt} />
              </Fact>
            )}
          </dl>
          {request && (
            <Ids
              ids={[
                ['State returned', request.stateReturned],
                ['x-ms-correlation-request-id', request.correlationId],
                ['x-ms-request-id', request.requestId],
                ['x-ms-client-request-id', request.clientRequestId],
              ]}
            />
          )}
        </div>

        <div>
          <h4>Verification</h4>
          <dl className="facts">
            <Fact label="Result">{verification ? 'Azure Digital Twins token issued' : 'not verified'}</Fact>
            {verification && (
              <>
                <Fact label="When">
                  <When iso={verification.acquiredAt} />
                </Fact>
                <Fact label="Scope asked" mono>
                  {verification.scope}
                </Fact>
                <Fact label="Scopes granted" mono>
                  {verification.scopes.join(' ')}
                </Fact>
                <Fact label="Tenant ID" mono>
                  {verification.tenantId}
                </Fact>
                <Fact label="Account">{verification.account}</Fact>
                <Fact label="Token expires">
                  <When iso={verification.expiresOn} />
                </Fact>
              </>
            )}
          </dl>
          {verification && <Ids ids={[['Correlation ID', verification.correlationId]]} />}
        </div>
      </div>

      <h4>Problems and waits ({problems.length})</h4>
      {problems.length === 0 ? (
        <p>None on the way.</p>
      ) : (
        <ol className="report-problems">
          {problems.map((p, index) => (
            <li key={index}>
              <When iso={p.at} /> — {p.title} <span className="muted">({p.key})</span>
              <Ids ids={p.ids} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
