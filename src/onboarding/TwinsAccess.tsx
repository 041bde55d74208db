import { useEffect, useMemo } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import type { AppConfig, CustomerTwinsConfig } from '../config/schema';
import type { DigitalTwinsInstance } from '../azure/digital-twins-instances';
import { useRoleAssignmentsAt } from '../azure/role-assignments';
import { useRoleDefinitionsAt } from '../azure/role-definitions';
import { usePermissionsAt } from '../azure/permissions';
import { isReadRefused } from '../problems/classify';
import { ProblemCard } from '../ui/ProblemCard';
import { objectIdIn } from '../auth/principal';
import { accessVerdict, type AccessVerdict, type Holder, type NotChecked, type Reading } from './data-access';
import { updateJournal, useJournal, type TwinsFindings } from './journal';
import { problemMeta } from './problem-log';
import { useProblem } from '../problems/useProblem';
import { RequestText } from './RequestText';
import { roleRequest, roleToDo } from './twins-requests';
import type { VerifiedToken } from './verify';
import { useRoleEligibilitiesAt } from '../azure/role-eligibilities';
import { ActivateFirst } from './grant/ActivateFirst';
import { GrantRole } from './grant/GrantRole';
import { eligibleToAssign } from './grant/may-assign';
import { principalTypeName } from './grant/principal-words';

/** What one query's answer says: read, refused (403: "cannot tell from here"), or not known yet (or failed). */
function reading<T>(data: T | undefined, error: unknown): Reading<T> | undefined {
  if (error) return isReadRefused(error) ? { read: false } : undefined;
  return data === undefined ? undefined : { read: true, value: data };
}

/** The three reads at the instance (assignments, definitions, the admin's permissions) and the verdict on them. */
/**
 * The report notes a failure of the access step's three reads as one card (one entry however many fail alike); a
 * refused read is no problem there: it only means "cannot tell", which the verdict says.
 */
export function accessReadsMeta(
  tenantId: string,
  config: Pick<AppConfig, 'providerNamespace' | 'appName'>,
  instanceId: string,
) {
  return problemMeta(tenantId, config, {
    problemOf: (error) => (isReadRefused(error) ? null : error),
    source: `access ${instanceId}`,
  });
}

export function useAccessVerdict(account: AccountInfo, instance: DigitalTwinsInstance) {
  const { arm, config } = useRuntime();
  // Only the customer's directory has this step (stepsFor).
  const settings = config.digitalTwins as CustomerTwinsConfig;
  // All three start at once, as the step appears: from the pick to the verdict, three ARM requests.
  const meta = accessReadsMeta(account.tenantId, config, instance.id);
  const assignments = useRoleAssignmentsAt(arm, instance.id, meta);
  const definitions = useRoleDefinitionsAt(arm, instance.id, meta);
  const permissions = usePermissionsAt(arm, instance.id, meta);
  const queries = [assignments, definitions, permissions] as const;
  const failed = queries.find((q) => q.isError && !isReadRefused(q.error));
  // One reading per answer (not per render), so the verdict and the journal's note change only when an answer does.
  const a = useMemo(() => reading(assignments.data, assignments.error), [assignments.data, assignments.error]);
  const d = useMemo(() => reading(definitions.data, definitions.error), [definitions.data, definitions.error]);
  const p = useMemo(() => reading(permissions.data, permissions.error), [permissions.data, permissions.error]);
  const youObjectId = objectIdIn(account, account.tenantId);
  // Assignments this tab gave here and has not yet seen working: listed at once, working only after Azure's delay.
  const grants = useJournal(account.tenantId).grants;
  const scope = instance.id.toLowerCase();
  const notYetWorkingKey = Object.values(grants ?? {})
    .filter((g) => g.scope === scope && g.seenAt === undefined)
    .map((g) => g.name)
    .sort()
    .join(' ');
  const verdict = useMemo(
    () =>
      a && d && p
        ? accessVerdict({
            caller: settings.caller,
            dataRole: settings.dataRole,
            assignments: a,
            definitions: d,
            permissions: p,
            youObjectId,
            notYetWorking: notYetWorkingKey === '' ? [] : notYetWorkingKey.split(' '),
          })
        : undefined,
    [a, d, p, settings.caller, settings.dataRole, youObjectId, notYetWorkingKey],
  );
  const retry = () => {
    for (const q of queries) if (q.isError) void q.refetch();
  };
  return {
    verdict,
    definitions: d?.read ? d.value : undefined,
    error: failed?.error ?? null,
    pending: !verdict && !failed,
    retry,
  };
}

