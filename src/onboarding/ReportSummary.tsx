import { useId, type ReactNode } from 'react';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { Report } from './report';
import { STEP_UP_TITLES, WAIT_TITLES } from './journal';
import { providerStateWords, subscriptionStateWords } from './states';
import { catalogue, type CatalogueEntry } from '../problems/catalogue';
import { guestCatalogue } from '../problems/guest-catalogue';
import { idLabel, idValue } from '../problems/ids';
import { supportContactLabel } from '../ui/support-contact';
import { NotCheckedItem } from './TwinsAccess';
import type { NotChecked } from './data-access';
import './report-summary.css';

/** The reader's own clock, in the page's language; the JSON keeps ISO times for support. */
function When({ iso }: { iso: string | null | undefined }) {
  const { i18n } = useLingui();
  if (!iso) return <>—</>;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? (
    <>{iso}</>
  ) : (
    <time dateTime={iso}>{i18n.date(date, { dateStyle: 'medium', timeStyle: 'long' })}</time>
  );
}

/**
 * A problem's title in the page's language when the portal knows its key (the journal keeps it in English, for
 * the JSON), else as it was kept.
 */
function problemTitle(
  problem: { key: string; title: string },
  entries: Record<string, CatalogueEntry>,
  i18n: I18n,
): string {
  const reason = problem.key.startsWith('retry-') ? problem.key.slice('retry-'.length) : undefined;
  if (reason !== undefined && Object.hasOwn(WAIT_TITLES, reason))
    return i18n._(WAIT_TITLES[reason as keyof typeof WAIT_TITLES]);
  const stepUp = problem.key.startsWith('step-up-') ? problem.key.slice('step-up-'.length) : undefined;
  if (stepUp !== undefined && Object.hasOwn(STEP_UP_TITLES, stepUp))
    return i18n._(STEP_UP_TITLES[stepUp as keyof typeof STEP_UP_TITLES]);
  return Object.hasOwn(entries, problem.key) ? entries[problem.key]!.title : problem.title;
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
  const { i18n } = useLingui();
  const shown = ids.filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="report-ids">
      {shown.map(([label, value], index) => (
        <div key={index}>
          <dt>{idLabel(label, i18n)}</dt>
          <dd className="mono">{idValue(value, i18n)}</dd>
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
  const { i18n, t } = useLingui();
  const base = { providerNamespace: provider.namespace, appName: report.app, i18n };
  const twins = report.digitalTwins;
  // The developer's directory's cards (their titles name only the app), in the reader's language too.
  const entries: Record<string, CatalogueEntry> =
    twins?.hosting === 'developer'
      ? {
          ...catalogue(base),
          ...guestCatalogue({
            ...base,
            tenantId: twins.instanceDirectory,
            customerTenantId: directory.tenantId,
            signInName: report.signedInAs,
          }),
        }
      : catalogue(base);
  const name = directory.displayName ?? directory.tenantId;
  const app = report.app;
  const count = problems.length;
  const generated = <When iso={report.generatedAt} />;
  const contact = report.supportContact && (
    <a href={report.supportContact}>{supportContactLabel(report.supportContact)}</a>
  );
  return (
    <article className="report-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="report-summary-title">
        <Trans>Onboarding summary: {name}</Trans>
      </h3>
      <p className="report-summary-meta">
        {report.mode === 'demo' ? (
          <Trans comment="{app} is the product's name, {generated} a date and time">
            {app} · generated {generated} · demo mode: emulated, no real directory was changed
          </Trans>
        ) : (
          <Trans comment="{app} is the product's name, {generated} a date and time">
            {app} · generated {generated}
          </Trans>
        )}
      </p>
      {contact && (
        <p className="report-summary-meta">
          <Trans>Questions about this onboarding: {contact}</Trans>
        </p>
      )}

      <div className="report-summary-grid">
        <div>
          <h4>
            <Trans>Directory</Trans>
          </h4>
          <dl className="facts">
            <Fact label={t`Name`}>{directory.displayName ?? '—'}</Fact>
            <Fact label={t`Domain`}>{directory.defaultDomain ?? '—'}</Fact>
            <Fact label={t`Tenant ID`} mono>
              {directory.tenantId}
            </Fact>
            <Fact label={t`Signed in as`}>{report.signedInAs}</Fact>
          </dl>
        </div>

        <div>
          <h4>
            <Trans>Subscription and resource provider</Trans>
          </h4>
          <dl className="facts">
            <Fact label={t`Subscription`}>{subscription ? (subscription.displayName ?? '—') : t`none chosen`}</Fact>
            {subscription && (
              <>
                <Fact label={t`Subscription ID`} mono>
                  {subscription.subscriptionId}
                </Fact>
                <Fact label={t`Subscription state`}>
                  {subscription.state ? subscriptionStateWords(i18n, subscription.state) : '—'}
                </Fact>
              </>
            )}
            <Fact label={t`Provider`}>{provider.namespace}</Fact>
            <Fact label={t`Provider state`}>
              {provider.registrationState
                ? providerStateWords(i18n, provider.registrationState)
                : t({ message: 'not read', comment: 'The resource provider state was not read' })}
            </Fact>
            <Fact label={t`Register request`}>
              {request ? <When iso={request.requestedAt} /> : t`not sent by this portal`}
            </Fact>
            {provider.registeredSeenAt && (
              <Fact label={t`Seen registered`}>
                <When iso={provider.registeredSeenAt} />
              </Fact>
            )}
          </dl>
          {request && (
            <Ids
              ids={[
                ['State returned', providerStateWords(i18n, request.stateReturned)],
                ['x-ms-correlation-request-id', request.correlationId],
                ['x-ms-request-id', request.requestId],
                ['x-ms-client-request-id', request.clientRequestId],
              ]}
            />
          )}
        </div>

        <div>
          <h4>
            <Trans>Verification</Trans>
          </h4>
          <dl className="facts">
            <Fact label={t`Result`}>{verification ? t`Azure Digital Twins token issued` : t`not verified`}</Fact>
            {verification && (
              <>
                <Fact label={t`When`}>
                  <When iso={verification.acquiredAt} />
                </Fact>
                <Fact label={t`Scope asked`} mono>
                  {verification.scope}
                </Fact>
                <Fact label={t`Scopes granted`} mono>
                  {verification.scopes.join(' ')}
                </Fact>
                <Fact label={t`Tenant ID`} mono>
                  {verification.tenantId}
                </Fact>
                <Fact label={t`Account`}>{verification.account}</Fact>
                <Fact label={t`Token expires`}>
                  <When iso={verification.expiresOn} />
                </Fact>
              </>
            )}
          </dl>
          {verification && <Ids ids={[['Correlation ID', verification.correlationId]]} />}
        </div>
      </div>

      {report.digitalTwins?.hosting === 'developer' && <GuestSummary guest={report.digitalTwins} />}
      {report.digitalTwins?.hosting === 'customer' && <TwinsSummary twins={report.digitalTwins} />}

      <h4>
        <Plural value={count} one="Problems and waits (#)" other="Problems and waits (#)" />
      </h4>
      {problems.length === 0 ? (
        <p>
          <Trans>None on the way.</Trans>
        </p>
      ) : (
        <ol className="report-problems">
          {problems.map((p, index) => (
            <li key={index}>
              <When iso={p.at} /> — {problemTitle(p, entries, i18n)} <span className="muted">({p.key})</span>
              <Ids ids={p.ids} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

/** Today's Digital Twins in the summary: the mode, the instance, who holds a sufficient role, what was not checked. */
function TwinsSummary({ twins }: { twins: Extract<Report['digitalTwins'], { hosting: 'customer' }> }) {
  const { t } = useLingui();
  const outcome =
    twins.outcome === 'ready'
      ? t({
          message: 'ready: a principal holds a sufficient role',
          comment: 'Outcome of the access check in the report',
        })
      : twins.outcome === 'needs-role'
        ? t({ message: 'nobody holds a sufficient role', comment: 'Outcome of the access check in the report' })
        : twins.outcome === 'unknown'
          ? t({ message: 'cannot tell from a browser', comment: 'Outcome of the access check in the report' })
          : t({ message: 'not checked', comment: 'Outcome of the access check in the report' });
  const principals = twins.principalsWithSufficientRole;
  return (
    <section>
      <h4>
        <Trans>Azure Digital Twins</Trans>
      </h4>
      <dl className="facts">
        <Fact label={t`Hosting`}>
          {t({ message: "the customer's directory (this one)", comment: 'Where the Digital Twins instance lives' })}
        </Fact>
        <Fact label={t`Called by`}>{twins.caller === 'users' ? t`the app's signed-in users` : t`the app itself`}</Fact>
        <Fact label={t`Data role needed`}>
          {twins.dataRole === 'owner' ? t`owner (reads and writes)` : t`reader (reads only)`}
        </Fact>
        <Fact label={t`Instance`}>{twins.instance?.name ?? t`none chosen`}</Fact>
        {twins.instance && (
          <Fact label={t`Host name`} mono>
            {twins.instance.hostName ?? '—'}
          </Fact>
        )}
        <Fact label={t`Result`}>{outcome}</Fact>
        {twins.recommendedRole && (
          <Fact label={t`Role to give`}>
            {twins.recommendedRole.name} <span className="mono">{twins.recommendedRole.id}</span>
          </Fact>
        )}
      </dl>
      {twins.outcome && (
        <>
          <p>
            <Trans>Principals with a sufficient role:</Trans>{' '}
            {principals === null
              ? t`could not be read`
              : principals.length === 0
                ? t({ message: 'none', comment: 'No principal holds the role' })
                : principals
                    .map(
                      (p) =>
                        `${p.type} ${p.objectId}${p.you ? ` (${t`you`})` : ''}: ${p.roles.map((r) => r.name).join(', ')}`,
                    )
                    .join('; ')}
          </p>
          <p>
            <Trans>Not checked:</Trans>
          </p>
          <ul>
            {twins.notChecked.map((item) => (
              <li key={item}>
                <NotCheckedItem item={item as NotChecked} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The instance in the developer's directory: whether that directory issued the token, who must act otherwise, and the
 * developer's to-do for the customer's people (their data role there is invisible to a guest).
 */
function GuestSummary({ guest }: { guest: Extract<Report['digitalTwins'], { hosting: 'developer' }> }) {
  const { t, i18n } = useLingui();
  const outcome =
    guest.outcome === 'token-issued'
      ? t({ message: "token issued by the instance's directory", comment: 'Outcome of the guest check in the report' })
      : guest.outcome === 'blocked'
        ? t({ message: 'blocked: a setting must change', comment: 'Outcome of the guest check in the report' })
        : guest.outcome === 'sign-in-needed'
          ? t({
              message: "a sign-in in the developer's directory is needed",
              comment: 'Outcome of the guest check in the report',
            })
          : t({ message: 'not checked', comment: 'Outcome of the access check in the report' });
  const names = guest.developerToDo.signInNames.join(', ');
  return (
    <section>
      <h4>
        <Trans>Azure Digital Twins</Trans>
      </h4>
      <dl className="facts">
        <Fact label={t`Hosting`}>
          {t({
            message: "the developer's directory (your people as guests)",
            comment: 'Where the Digital Twins instance lives',
          })}
        </Fact>
        <Fact label={t`Instance's directory (tenant ID)`} mono>
          {guest.instanceDirectory}
        </Fact>
        <Fact label={t`Host name`} mono>
          {guest.instanceHostName}
        </Fact>
        <Fact label={t`Data role needed`}>
          {guest.dataRole === 'owner' ? t`owner (reads and writes)` : t`reader (reads only)`}
        </Fact>
        <Fact label={t`Result`}>{outcome}</Fact>
        {guest.mustAct && <Fact label={t`Who must act`}>{i18n._(ACTOR_WORDS[guest.mustAct]!)}</Fact>}
        {guest.aadsts && (
          <Fact label={t`AADSTS code`} mono>
            {guest.aadsts}
          </Fact>
        )}
      </dl>
      <p>
        <Trans>
          Not checked: the data role in the developer's directory. A guest cannot read it through Azure Resource Manager
          (data roles grant no Microsoft.Authorization/permissions/read), so only the developer can confirm it.
        </Trans>
      </p>
      <p>
        <Trans>
          For the developer, for {names}: invite them as guests, give them the data role on the instance, and allow your
          directory in their cross-tenant access settings.
        </Trans>
      </p>
    </section>
  );
}

/** Who must act, in the page's language (the JSON keeps the identifier). */
const ACTOR_WORDS: Record<string, MessageDescriptor> = {
  developer: msg({ message: "the developer's directory administrator", comment: 'Who must act' }),
  'customer-admin': msg({ message: 'your directory administrator', comment: 'Who must act' }),
  'customer-network': msg({ message: 'your network administrator', comment: 'Who must act' }),
  you: msg({ message: 'you', comment: 'Who must act' }),
};
