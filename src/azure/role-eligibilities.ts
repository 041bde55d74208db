import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { PIM_API } from './api-versions';
import { queryKeys } from './query-keys';

/** A role the signed-in account may activate in Privileged Identity Management, at the scope or above it. */
export interface RoleEligibility {
  /** the role's GUID, lower case */
  roleGuid: string;
  roleName: string | undefined;
  scope: string;
  endDateTime: string | undefined;
}

function parseEligibility(raw: unknown): RoleEligibility {
  const p = ((raw ?? {}) as { properties?: Record<string, unknown> }).properties ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const expanded = (p.expandedProperties ?? {}) as { roleDefinition?: { displayName?: unknown } };
  return {
    roleGuid: (str(p.roleDefinitionId)?.split('/').pop() ?? '').toLowerCase(),
    roleName: str(expanded.roleDefinition?.displayName),
    scope: str(p.scope) ?? '',
    endDateTime: str(p.endDateTime),
  };
}

/**
 * The caller's own eligible roles that apply at `scope` (`$filter=asTarget()`): read only when the permissions
 * answer lacks roleAssignments/write, to tell "activate your role" from "ask an Owner".
 */
export async function fetchRoleEligibilitiesAt(
  arm: ArmClient,
  scope: string,
  signal?: AbortSignal,
): Promise<RoleEligibility[]> {
  const path = `${scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances?api-version=${PIM_API}&$filter=${encodeURIComponent('asTarget()')}`;
  const list: RoleEligibility[] = [];
  for await (const page of arm.pages<unknown>(path, signal)) list.push(...page.value.map(parseEligibility));
  return list;
}

export function roleEligibilitiesQueryOptions(arm: ArmClient, scope: string) {
  return queryOptions({
    queryKey: queryKeys.roleEligibilitiesAt(scope),
    queryFn: ({ signal }) => fetchRoleEligibilitiesAt(arm, scope, signal),
    staleTime: 60_000,
    // Without PIM (no Entra ID P2) or without the right to read it: an answer, "not known", not worth repeating.
    retry: false,
  });
}

export function useRoleEligibilitiesAt(arm: ArmClient, scope: string, enabled: boolean) {
  return useQuery({ ...roleEligibilitiesQueryOptions(arm, scope), enabled });
}
