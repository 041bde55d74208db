import { queryOptions } from '@tanstack/react-query';
import type { ArmClient } from '../../azure/arm-client';
import { fetchPermissionsAt } from '../../azure/permissions';
import { queryKeys } from '../../azure/query-keys';
import { fetchRoleAssignment } from '../../azure/role-assignment';
import { missingDataActions } from '../data-access';
import type { GrantRecord } from '../journal';
import { nextCheckDelay } from './wait-schedule';

export interface GrantSeen {
  /** ARM lists the assignment (at once, usually) */
  listed: boolean;
  /** it is in effect: listed for a group or an app; for the admin, in their own data actions with a new token */
  effective: boolean;
}

/**
 * One look at a new assignment. The admin's own data actions are read with a newly issued ARM token: ARM caches
 * role assignments per token, so the cached one would keep saying "no" after the role applied.
 */
export async function checkGrant(
  arm: ArmClient,
  grant: GrantRecord,
  needed: readonly string[],
  before: GrantSeen | undefined,
  signal?: AbortSignal,
): Promise<GrantSeen> {
  const listed = before?.listed || (await fetchRoleAssignment(arm, grant.scope, grant.name, signal)) !== null;
  if (!grant.you) return { listed, effective: listed };
  if (!listed) return { listed, effective: false };
  const permissions = await fetchPermissionsAt(arm, grant.scope, signal, true);
  return { listed, effective: missingDataActions(permissions, needed).length === 0 };
}

/** Reads until it is in effect, on the schedule of ./wait-schedule.ts; never writes. */
export function grantWatchQueryOptions(arm: ArmClient, grant: GrantRecord, needed: readonly string[]) {
  const assignedAt = Date.parse(grant.assignedAt);
  return queryOptions({
    queryKey: queryKeys.grantWatch(grant.scope, grant.name),
    queryFn: ({ signal, client, queryKey }) =>
      checkGrant(arm, grant, needed, client.getQueryData<GrantSeen>(queryKey), signal),
    staleTime: 0,
    retry: false,
    enabled: grant.seenAt === undefined,
    refetchInterval: (query) =>
      query.state.data?.effective ? false : nextCheckDelay(Date.now() - (Number.isNaN(assignedAt) ? 0 : assignedAt)),
  });
}