function findings(instance: DigitalTwinsInstance, verdict: AccessVerdict): Omit<TwinsFindings, 'checkedAt'> {
  return {
    instance: {
      id: instance.id,
      name: instance.name,
      hostName: instance.hostName ?? null,
      subscriptionId: instance.subscriptionId,
      resourceGroup: instance.resourceGroup,
      location: instance.location,
      provisioningState: instance.provisioningState ?? null,
      publicNetworkAccess: instance.publicNetworkAccess ?? null,
    },
    outcome: verdict.outcome,
    role: { id: verdict.role.guid, name: verdict.role.roleName, readFromDirectory: verdict.role.fromDirectory },
    principals:
      verdict.holders?.map((h) => ({
        objectId: h.principalId,
        type: h.principalType,
        roles: h.roles.map((r) => ({ id: r.guid, name: r.roleName })),
        conditional: h.conditional,
        you: h.you,
      })) ?? null,
    you: verdict.you,
    mayAssignRoles: verdict.canAssign,
    notChecked: verdict.notChecked,
  };
}

/**
 * The access step's own part with today's Digital Twins: the instance, who holds a data role on it that covers what
 * the app needs, what to do if nobody does, and (once Entra ID issued the token) exactly what was proven.
 */
export function TwinsAccess({
  account,
  instance,
  token,
}: {
  account: AccountInfo;
  instance: DigitalTwinsInstance;
  token: VerifiedToken | undefined;
}) {
  const { arm, config } = useRuntime();
  const { t, i18n } = useLingui();
  const tenantId = account.tenantId;
  // Only the customer's directory has this step (stepsFor).
  const settings = config.digitalTwins as CustomerTwinsConfig;
  const { verdict, definitions, error, pending, retry } = useAccessVerdict(account, instance);
  // Eligibility (PIM) is read only when the permissions answer lacks roleAssignments/write: activate, or ask.
  const eligibilities = useRoleEligibilitiesAt(arm, instance.id, verdict?.canAssign === false);
  const activatable = verdict?.canAssign === false ? eligibleToAssign(eligibilities.data ?? [], definitions) : [];
  const problem = useProblem(error);
  const app = config.appName;
  const name = instance.name;
  const hostName = instance.hostName ?? '';

  // For the report: noted once per change of what was found.
  useEffect(() => {
    if (!verdict) return;
    const found = findings(instance, verdict);
    updateJournal(tenantId, (j) => {
      if (
        j.twins &&
        JSON.stringify({ ...j.twins, checkedAt: undefined }) === JSON.stringify({ ...found, checkedAt: undefined })
      )
        return j;
      return { ...j, twins: { checkedAt: new Date().toISOString(), ...found } };
    });
  }, [verdict, instance, tenantId]);

  const requestInput = verdict && {
    caller: settings.caller,
    appName: app,
    clientId: config.clientId,
    instance,
    role: verdict.role,
  };

  return (
    <>
      <dl className="facts">
        <div>
          <dt>
            <Trans>Instance</Trans>
          </dt>
          <dd>
            <span className="wrap">{name}</span> <span className="badge">{instance.provisioningState ?? '?'}</span>
          </dd>
        </div>
        <div>
          <dt>
            <Trans>Host name</Trans>
          </dt>
          <dd className="mono wrap">{hostName || '—'}</dd>
        </div>
        <div>
          <dt>
            <Trans>Resource ID</Trans>
          </dt>
          <dd className="mono wrap">{instance.id}</dd>
        </div>
      </dl>

      {instance.publicNetworkAccess === 'Disabled' && (
        <div className="card note" role="note" aria-labelledby="private-title">
          <h2 id="private-title" className="h3">
            <Trans>Public network access is disabled on {name}</Trans>
          </h2>
          <p>
            <Trans>
              Only a private endpoint reaches its data plane, so {app}'s server must reach the instance through one
              (from the same or a peered network). Nothing else changes here: the roles below are checked all the same.
            </Trans>
          </p>
        </div>
      )}

      {pending && (
        <p role="status" className="loading">
          <Trans>Reading who holds a data role on {name}…</Trans>
        </p>
      )}

      {problem && (
        <ProblemCard
          problem={problem}
          actions={
            <button type="button" className="button" onClick={retry}>
              <Trans>Try again</Trans>
            </button>
          }
        />
      )}

      {verdict && requestInput && (
        <section className="card" aria-labelledby="roles-title">
          <h2 id="roles-title" className="h3">
            <Trans>Who can call {name}</Trans>
          </h2>
          <Holders verdict={verdict} />
          <OutcomeText verdict={verdict} />
          {verdict.outcome !== 'ready' && activatable.length > 0 && (
            <ActivateFirst instance={instance} eligible={activatable} />
          )}
          {verdict.outcome !== 'ready' &&
            activatable.length === 0 &&
            (verdict.canAssign === true ? (
              <>
                <p>
                  <Trans>
                    Your roles on the instance include <code>Microsoft.Authorization/roleAssignments/write</code>, so
                    you may assign it yourself. Conditions on your own role assignments and roles you are eligible for
                    but have not activated (Privileged Identity Management) are not in that answer: Azure has the final
                    word.
                  </Trans>
                </p>
                <RequestText label={t`Copy your to-do`} text={roleToDo(i18n, requestInput)} />
              </>
            ) : (
              <>
                <p>
                  {verdict.canAssign === false ? (
                    <Trans>
                      Your roles on the instance don't include{' '}
                      <code>Microsoft.Authorization/roleAssignments/write</code>, so someone who holds Owner, User
                      Access Administrator or Role Based Access Control Administrator there must assign it. Send them
                      this request:
                    </Trans>
                  ) : (
                    <Trans>
                      The portal cannot tell whether you may assign roles on the instance. If you cannot, send this
                      request to an Owner, User Access Administrator or Role Based Access Control Administrator of it:
                    </Trans>
                  )}
                </p>
                <RequestText label={t`Copy the request`} text={roleRequest(i18n, requestInput)} />
              </>
            ))}
          <GrantRole account={account} instance={instance} verdict={verdict} />
        </section>
      )}

      {verdict && token && <Proven verdict={verdict} instance={instance} token={token} />}
    </>
  );
}

