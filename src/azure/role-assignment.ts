import { queryOptions } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { AUTHORIZATION_API } from './api-versions';
import { ArmError } from './errors';
import { queryKeys } from './query-keys';
import { parseRoleAssignment, type RoleAssignment } from './role-assignments';

/** One role assignment, by name, at a scope: ARM's answer to the PUT and to the GET of that name. */
export interface NamedRoleAssignment extends RoleAssignment {
  name: string;
  /** when ARM made it (ISO 8601), when it says */
  createdOn: string | undefined;
}

export type PrincipalType = 'User' | 'Group' | 'ServicePrincipal';

function parseNamed(raw: unknown, operation: string): NamedRoleAssignment {
  const o = (raw ?? {}) as { name?: unknown; properties?: { createdOn?: unknown } };
  const createdOn = o.properties?.createdOn;
  return {
    ...parseRoleAssignment(raw, operation),
    name: typeof o.name === 'string' ? o.name : '',
    createdOn: typeof createdOn === 'string' && createdOn !== '' ? createdOn : undefined,
  };
}

const path = (scope: string, name: string) =>
  `${scope}/providers/Microsoft.Authorization/roleAssignments/${encodeURIComponent(name)}?api-version=${AUTHORIZATION_API}`;

/** The assignment of that name at the scope, or null when ARM answers 404 RoleAssignmentNotFound. */
export async function fetchRoleAssignment(
  arm: ArmClient,
  scope: string,
  name: string,
  signal?: AbortSignal,
): Promise<NamedRoleAssignment | null> {
  try {
    const { data } = await arm.request<unknown>('GET', path(scope, name), { signal });
    return parseNamed(data, 'GET roleAssignment');
  } catch (error) {
    if (error instanceof ArmError && error.status === 404) return null;
    throw error;
  }
}

export function roleAssignmentQueryOptions(arm: ArmClient, scope: string, name: string) {
  return queryOptions({
    queryKey: queryKeys.roleAssignment(scope, name),
    queryFn: ({ signal }) => fetchRoleAssignment(arm, scope, name, signal),
    staleTime: 0,
    retry: false,
  });
}

export interface AssignmentRequest {
  scope: string;
  /** the deterministic name (./role-assignment-name.ts) */
  name: string;
  /** the role's GUID */
  roleGuid: string;
  principalId: string;
  /** always set: ARM then skips its directory lookup, which a principal created a moment ago may fail */
  principalType: PrincipalType;
}

/**
 * The assignment itself: PUT, never retried by the client after an answer other than 429 (ARM did not act then).
 * Needs `Microsoft.Authorization/roleAssignments/write` at the scope; the role definition is named at the
 * instance's subscription, as the Azure portal and CLI do.
 */
export async function putRoleAssignment(arm: ArmClient, request: AssignmentRequest): Promise<NamedRoleAssignment> {
  const subscription = /^\/subscriptions\/[^/]+/i.exec(request.scope)?.[0] ?? '';
  const { data } = await arm.request<unknown>('PUT', path(request.scope, request.name), {
    body: {
      properties: {
        roleDefinitionId: `${subscription}/providers/Microsoft.Authorization/roleDefinitions/${request.roleGuid}`,
        principalId: request.principalId,
        principalType: request.principalType,
      },
    },
  });
  return parseNamed(data, 'PUT roleAssignment');
}
