import { queryOptions, useQuery, type QueryMeta } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { AUTHORIZATION_API } from './api-versions';
import { MalformedResponseError } from './errors';
import { queryKeys } from './query-keys';

/** A role assignment that applies at a scope: at the scope itself or inherited from above it. */
export interface RoleAssignment {
  id: string;
  /** the role definition's full id; its last segment is the role's GUID */
  roleDefinitionId: string;
  /** object id in this directory */
  principalId: string;
  /** User | Group | ServicePrincipal | ForeignGroup | Device, or anything newer */
  principalType: string;
  /** where it was made: the instance, its resource group, subscription or a management group */
  scope: string;
  /** an ABAC condition narrows it; the portal cannot evaluate one */
  condition: string | undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function parseRoleAssignment(raw: unknown, operation: string): RoleAssignment {
  const o = (raw ?? {}) as Record<string, unknown>;
  const p = (o.properties ?? {}) as Record<string, unknown>;
  const roleDefinitionId = str(p.roleDefinitionId);
  const principalId = str(p.principalId);
  if (!roleDefinitionId || !principalId)
    throw new MalformedResponseError(operation, 'a role assignment without roleDefinitionId or principalId');
  return {
    id: str(o.id) ?? '',
    roleDefinitionId,
    principalId,
    principalType: str(p.principalType) ?? 'Unknown',
    scope: str(p.scope) ?? '',
    condition: str(p.condition),
  };
}

/** The last path segment of a role definition id: the role's GUID, in lower case. */
export function roleGuid(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').pop() ?? '').toLowerCase();
}

/**
 * Every assignment that applies at `scope` (atScope(): the scope and those above it). Needs
 * `Microsoft.Authorization/roleAssignments/read` there (403 AuthorizationFailed otherwise).
 */
export async function fetchRoleAssignmentsAt(
  arm: ArmClient,
  scope: string,
  signal?: AbortSignal,
): Promise<RoleAssignment[]> {
  const path = `${scope}/providers/Microsoft.Authorization/roleAssignments?api-version=${AUTHORIZATION_API}&$filter=${encodeURIComponent('atScope()')}`;
  const assignments: RoleAssignment[] = [];
  for await (const page of arm.pages<unknown>(path, signal))
    assignments.push(...page.value.map((a) => parseRoleAssignment(a, 'GET roleAssignments')));
  return assignments;
}

export function roleAssignmentsQueryOptions(arm: ArmClient, scope: string) {
  return queryOptions({
    queryKey: queryKeys.roleAssignmentsAt(scope),
    queryFn: ({ signal }) => fetchRoleAssignmentsAt(arm, scope, signal),
    staleTime: 60_000,
    retry: false,
  });
}

export function useRoleAssignmentsAt(arm: ArmClient, scope: string | undefined, meta?: QueryMeta) {
  return useQuery({ ...roleAssignmentsQueryOptions(arm, scope ?? ''), enabled: scope !== undefined, meta });
}
