import { memo, useSyncExternalStore } from 'react';
import type { DirectoryFeed, DirectoryTenant, Since } from '../exchanges/directory';

const ENTRA_ADMIN_CENTER = 'https://entra.microsoft.com';

function time(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

function When({ since, latest }: { since: Since; latest: boolean }) {
  return (
    <span className="muted">
      {since === 0 ? ' — there before the demo began' : <> — since <time dateTime={new Date(since).toISOString()}>{time(since)}</time></>}
      {latest && <strong className="badge badge-latest"> latest change</strong>}
    </span>
  );
}

function TenantPicture({ tenant }: { tenant: DirectoryTenant }) {
  // The change of the moment: whatever happened last (several things can happen at the same instant).
  const latest = Math.max(0, ...tenant.servicePrincipals.map((s) => s.since), ...tenant.grants.map((g) => g.since), ...tenant.providers.map((p) => p.since));
  const is = (since: Since) => since > 0 && since === latest;
  return (
    <>
      <p>
        <strong className="wrap">{tenant.displayName}</strong> <span className="muted wrap">({tenant.defaultDomain})</span>
      </p>
      <h4 className="directory-heading">Enterprise applications</h4>
      <ul className="directory-list">
        {tenant.servicePrincipals.map((sp) => (
          <li key={sp.appId} className={is(sp.since) ? 'latest' : undefined}>
            {sp.name}
            {sp.ownApp && <span className="muted"> (the app that asked for consent)</span>} <code className="wrap">{sp.appId}</code>
            <When since={sp.since} latest={is(sp.since)} />
          </li>
        ))}
      </ul>
      <h4 className="directory-heading">Delegated permissions granted to the app</h4>
      {tenant.grants.length === 0 ? (
        <p className="muted">None yet: nobody has consented.</p>
      ) : (
        <ul className="directory-list">
          {tenant.grants.map((g) => (
            <li key={`${g.resource}|${g.consentedBy}`} className={is(g.since) ? 'latest' : undefined}>
              {g.resource}: <code>{g.scope}</code>, consented by <span className="wrap">{g.consentedBy}</span>
              <When since={g.since} latest={is(g.since)} />
            </li>
          ))}
        </ul>
      )}
      <h4 className="directory-heading">Resource provider on the subscriptions</h4>
      <ul className="directory-list">
        {tenant.providers.map((p) => (
          <li key={p.subscription} className={is(p.since) ? 'latest' : undefined}>
            <span className="wrap">{p.subscription}</span>: {p.namespace} <strong>{p.state}</strong>
            <When since={p.since} latest={is(p.since)} />
          </li>
        ))}
        {tenant.untouchedSubscriptions > 0 && (
          <li>
            {tenant.providers.length ? 'Other subscriptions' : 'Every subscription'} ({tenant.untouchedSubscriptions}): not registered
          </li>
        )}
      </ul>
    </>
  );
}

function DemoDirectory({ feed, tenantId }: { feed: DirectoryFeed; tenantId: string | undefined }) {
  const snapshot = useSyncExternalStore(feed.subscribe, feed.snapshot);
  const tenant = snapshot.tenants.find((t) => t.id === tenantId) ?? snapshot.tenants[0];
  return tenant ? <TenantPicture tenant={tenant} /> : <p>The emulated world has no directory.</p>;
}

/** "What changed in the directory": the emulated directory in demo mode; in live mode, why there is no picture. */
export const DirectoryPicture = memo(function DirectoryPicture({ feed, tenantId }: { feed: DirectoryFeed | undefined; tenantId: string | undefined }) {
  return (
    <section className="directory-picture" aria-labelledby="directory-picture-title">
      <h3 id="directory-picture-title">What changed in the directory</h3>
      {feed ? (
        <DemoDirectory feed={feed} tenantId={tenantId} />
      ) : (
        <p>
          The portal does not read your directory: it asks for no Microsoft Graph permission. To see what changed, open the{' '}
          <a href={ENTRA_ADMIN_CENTER}>Microsoft Entra admin center</a> and go to Enterprise applications (choose “Microsoft
          Applications” as the application type to find Azure Digital Twins, app ID 0b07f429-9f4b-4714-9392-cc5e8e80c8b0).
        </p>
      )}
    </section>
  );
});
