import { useEffect, useId, useRef, useState } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import type { CustomerTwinsConfig } from '../../config/schema';
import { mutationKeys, queryKeys } from '../../azure/query-keys';
import type { DigitalTwinsInstance } from '../../azure/digital-twins-instances';
import type { AssignmentRequest, PrincipalType } from '../../azure/role-assignment';
import type { ResumableWrite } from '../../azure/claims-challenge';
import { readStepUps } from '../../auth/step-up';
import type { Problem } from '../../problems/types';
import { roleAssignmentName } from '../../azure/role-assignment-name';
import { permissionsAtQueryOptions } from '../../azure/permissions';
import type { RoleEligibility } from '../../azure/role-eligibilities';
import { objectIdIn } from '../../auth/principal';
import { ProblemCard } from '../../ui/ProblemCard';
// The catalogue's entries for a refused assignment come with this chunk.
import '../../problems/catalogue-roles';
import { useNow } from '../../ui/useNow';
import { REQUIRED_DATA_ACTIONS, type AccessVerdict } from '../data-access';
import { updateJournal, useJournal, type GrantRecord } from '../journal';
import { problemMeta } from '../problem-log';
import { useProblem } from '../../problems/useProblem';
import { noteResent, pendingAssignment } from '../resend';
import { assignOnce } from './assign';
import { principalTypeName } from './principal-words';
import { checkObjectId, type ObjectIdProblem } from './object-id';
import { takingLonger } from './wait-schedule';
import { grantWatchQueryOptions } from './watch';

/** Who gets the role: typed by object id, or the signed-in admin (their object id in this directory). */
interface Target {
  principalId: string;
  principalType: PrincipalType;
  you: boolean;
}

const ENTRA_OBJECTS = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/AllGroups';

/**
 * "Give the role" on the verdict card: to a group, user or service principal by object id, or to the admin. One
 * PUT per principal, role and instance whatever the clicks, reloads and tabs; then reads until it works.
 */
export function GrantRole({
  account,
  instance,
  verdict,
}: {
  account: AccountInfo;
  instance: DigitalTwinsInstance;
  verdict: AccessVerdict;
}) {
  const tenantId = account.tenantId;
  const journal = useJournal(tenantId);
  const scope = instance.id.toLowerCase();
  const roleId = verdict.role.guid;
  // What this tab gave on this instance (the role the verdict recommends), newest first.
  const grants = Object.values(journal.grants ?? {})
    .filter((g) => g.scope === scope && g.roleId === roleId)
    .sort((a, b) => b.assignedAt.localeCompare(a.assignedAt));
  const [another, setAnother] = useState(false);

  const offerForm = verdict.canAssign !== false && (grants.length === 0 ? verdict.outcome !== 'ready' : another);
  return (
    <>
      {verdict.canAssign !== false && (
        <ResumeAssignment tenantId={tenantId} scope={scope} role={{ guid: roleId, roleName: verdict.role.roleName }} />
      )}
      {grants.map((g) => (
        <GrantProgress key={g.name} grant={g} tenantId={tenantId} instance={instance} />
      ))}
      {offerForm && (
        <GrantForm account={account} instance={instance} verdict={verdict} onDone={() => setAnother(false)} />
      )}
      {grants.length > 0 && !another && verdict.canAssign !== false && (
        <p>
          <button type="button" className="link-button" onClick={() => setAnother(true)}>
            <Trans>Give the role to another principal</Trans>
          </button>
        </p>
      )}
    </>
  );
}

/**
 * The one way to give the role, from a click or on the way back from a step-up: the deterministic name, then
 * assignOnce (a GET by name, the PUT only when it is not there); the tab's journal remembers the grant.
 */
function useAssign(
  tenantId: string,
  scope: string,
  role: { guid: string; roleName: string },
  principalId: string,
  onDone: () => void,
) {
  const { arm, config } = useRuntime();
  const queryClient = useQueryClient();
  const key = mutationKeys.assignRole(scope, principalId, role.guid);
  // The assignment the last call sent: a claims challenge's step-up resumes exactly this one.
  const [sent, setSent] = useState<ResumableWrite | undefined>();
  const mutation = useMutation({
    mutationKey: key,
    meta: problemMeta(tenantId, config),
    // Two clicks queue behind one another; the second then finds the assignment by its name and sends no PUT.
    scope: { id: `assign-role-${key.join('|')}` },
    mutationFn: async (to: Target) => {
      const name = await roleAssignmentName(scope, to.principalId, role.guid);
      const request: AssignmentRequest = {
        scope,
        name,
        roleGuid: role.guid,
        principalId: to.principalId,
        principalType: to.principalType,
      };
      setSent({ kind: 'assign-role', request, roleName: role.roleName, you: to.you });
      return { request, outcome: await assignOnce(arm, queryClient, request) };
    },
    onSuccess: ({ request, outcome }, to) => {
      const record: GrantRecord = {
        name: request.name,
        scope,
        roleId: role.guid,
        roleName: role.roleName,
        principalId: to.principalId,
        principalType: to.principalType,
        you: to.you,
        assignedAt: new Date().toISOString(),
        createdOn: outcome.assignment.createdOn,
        putByThisTab: outcome.put,
      };
      updateJournal(tenantId, (j) =>
        j.grants?.[request.name] ? j : { ...j, grants: { ...j.grants, [request.name]: record } },
      );
      // The verdict reads again once the role is seen working (GrantProgress), not before: listed is not effective.
      onDone();
    },
  });
  return { mutation, sent };
}