function Holders({ verdict }: { verdict: AccessVerdict }) {
  const { i18n } = useLingui();
  if (!verdict.holders || verdict.holders.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>
          <Trans>Principals holding a role with every data action the app needs</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans comment="Column heading: a user, group or service principal">Principal</Trans>
            </th>
            <th scope="col">
              <Trans comment="Column heading: Azure roles">Roles</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {verdict.holders.map((h: Holder) => (
            <tr key={h.principalId}>
              <th scope="row">
                {principalTypeName(i18n, h.principalType)}
                {h.you && (
                  <>
                    {' '}
                    <strong className="badge">
                      <Trans comment="Marks the signed-in admin in a list of principals">you</Trans>
                    </strong>
                  </>
                )}
                <br />
                <span className="muted mono">{h.principalId}</span>
              </th>
              <td>
                {h.roles.map((r) => (
                  <span key={r.guid} className="wrap">
                    {r.roleName} <span className="muted mono">{r.guid}</span>
                    <br />
                  </span>
                ))}
                {h.notYetWorking && (
                  <Trans>Given, not yet working: Azure applies a new role assignment after a delay.</Trans>
                )}
                {h.conditional && (
                  <Trans>Only through an assignment with a condition, which the portal cannot evaluate.</Trans>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutcomeText({ verdict }: { verdict: AccessVerdict }) {
  const { config } = useRuntime();
  const app = config.appName;
  const role = verdict.role.roleName;
  const roleId = verdict.role.guid;
  const firm = (verdict.holders ?? []).filter((h) => !h.conditional && !h.notYetWorking).length;
  const caller = (config.digitalTwins as CustomerTwinsConfig).caller;
  const you =
    verdict.you === 'holds' ? (
      <Trans>You hold the data actions it needs yourself.</Trans>
    ) : verdict.you === 'given' ? (
      <Trans>
        You were given the role, but it does not work yet: Azure applies a new role assignment after a delay.
      </Trans>
    ) : verdict.you === 'lacks' ? (
      <Trans>You don't hold them yourself: being Owner of the subscription grants no data access.</Trans>
    ) : null;
  if (verdict.outcome === 'ready') {
    return (
      <p>
        {caller === 'users' ? (
          <Plural
            value={firm}
            one={`# principal holds a role that covers what ${app} needs: people who are that principal, or members of it, can use ${app} with the instance.`}
            other={`# principals hold a role that covers what ${app} needs: people who are one of them, or members of one, can use ${app} with the instance.`}
          />
        ) : (
          <Trans>A service principal holds a role that lets an app call the instance.</Trans>
        )}{' '}
        {you}
      </p>
    );
  }
  if (verdict.outcome === 'needs-role') {
    return (
      <div role="alert">
        <p>
          <strong>
            {caller === 'users' ? (
              <Trans>Nobody can call the instance for {app} yet.</Trans>
            ) : (
              <Trans>{app} cannot call the instance yet.</Trans>
            )}
          </strong>{' '}
          <Trans>
            No principal holds a role on it with every data action {app} needs. {you} The role to give is {role} (
            <span className="mono">{roleId}</span>).
          </Trans>
        </p>
      </div>
    );
  }
  return (
    <p>
      <strong>
        <Trans>The portal cannot tell from here whether anyone may call the instance for {app}.</Trans>
      </strong>{' '}
      <Trans>
        What it could read is above and what it could not is listed under "Not checked". {you} If nobody holds it, the
        role to give is {role} (<span className="mono">{roleId}</span>).
      </Trans>
    </p>
  );
}

/** One thing the portal could not check, in words (the access step's ready card and the printed summary). */
export function NotCheckedItem({ item }: { item: NotChecked }) {
  const { config } = useRuntime();
  const app = config.appName;
  const clientId = config.clientId;
  const command = `az ad sp show --id ${clientId} --query id --output tsv`;
  switch (item) {
    case 'assignments':
      return <Trans>Who holds a role on the instance: your account may not read its role assignments.</Trans>;
    case 'definitions':
      return <Trans>What each role grants: your account may not read the role definitions.</Trans>;
    case 'your-permissions':
      return (
        <Trans>
          Your own data access, and whether you may assign roles: your account may not read its permissions there.
        </Trans>
      );
    case 'group-members':
      return <Trans>Who is in the groups that hold the role: the portal does not read group members.</Trans>;
    case 'app-service-principal':
      return (
        <Trans>
          Whether a service principal that holds the role is {app}'s: a browser cannot see the object ID of {app}'s
          service principal in your directory. <code className="wrap">{command}</code> shows it.
        </Trans>
      );
    case 'conditions':
      return (
        <Trans>
          Conditions on role assignments, and roles that are eligible but not active (Privileged Identity Management):
          they are not in the answers the portal reads.
        </Trans>
      );
    case 'unresolved-roles':
      return (
        <Trans>
          Some assignments use roles defined outside this subscription, whose data actions the portal could not read.
        </Trans>
      );
    case 'data-plane':
      return (
        <Trans>
          A call to the instance itself: Azure Digital Twins accepts no calls from a browser, so {app}'s server makes
          the first one. Role changes can take several minutes to apply.
        </Trans>
      );
  }
}

/** Exactly what was proven, and what was not: the ready card of today's Digital Twins. */
function Proven({
  verdict,
  instance,
  token,
}: {
  verdict: AccessVerdict;
  instance: DigitalTwinsInstance;
  token: VerifiedToken;
}) {
  const { config } = useRuntime();
  const app = config.appName;
  const name = instance.name;
  // An instance still provisioning has no host name yet: its name stands in.
  const hostName = instance.hostName ?? name;
  const tenantId = token.tenantId;
  const ready = verdict.outcome === 'ready';
  const firm = (verdict.holders ?? []).filter((h) => !h.conditional && !h.notYetWorking);
  return (
    <div className={`card ${ready ? 'success' : 'note'}`} role="status" aria-labelledby="proven-title">
      <h2 id="proven-title" className="h3">
        {ready ? (
          <Trans>
            Ready: {app} can use {hostName}
          </Trans>
        ) : (
          <Trans>What the portal proved so far</Trans>
        )}
      </h2>
      <ul>
        <li>
          <Trans>
            Microsoft Entra ID issued an Azure Digital Twins token in this directory (
            <span className="mono">{tenantId}</span>).
          </Trans>
        </li>
        <li>
          <Trans>
            The instance {name} exists: <span className="mono">{hostName}</span>.
          </Trans>
        </li>
        {verdict.holders !== undefined && (
          <li>
            {firm.length > 0 ? (
              <Plural
                value={firm.length}
                one="# principal holds a role with every data action the app needs."
                other="# principals hold a role with every data action the app needs."
              />
            ) : (
              <Trans>No principal holds a role with every data action the app needs.</Trans>
            )}
          </li>
        )}
        {verdict.you === 'holds' && (
          <li>
            <Trans>You hold it yourself.</Trans>
          </li>
        )}
        {verdict.you === 'given' && (
          <li>
            <Trans>You were given it; it does not work yet.</Trans>
          </li>
        )}
      </ul>
      <h3 className="h4">
        <Trans>Not checked</Trans>
      </h3>
      <ul>
        {verdict.notChecked.map((item) => (
          <li key={item}>
            <NotCheckedItem item={item} />
          </li>
        ))}
      </ul>
    </div>
  );
}
