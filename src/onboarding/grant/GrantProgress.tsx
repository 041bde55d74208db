import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { queryKeys } from '../../azure/query-keys';
import type { DigitalTwinsInstance } from '../../azure/digital-twins-instances';
import { ProblemCard } from '../../ui/ProblemCard';
import { useNow } from '../../ui/useNow';
import { REQUIRED_DATA_ACTIONS } from '../data-access';
import { updateJournal, type GrantRecord } from '../journal';
import { problemMeta } from '../problem-log';
import { useProblem } from '../../problems/useProblem';
import { principalTypeName } from './principal-words';
import { takingLonger } from './wait-schedule';
import { grantWatchQueryOptions } from './watch';

function minutesSeconds(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** An assignment this tab made or found: reads until it works, with the time since it was made. */
export function GrantProgress({
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