/** A step-up card for the PUT carries the assignment, so the way back gives the same one again by itself. */
function withResume(problem: Problem | null, sent: ResumableWrite | undefined): Problem | null {
  if (!problem?.stepUp || !sent) return problem;
  return { ...problem, stepUp: { ...problem.stepUp, resume: sent } };
}

/**
 * Back from the sign-in a claims challenge on the PUT asked for: the same assignment goes out once more, once (the
 * step-up record is marked before it is sent, so a reload does not send it again); then the wait starts as after a
 * click. A second challenge shows the card for a repeated one, which offers no further sign-in.
 */
function ResumeAssignment({
  tenantId,
  scope,
  role,
}: {
  tenantId: string;
  scope: string;
  role: { guid: string; roleName: string };
}) {
  const [record] = useState(() => pendingAssignment(readStepUps(), tenantId, scope, role.guid));
  const resume = record?.resume;
  const assign = useAssign(tenantId, scope, role, resume?.request.principalId ?? '', () => {});
  const problem = useProblem(assign.mutation.error);
  const started = useRef(false);
  const { mutate } = assign.mutation;
  useEffect(() => {
    if (!record || !resume || started.current) return;
    started.current = true;
    noteResent(record);
    const { principalId, principalType } = resume.request;
    mutate({ principalId, principalType, you: resume.you });
  }, [record, resume, mutate]);

  if (assign.mutation.isPending)
    return (
      <p role="status" className="loading">
        <Trans>Giving the role again after your verification…</Trans>
      </p>
    );
  return problem ? <ProblemCard problem={problem} /> : null;
}

/** Why a typed id cannot be the principal's object id, in words. */
const OBJECT_ID_PROBLEMS: Record<ObjectIdProblem, MessageDescriptor> = {
  empty: msg`Enter the object ID.`,
  shape: msg`An object ID is a GUID: 32 hexadecimal digits in groups of 8-4-4-4-12.`,
  zeros: msg`An object ID of zeros belongs to nobody.`,
  'tenant-id': msg`This is the directory's own ID (tenant ID), not the object ID of a group, user or service principal.`,
  'client-id': msg`This is the app's application (client) ID. Its service principal has another ID, its object ID: copy it from Enterprise applications.`,
};

