import { memo, useLayoutEffect, useRef, useState } from 'react';
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

function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

const Entry = memo(function Entry({ entry }: { entry: Exchange }) {
  const headers = STORY_HEADERS.map(([name, side]) => [name, (side === 'request' ? entry.requestHeaders : entry.responseHeaders)[name]] as const).filter(
    (pair): pair is readonly [string, string] => pair[1] !== undefined,
  );
  const what = entry.kind === 'msal' ? `token request for ${entry.scopes?.join(' ') || resourceOf(entry.scopes ?? []) || 'a resource'}` : `${entry.method} ${entry.host}${entry.path}`;
  const status = entry.kind === 'msal' ? (entry.msalError || entry.outcome.aadsts ? 'refused' : 'issued') : entry.status === 0 ? 'no answer' : String(entry.status);
  return (
    <li className={`exchange${entry.status >= 400 || status === 'refused' ? ' exchange-failed' : ''}`}>
      <p className="exchange-line">
        <time dateTime={new Date(entry.at).toISOString()}>{clock(entry.at)}</time>
        <span>
          browser → {serviceName(entry)}
          {entry.kind === 'msal' && <span className="muted"> (reported by MSAL)</span>}
        </span>
        <span className="badge">{status}</span>
        <span className="muted">{entry.durationMs} ms</span>
      </p>
      <p className="exchange-what mono">{what}</p>
      <p className="exchange-gloss">{gloss(entry)}</p>
      {(entry.claims || headers.length > 0) && (
        <dl className="exchange-facts">
          {entry.claims &&
            (['aud', 'tid', 'scp', 'exp'] as const).map(
              (claim) =>
                entry.claims?.[claim] !== undefined && (
                  <div key={claim}>
                    <dt>{claim}</dt>
                    <dd className="mono">
                      {claim === 'exp' ? `${entry.claims.exp} (${new Date(entry.claims.exp! * 1000).toISOString().slice(0, 19)}Z)` : entry.claims[claim]}
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
  const all = useExchanges();
  const account = useSignedInAccount();
  const [filter, setFilter] = useState<Filter>('all');
  const [announce, setAnnounce] = useState('');
  const shown = filter === 'all' ? all : all.filter((e) => e.service === filter);
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
          Under the hood
        </h2>
        <p className="muted">
          Every exchange the portal had with Microsoft, oldest first{directory ? ', at the demo’s emulated time (UTC)' : ' (UTC)'}. Tokens,
          codes and cookies are never shown or exported.
        </p>
        <div className="actions">
          <label htmlFor="under-the-hood-filter">Service</label>
          <select
            id="under-the-hood-filter"
            value={filter}
            onChange={(e) => {
              const next = e.target.value as Filter;
              setFilter(next);
              const count = next === 'all' ? all.length : all.filter((x) => x.service === next).length;
              setAnnounce(`${count} of ${all.length} exchanges shown.`);
            }}
          >
            <option value="all">All</option>
            <option value="entra">Microsoft Entra ID</option>
            <option value="arm">Azure Resource Manager</option>
          </select>
          <button type="button" className="button" onClick={() => download(all, !!directory)}>
            Download redacted HAR
          </button>
          <span role="status" className="muted">
            {announce}
          </span>
        </div>
        {shown.length === 0 ? (
          <p>No exchanges yet.</p>
        ) : (
          <ol
            ref={list}
            className="exchange-list"
            tabIndex={0}
            aria-label={`Exchanges with Microsoft (${shown.length})`}
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
