import { memo, useSyncExternalStore } from 'react';
import type { I18n } from '@lingui/core';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type {
  DeveloperDirectory,
  DirectoryFeed,
  DirectoryRoleAssignment,
  DirectoryTenant,
  Since,
} from '../exchanges/directory';

const ENTRA_ADMIN_CENTER = 'https://entra.microsoft.com';
const DIGITAL_TWINS_APP_ID = '0b07f429-9f4b-4714-9392-cc5e8e80c8b0';

/** A time of the emulated world, in UTC, as the page's language writes it (with the zone's name). */
function time(i18n: I18n, ms: number): string {
  return i18n.date(new Date(ms), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
}

function When({ since, latest }: { since: Since; latest: boolean }) {
  const { i18n } = useLingui();
  const at = since === 0 ? '' : time(i18n, since);
  return (
    <span className="muted">
      {' '}
      {since === 0 ? (
        <Trans comment="After an item of the directory: it existed before the demo started">
          — there before the demo began
        </Trans>
      ) : (
        <Trans comment="After an item of the directory: when it appeared or changed">
          — since <time dateTime={new Date(since).toISOString()}>{at}</time>
        </Trans>
      )}
      {latest && (
        <strong className="badge badge-latest">
          {' '}
          <Trans comment="Badge: the most recent change in the directory">latest change</Trans>
        </strong>
      )}
    </span>
  );
}

function Grant({ grant, latest }: { grant: DirectoryTenant['grants'][number]; latest: boolean }) {
  const { resource, scope, consentedBy } = grant;
  return (
    <li className={latest ? 'latest' : undefined}>
      <Trans comment="A permission grant: {resource} is an API (Azure Service Management…), {scope} a scope such as user_impersonation, {consentedBy} a person">
        {resource}: <code>{scope}</code>, consented by <span className="wrap">{consentedBy}</span>
      </Trans>
      <When since={grant.since} latest={latest} />
    </li>
  );
}

/** What kind of principal holds a role, in the Azure portal's words. */
function PrincipalKind({ type }: { type: string }) {
  if (type === 'Group') return <Trans comment="The kind of principal a role assignment names">group</Trans>;
  if (type === 'ServicePrincipal')
    return <Trans comment="The kind of principal a role assignment names">service principal (an app)</Trans>;
  return <Trans comment="The kind of principal a role assignment names">user</Trans>;
}

function RoleAssignment({ assignment, latest }: { assignment: DirectoryRoleAssignment; latest: boolean }) {
  const { principal, principalId, role, scope } = assignment;
  return (
    <li className={latest ? 'latest' : undefined}>
      {principal !== undefined ? (
        <Trans comment="A role assignment: {principal} is a person, group or app, then its kind in parentheses, {role} an Azure role such as Azure Digital Twins Data Owner, {scope} the name of a Digital Twins instance or subscription">
          <span className="wrap">{principal}</span> (<PrincipalKind type={assignment.principalType} />
          ): {role} on <span className="wrap">{scope}</span>
        </Trans>
      ) : (
        <Trans comment="A role assignment to an object id the directory does not have; “Identity not found” is the Azure portal's label for it">
          Identity not found <code className="wrap">{principalId}</code>: {role} on{' '}
          <span className="wrap">{scope}</span>
        </Trans>
      )}
      <When since={assignment.since} latest={latest} />
      {assignment.pending && (
        <span className="muted">
          {' '}
          <Trans comment="After a new role assignment: Azure lists it but does not let it count yet">
            (Azure lists it; it does not work yet)
          </Trans>
        </span>
      )}
    </li>
  );
}

function TenantPicture({ tenant }: { tenant: DirectoryTenant }) {
  // The change of the moment: whatever happened last (several things can happen at the same instant).
  const latest = Math.max(
    0,
    ...tenant.servicePrincipals.map((s) => s.since),
    ...tenant.grants.map((g) => g.since),
    ...tenant.providers.map((p) => p.since),
    ...(tenant.roleAssignments ?? []).map((a) => a.since),
  );
  const assignments = tenant.roleAssignments ?? [];
  const is = (since: Since) => since > 0 && since === latest;
  const count = tenant.untouchedSubscriptions;
  return (
    <>
      <p>
        <strong className="wrap">{tenant.displayName}</strong>{' '}
        <span className="muted wrap">({tenant.defaultDomain})</span>
      </p>
      <h4 className="directory-heading">
        <Trans comment="Entra ID's name for service principals, as in the Entra admin center">
          Enterprise applications
        </Trans>
      </h4>
      <ul className="directory-list">
        {tenant.servicePrincipals.map((sp) => (
          <li key={sp.appId} className={is(sp.since) ? 'latest' : undefined}>
            {sp.name}
            {sp.ownApp && (
              <span className="muted">
                {' '}
                <Trans>(the app that asked for consent)</Trans>
              </span>
            )}{' '}
            <code className="wrap">{sp.appId}</code>
            <When since={sp.since} latest={is(sp.since)} />
          </li>
        ))}
      </ul>
      <h4 className="directory-heading">
        <Trans>Delegated permissions granted to the app</Trans>
      </h4>
      {tenant.grants.length === 0 ? (
        <p className="muted">
          <Trans>None yet: nobody has consented.</Trans>
        </p>
      ) : (
        <ul className="directory-list">
          {tenant.grants.map((g) => (
            <Grant key={`${g.resource}|${g.consentedBy}`} grant={g} latest={is(g.since)} />
          ))}
        </ul>
      )}
      <h4 className="directory-heading">
        <Trans>Resource provider on the subscriptions</Trans>
      </h4>
      <ul className="directory-list">
        {tenant.providers.map((p) => (
          <li key={p.subscription} className={is(p.since) ? 'latest' : undefined}>
            <span className="wrap">{p.subscription}</span>: {p.namespace} <strong>{p.state}</strong>
            <When since={p.since} latest={is(p.since)} />
          </li>
        ))}
        {tenant.untouchedSubscriptions > 0 && (
          <li>
            {tenant.providers.length ? (
              <Plural
                value={count}
                one="Other subscriptions (#): not registered"
                other="Other subscriptions (#): not registered"
              />
            ) : (
              <Plural
                value={count}
                one="Every subscription (#): not registered"
                other="Every subscription (#): not registered"
              />
            )}
          </li>
        )}
      </ul>
      {(tenant.hasInstances || assignments.length > 0) && (
        <>
          <h4 className="directory-heading">
            <Trans comment="Heading: Azure role assignments (Azure RBAC) on the Digital Twins instances">
              Role assignments
            </Trans>
          </h4>
          {assignments.length === 0 ? (
            <p className="muted">
              <Trans>None on the Digital Twins instances.</Trans>
            </p>
          ) : (
            <ul className="directory-list">
              {assignments.map((a) => (
                <RoleAssignment key={a.name} assignment={a} latest={is(a.since)} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

/** A direction of B2B collaboration: allowed or blocked, and by which part of the settings. */
function B2b({ setting }: { setting: DeveloperDirectory['outbound'] }) {
  if (setting.allowed) {
    return setting.by === 'organization' ? (
      <Trans comment="Cross-tenant access settings: B2B collaboration allowed by the entry for the other organization">
        <strong>allowed</strong> (organizational settings)
      </Trans>
    ) : (
      <Trans comment="Cross-tenant access settings: B2B collaboration allowed by the default settings">
        <strong>allowed</strong> (default settings)
      </Trans>
    );
  }
  return setting.by === 'organization' ? (
    <Trans comment="Cross-tenant access settings: B2B collaboration blocked by the entry for the other organization">
      <strong>blocked</strong> (organizational settings)
    </Trans>
  ) : (
    <Trans comment="Cross-tenant access settings: B2B collaboration blocked by the default settings">
      <strong>blocked</strong> (default settings)
    </Trans>
  );
}

/**
 * The developer's directory, where the Digital Twins instance lives: who of the customer's people is a guest there,
 * and what lets them in or keeps them out.
 */
function DeveloperPicture({ developer }: { developer: DeveloperDirectory }) {
  const { displayName: name, customer } = developer;
  return (
    <>
      <h4 className="directory-heading">
        <Trans comment="{name} is the developer's organization, whose directory holds the Digital Twins instance">
          The developer's directory: {name}
        </Trans>{' '}
        <span className="muted wrap">({developer.defaultDomain})</span>
      </h4>
      <ul className="directory-list">
        {developer.people.map(({ name: person, upn, guestObjectId: objectId }) => (
          <li key={upn}>
            <span className="wrap">{person}</span> <span className="muted wrap">({upn})</span>:{' '}
            {objectId ? (
              <Trans comment="A person of the customer's directory is a B2B guest in the developer's, as another object with its own ID">
                a guest there, object ID <code className="wrap">{objectId}</code>
              </Trans>
            ) : (
              <Trans comment="A person of the customer's directory has not been invited to the developer's">
                <strong>not a guest</strong>: not invited yet
              </Trans>
            )}
          </li>
        ))}
        <li>
          <Trans comment="Cross-tenant access settings of the customer's directory, outbound B2B collaboration towards the developer's">
            {customer}'s outbound settings for {name}: <B2b setting={developer.outbound} />
          </Trans>
        </li>
        <li>
          <Trans comment="Cross-tenant access settings of the developer's directory, inbound B2B collaboration from the customer's">
            {name}'s inbound settings for {customer}: <B2b setting={developer.inbound} />
          </Trans>
        </li>
        {developer.guestsNeedMfa && (
          <li>
            {developer.trustsCustomerMfa ? (
              <Trans comment="Conditional Access of the developer's directory; the MFA done at the guest's home counts">
                Conditional Access requires multi-factor authentication of guests; MFA done in {customer} counts
              </Trans>
            ) : (
              <Trans comment="Conditional Access of the developer's directory; the guest's home MFA does not count">
                Conditional Access requires multi-factor authentication of guests, done in {name}'s directory
              </Trans>
            )}
          </li>
        )}
        {developer.guestsNeedCompliantDevice && (
          <li>
            <Trans comment="Conditional Access of the developer's directory">
              Conditional Access requires guests to use a compliant device
            </Trans>
          </li>
        )}
        {developer.networkAllows !== undefined && (
          <li>
            {developer.networkAllows ? (
              <Trans comment="Tenant restrictions set by the customer's network proxy">
                {customer}'s network restricts sign-ins to listed directories; {name}'s is listed
              </Trans>
            ) : (
              <Trans comment="Tenant restrictions set by the customer's network proxy">
                {customer}'s network restricts sign-ins to listed directories; <strong>{name}'s is not listed</strong>
              </Trans>
            )}
          </li>
        )}
      </ul>
    </>
  );
}

function DemoDirectory({ feed, tenantId }: { feed: DirectoryFeed; tenantId: string | undefined }) {
  const snapshot = useSyncExternalStore(feed.subscribe, feed.snapshot);
  const tenant = snapshot.tenants.find((t) => t.id === tenantId) ?? snapshot.tenants[0];
  return tenant ? (
    <>
      <TenantPicture tenant={tenant} />
      {snapshot.developer && <DeveloperPicture developer={snapshot.developer} />}
    </>
  ) : (
    <p>
      <Trans>The emulated world has no directory.</Trans>
    </p>
  );
}

/** "What changed in the directory": the emulated directory in demo mode; in live mode, why there is no picture. */
export const DirectoryPicture = memo(function DirectoryPicture({
  feed,
  tenantId,
}: {
  feed: DirectoryFeed | undefined;
  tenantId: string | undefined;
}) {
  const appId = DIGITAL_TWINS_APP_ID;
  return (
    <section className="directory-picture" aria-labelledby="directory-picture-title">
      <h3 id="directory-picture-title">
        <Trans>What changed in the directory</Trans>
      </h3>
      {feed ? (
        <DemoDirectory feed={feed} tenantId={tenantId} />
      ) : (
        <p>
          <Trans comment="“Enterprise applications” and “Microsoft Applications” are names in the Entra admin center: use its words in your language">
            The portal does not read your directory: it asks for no Microsoft Graph permission. To see what changed,
            open the <a href={ENTRA_ADMIN_CENTER}>Microsoft Entra admin center</a> and go to Enterprise applications
            (choose “Microsoft Applications” as the application type to find Azure Digital Twins, app ID {appId}).
          </Trans>
        </p>
      )}
    </section>
  );
});
