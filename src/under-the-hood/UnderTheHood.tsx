import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { msg, plural } from '@lingui/core/macro';
import { useSignedInAccount } from '../auth/useAccount';
import type { DirectoryFeed } from '../exchanges/directory';
import { DirectoryPicture } from './DirectoryPicture';
import { gloss, resourceOf, serviceName } from '../exchanges/gloss';
import { buildHar } from '../exchanges/har';
import { useExchanges } from '../exchanges/record';
import type { Exchange, Service } from '../exchanges/types';

/** The headers support asks for, in the order they tell the story. */
const STORY_HEADERS: Array<[string, 'request' | 'response']> = [
  ['retry-after', 'response'],
  ['x-ms-ratelimit-remaining-subscription-reads', 'response'],
  ['x-ms-ratelimit-remaining-subscription-writes', 'response'],
  ['x-ms-correlation-request-id', 'response'],
  ['x-ms-request-id', 'response'],
  ['x-ms-client-request-id', 'request'],
  ['client-request-id', 'request'],
];

type Filter = 'all' | Service;

/**
 * Formatters per language, made once: the panel formats two values for each of hundreds of entries, and building an
 * Intl formatter (or Lingui's cache key for one) each time costs more than the rest of an entry.
 */
function formatters(locale: string) {
  let made = FORMATTERS.get(locale);
  if (!made) {
    made = {
      clock: new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        fractionalSecondDigits: 3,
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
      duration: new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }),
    };
    FORMATTERS.set(locale, made);
  }
  return made;
}
const FORMATTERS = new Map<string, { clock: Intl.DateTimeFormat; duration: Intl.NumberFormat }>();