function GrantForm({
  account,
  instance,
  verdict,
  onDone,
}: {
  account: AccountInfo;
  instance: DigitalTwinsInstance;
  verdict: AccessVerdict;
  onDone: () => void;
}) {
  const { config } = useRuntime();
  const { i18n } = useLingui();
  const id = useId();
  const tenantId = account.tenantId;
  // The form is on the verdict card, which only the customer's directory has (stepsFor).
  const caller = (config.digitalTwins as CustomerTwinsConfig).caller;
  // The admin's object id in *this* directory (a guest's differs from their home one); none yet: no "me".
  const youId = objectIdIn(account, tenantId);
  const offerYou = youId !== undefined && verdict.you !== 'holds' && verdict.you !== 'given';
  const [who, setWho] = useState<'object' | 'you'>('object');
  const [typed, setTyped] = useState('');
  const [type, setType] = useState<PrincipalType>(caller === 'users' ? 'Group' : 'ServicePrincipal');
  const [shownProblem, setShownProblem] = useState<ObjectIdProblem | undefined>();
  const [target, setTarget] = useState<Target | undefined>();
  const scope = instance.id.toLowerCase();
  const role = verdict.role;
  const pendingElsewhere =
    useIsMutating({ mutationKey: mutationKeys.assignRole(scope, target?.principalId ?? '', role.guid) }) > 0;

  const assign = useAssign(tenantId, scope, role, target?.principalId ?? '', () => {
    setTarget(undefined);
    onDone();
  });
  const problem = withResume(useProblem(assign.mutation.error), assign.sent);
  const busy = assign.mutation.isPending || pendingElsewhere;

  const review = (event: React.FormEvent) => {
    event.preventDefault();
    assign.mutation.reset();
    if (who === 'you' && youId) {
      setTarget({ principalId: youId.toLowerCase(), principalType: 'User', you: true });
      return;
    }
    const checked = checkObjectId(typed, { tenantId, clientId: config.clientId });
    if (!checked.ok) {
      setShownProblem(checked.problem);
      return;
    }
    setShownProblem(undefined);
    const you = youId !== undefined && checked.objectId === youId.toLowerCase();
    setTarget({ principalId: checked.objectId, principalType: you ? 'User' : type, you });
  };

  const typeName = (p: PrincipalType) => principalTypeName(i18n, p);
  const roleName = role.roleName;
  const name = instance.name;

  if (target) {
    const principalType = typeName(target.principalType);
    const objectId = target.principalId;
    return (
      <div className="card note" role="group" aria-labelledby={`${id}-confirm`}>
        <h3 id={`${id}-confirm`} className="h4">
          <Trans>
            Give {roleName} on {name}?
          </Trans>
        </h3>
        <p>
          {target.you ? (
            <Trans>
              To you: {principalType} <span className="mono">{objectId}</span>, your object ID in this directory.
            </Trans>
          ) : (
            <Trans>
              To {principalType} <span className="mono">{objectId}</span>. Azure does not check that this object exists:
              an ID of nothing gives an assignment to "Identity not found" that never works. Compare it with the object
              ID that Microsoft Entra ID shows.
            </Trans>
          )}
        </p>
        {problem && <ProblemCard problem={problem} />}
        <p className="actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => assign.mutation.mutate(target)}
          >
            {busy ? <Trans>Giving the role…</Trans> : <Trans>Give the role</Trans>}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              assign.mutation.reset();
              setTarget(undefined);
            }}
          >
            <Trans>Change</Trans>
          </button>
        </p>
      </div>
    );
  }

  const problemId = `${id}-problem`;
  return (
    <form className="card" onSubmit={review} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="h4">
        <Trans>Give the role from here</Trans>
      </h3>
      <fieldset className="field">
        <legend>
          <Trans>Give {roleName} to</Trans>
        </legend>
        <label>
          <input type="radio" name={`${id}-who`} checked={who === 'object'} onChange={() => setWho('object')} />{' '}
          {caller === 'users' ? (
            <Trans>A group (recommended), a user or a service principal, by its object ID</Trans>
          ) : (
            <Trans>A service principal, a group or a user, by its object ID</Trans>
          )}
        </label>
        {offerYou && (
          <label>
            <input type="radio" name={`${id}-who`} checked={who === 'you'} onChange={() => setWho('you')} />{' '}
            <Trans>Me ({account.username}): I use the app too</Trans>
          </label>
        )}
      </fieldset>
      {who === 'object' && (
        <>
          <p className="field">
            <label htmlFor={`${id}-type`}>
              <Trans>Type of principal</Trans>
            </label>
            <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as PrincipalType)}>
              <option value="Group">{typeName('Group')}</option>
              <option value="User">{typeName('User')}</option>
              <option value="ServicePrincipal">{typeName('ServicePrincipal')}</option>
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${id}-oid`}>
              <Trans>Object ID</Trans>
            </label>
            <input
              id={`${id}-oid`}
              className="mono"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={shownProblem ? true : undefined}
              aria-describedby={shownProblem ? `${problemId} ${id}-where` : `${id}-where`}
            />
            <span id={`${id}-where`} className="muted">
              <Trans>
                In the{' '}
                <a href={ENTRA_OBJECTS} target="_blank" rel="noreferrer noopener">
                  Microsoft Entra admin center
                </a>
                , open the group, user or enterprise application: its Overview shows the Object ID. For an app, that is
                not the application (client) ID.
              </Trans>
            </span>
          </p>
          {shownProblem && (
            <p id={problemId} role="alert" className="card problem">
              {i18n._(OBJECT_ID_PROBLEMS[shownProblem])}
            </p>
          )}
        </>
      )}
      <p className="actions">
        <button type="submit" className="button primary">
          <Trans>Review</Trans>
        </button>
      </p>
    </form>
  );
}

function minutesSeconds(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** An assignment this tab made or found: reads until it works, with the time since it was made. */
function GrantProgress({
  grant,
  tenantId,
  instance,
}: {
  grant: GrantRecord;
  tenantId: string;
  instance: DigitalTwinsInstance;
}) {
  const { arm, config } = useRuntime();
  const { i18n } = useLingui();
  const queryClient = useQueryClient();
  const needed = REQUIRED_DATA_ACTIONS[config.digitalTwins!.dataRole];
  const watch = useQuery({ ...grantWatchQueryOptions(arm, grant, needed), meta: problemMeta(tenantId, config) });
  const seen = grant.seenAt !== undefined || watch.data?.effective === true;
  const now = useNow(1000, !seen);
  const problem = useProblem(watch.error);
  const scope = grant.scope;

  useEffect(() => {
    if (!watch.data?.effective || grant.seenAt) return;
    const seenAt = new Date().toISOString();
    updateJournal(tenantId, (j) => {
      const current = j.grants?.[grant.name];
      if (!current || current.seenAt) return j;
      return { ...j, grants: { ...j.grants, [grant.name]: { ...current, seenAt } } };
    });
    // The verdict reads again: the admin's permissions now with the new token MSAL keeps.
    void queryClient.invalidateQueries({ queryKey: queryKeys.roleAssignmentsAt(scope) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.permissionsAt(scope) });
  }, [watch.data?.effective, grant.seenAt, grant.name, tenantId, queryClient, scope]);

  const elapsed = now - Date.parse(grant.assignedAt);
  const minutes = Math.floor(elapsed / 60_000);
  const clock = minutesSeconds(elapsed);
  const who = grant.you ? (
    <Trans>you</Trans>
  ) : (
    <>
      {principalTypeName(i18n, grant.principalType)} <span className="mono">{grant.principalId}</span>
    </>
  );
  const roleName = grant.roleName;
  const name = instance.name;
  const assignedAt = grant.assignedAt;
  const seenAt = grant.seenAt ?? '';

  if (seen) {
    return (
      <div className="card success" role="status" data-grant={grant.name}>
        <h3 className="h4">
          <Trans>The role works</Trans>
        </h3>
        <p>
          <Trans>
            {roleName} on {name} is given to {who} and in effect. Given at {assignedAt}, seen working at {seenAt}.
          </Trans>
        </p>
        {!grant.you && (
          <p>
            <Trans>
              Azure lists the assignment; whether each member of a group can call the instance is up to Azure Digital
              Twins, which may take a few more minutes.
            </Trans>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="card note" data-grant={grant.name}>
      <h3 className="h4">
        <Trans>Role given: waiting until it works</Trans>
      </h3>
      <p>
        <Trans>
          {roleName} on {name} is given to {who} (assignment <span className="mono">{grant.name}</span>, at {assignedAt}
          ). Azure applies role changes after a delay; the portal reads again, less often as time goes on, and never
          gives the role twice.
        </Trans>
      </p>
      <p aria-hidden="true" className="muted">
        <Trans>Waiting for {clock}</Trans>
      </p>
      {/* Announced once a minute, not every second. */}
      <p role="status" className="loading">
        {minutes < 1 ? (
          <Trans>Checking whether the role is in effect…</Trans>
        ) : (
          <Trans>Still checking: {minutes} min so far.</Trans>
        )}
      </p>
      {takingLonger(elapsed) && (
        <p>
          <Trans>
            Azure is taking longer than usual: role changes can take up to 30 minutes to reach every part of Azure.
            Nothing needs doing again: keep this page open, or come back later and sign in again; the portal checks the
            same assignment.
          </Trans>
        </p>
      )}
      {problem && (
        <ProblemCard
          problem={problem}
          actions={
            <button type="button" className="button" onClick={() => void watch.refetch()}>
              <Trans>Check again</Trans>
            </button>
          }
        />
      )}
    </div>
  );
}

/**
 * No roleAssignments/write, but a role that has it is eligible in Privileged Identity Management: activate it and
 * check again (with a new token: ARM caches role assignments per token), rather than ask an Owner.
 */
export function ActivateFirst({ instance, eligible }: { instance: DigitalTwinsInstance; eligible: RoleEligibility[] }) {
  const { arm } = useRuntime();
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const roles = [...new Set(eligible.map((e) => e.roleName ?? e.roleGuid))].join(', ');
  const name = instance.name;
  const checkAgain = async () => {
    setChecking(true);
    try {
      await queryClient.fetchQuery({ ...permissionsAtQueryOptions(arm, instance.id, true), staleTime: 0 });
    } catch {
      // The verdict's own read shows what went wrong.
    } finally {
      setChecking(false);
    }
  };
  return (
    <div className="card note" role="note" aria-labelledby="pim-title">
      <h3 id="pim-title" className="h4">
        <Trans>Activate your role first</Trans>
      </h3>
      <p>
        <Trans>
          You are eligible for {roles} on {name} or above it in Privileged Identity Management, but the role is not
          active. Activate it (Microsoft Entra admin center &gt; Privileged Identity Management &gt; My roles &gt; Azure
          resources), then select "Check again": you can then give the role yourself, without asking an Owner.
        </Trans>
      </p>
      <p className="actions">
        <button type="button" className="button" disabled={checking} onClick={() => void checkAgain()}>
          {checking ? <Trans>Checking…</Trans> : <Trans>Check again</Trans>}
        </button>
      </p>
    </div>
  );
}
