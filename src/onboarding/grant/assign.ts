import type { QueryClient } from '@tanstack/react-query';
import type { ArmClient } from '../../azure/arm-client';
import { ArmError } from '../../azure/errors';
import {
  putRoleAssignment,
  roleAssignmentQueryOptions,
  type AssignmentRequest,
  type NamedRoleAssignment,
} from '../../azure/role-assignment';
import { roleAssignmentsQueryOptions, roleGuid } from '../../azure/role-assignments';

export interface AssignOutcome {
  assignment: NamedRoleAssignment | { name: string; createdOn: undefined };
  /** this call sent the PUT (false: the assignment of that name was already there) */
  put: boolean;
  correlationId?: string | undefined;
}

/**
 * Gives the role once. The assignment's name is deterministic, so a GET of that name first tells whether another
 * tab, an earlier visit or a PUT whose answer was lost already made it: then no PUT at all. A 409
 * RoleAssignmentExists (the same role given under another name) counts only when the list at the scope shows it.
 */
export async function assignOnce(
  arm: ArmClient,
  queryClient: QueryClient,
  request: AssignmentRequest,
): Promise<AssignOutcome> {
  const existing = await queryClient.fetchQuery(roleAssignmentQueryOptions(arm, request.scope, request.name));
  if (existing) return { assignment: existing, put: false };
  try {
    return { assignment: await putRoleAssignment(arm, request), put: true };
  } catch (error) {
    if (!(error instanceof ArmError && error.status === 409 && error.code === 'RoleAssignmentExists')) throw error;
    const listed = await queryClient.fetchQuery({ ...roleAssignmentsQueryOptions(arm, request.scope), staleTime: 0 });
    const same = listed.find(
      (a) =>
        a.principalId.toLowerCase() === request.principalId &&
        roleGuid(a.roleDefinitionId) === request.roleGuid.toLowerCase() &&
        a.scope.toLowerCase() === request.scope.toLowerCase(),
    );
    if (!same) throw error;
    return { assignment: { ...same, name: same.id.split('/').pop() ?? '', createdOn: undefined }, put: true };
  }
}