/** A token's expiry: the date and time in UTC, as the page's language writes them. */
function expiry(i18n: I18n, ms: number): string {
  return i18n.date(new Date(ms), { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' });
}

/** The status line's count after a change of filter. */
function announcement(i18n: I18n, count: number, total: number): string {
  return i18n._(
    msg`${plural(total, { one: `${count} of # exchange shown.`, other: `${count} of # exchanges shown.` })}`,
  );
}

/** What an entry shows in its status badge. */
function statusOf(entry: Exchange): 'refused' | 'issued' | 'none' | number {
  if (entry.kind === 'msal') return entry.msalError || entry.outcome.aadsts ? 'refused' : 'issued';
  return entry.status === 0 ? 'none' : entry.status;
}

const STATUS_WORDS = {
  refused: msg({ message: 'refused', comment: 'A token request’s outcome, in a small badge' }),
  issued: msg({ message: 'issued', comment: 'A token request’s outcome (a token was issued), in a small badge' }),
  none: msg({ message: 'no answer', comment: 'A request’s outcome when no HTTP answer came back, in a small badge' }),
};

const Entry = memo(function Entry({ entry }: { entry: Exchange }) {
  // The language is read from the context: a switch re-renders the entry (memo compares props only, context still flows).
  const { i18n, t } = useLingui();
  const format = formatters(i18n.locale);
  const headers = STORY_HEADERS.map(
    ([name, side]) => [name, (side === 'request' ? entry.requestHeaders : entry.responseHeaders)[name]] as const,
  ).filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const resource =
    entry.scopes?.join(' ') ||
    resourceOf(entry.scopes ?? []) ||
    t({ message: 'a resource', comment: 'Stands for {resource} when the token request names none.' });
  const what =
    entry.kind === 'msal'
      ? t({
          message: `token request for ${resource}`,
          comment: 'What MSAL asked Entra ID for; {resource} is scopes or a product name',
        })
      : `${entry.method} ${entry.host}${entry.path}`;
  const status = statusOf(entry);
  const service = serviceName(entry);
  return (
    <li className={`exchange${entry.status >= 400 || status === 'refused' ? ' exchange-failed' : ''}`}>
      <p className="exchange-line">
        <time dateTime={new Date(entry.at).toISOString()}>{format.clock.format(entry.at)}</time>
        <span>
          {t({
            message: `browser → ${service}`,
            comment: 'Who talked to whom: {service} is Microsoft Entra ID or Azure Resource Manager',
          })}
          {entry.kind === 'msal' && <span className="muted"> {t`(reported by MSAL)`}</span>}
        </span>
        <span className="badge">{typeof status === 'number' ? status : i18n._(STATUS_WORDS[status])}</span>
        <span className="muted">{format.duration.format(entry.durationMs)}</span>
      </p>
      <p className="exchange-what mono">{what}</p>
      <p className="exchange-gloss">{gloss(entry, i18n)}</p>
      {(entry.claims || headers.length > 0) && (
        <dl className="exchange-facts">
          {entry.claims &&
            (['aud', 'tid', 'scp', 'exp'] as const).map(
              (claim) =>
                entry.claims?.[claim] !== undefined && (
                  <div key={claim}>
                    <dt>{claim}</dt>
                    <dd className="mono">
                      {claim === 'exp'
                        ? `${entry.claims.exp} (${expiry(i18n, entry.claims.exp! * 1000)})`
                        : entry.claims[claim]}
                    </dd>
                  </div>
                ),
            )}
          {headers.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd className="mono">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
});

function download(entries: readonly Exchange[], demo: boolean): void {
  const har = buildHar(entries, { name: 'Twin Onboarding', version: '1' }, demo);
  const url = URL.createObjectURL(new Blob([JSON.stringify(har, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `twin-onboarding-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}-redacted.har`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Under the hood": every exchange the portal had with Microsoft, in order, and (demo mode) what it changed in the
 * directory. No live region per entry: a screen reader hears the count only when the user changes the filter.
 */
export default function UnderTheHood({ directory }: { directory: DirectoryFeed | undefined }) {
  const { i18n, t } = useLingui();
  const all = useExchanges();
  const account = useSignedInAccount();
  const [filter, setFilter] = useState<Filter>('all');
  // What the status line says, kept as counts (not words) so it follows a change of language.
  const [announce, setAnnounce] = useState<{ count: number; total: number } | null>(null);
  const shown = filter === 'all' ? all : all.filter((e) => e.service === filter);
  const count = shown.length;
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);

  // Follow new entries while the list is scrolled to its end; stay put when the reader scrolled up.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || !pinned.current) return;
    el.scrollTop = el.scrollHeight;
    // Entries off screen are laid out at an estimated height until shown: settle at the real end a frame later.
    const frame = requestAnimationFrame(() => (el.scrollTop = el.scrollHeight));
    return () => cancelAnimationFrame(frame);
  }, [shown.length]);

  return (
    <section className="under-the-hood" aria-labelledby="under-the-hood-title">
      <div className="under-the-hood-exchanges">
        <h2 id="under-the-hood-title" className="h3">
          <Trans>Under the hood</Trans>
        </h2>
        <p className="muted">
          {directory ? (
            <Trans>
              Every exchange the portal had with Microsoft, oldest first, at the demo’s emulated time (UTC). Tokens,
              codes and cookies are never shown or exported.
            </Trans>
          ) : (
            <Trans>
              Every exchange the portal had with Microsoft, oldest first (UTC). Tokens, codes and cookies are never
              shown or exported.
            </Trans>
          )}
        </p>
        <div className="actions">
          <label htmlFor="under-the-hood-filter">
            <Trans comment="Label of a filter: which service's exchanges to show">Service</Trans>
          </label>
          <select
            id="under-the-hood-filter"
            value={filter}
            onChange={(e) => {
              const next = e.target.value as Filter;
              setFilter(next);
              const count = next === 'all' ? all.length : all.filter((x) => x.service === next).length;
              setAnnounce({ count, total: all.length });
            }}
          >
            <option value="all">{t({ message: 'All', comment: 'Filter choice: exchanges with every service' })}</option>
            <option value="entra">Microsoft Entra ID</option>
            <option value="arm">Azure Resource Manager</option>
          </select>
          <button type="button" className="button" onClick={() => download(all, !!directory)}>
            <Trans comment="HAR is a file format (HTTP Archive); keep the name">Download redacted HAR</Trans>
          </button>
          <span role="status" className="muted">
            {announce && announcement(i18n, announce.count, announce.total)}
          </span>
        </div>
        {shown.length === 0 ? (
          <p>
            <Trans>No exchanges yet.</Trans>
          </p>
        ) : (
          <ol
            ref={list}
            className="exchange-list"
            tabIndex={0}
            aria-label={t({
              message: `Exchanges with Microsoft (${count})`,
              comment: 'Name of the list; {count} is how many it shows',
            })}
            onScroll={(e) => {
              const el = e.currentTarget;
              pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
            }}
          >
            {shown.map((entry) => (
              <Entry key={entry.seq} entry={entry} />
            ))}
          </ol>
        )}
      </div>
      <DirectoryPicture feed={directory} tenantId={account?.tenantId} />
    </section>
  );
}
