import { allowsAction, ROLE_ASSIGNMENTS_WRITE } from '../data-access';
import type { RoleDefinition } from '../../azure/role-definitions';
import type { RoleEligibility } from '../../azure/role-eligibilities';

/** Built-in roles that include roleAssignments/write: Owner, User Access Administrator, RBAC Administrator. */
const ASSIGNING_ROLES = new Set([
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
]);

/**
 * The eligible (PIM) roles whose activation would let the admin assign roles at the instance: the built-in ones,
 * and any role whose definition (when read) includes roleAssignments/write.
 */
export function eligibleToAssign(
  eligibilities: readonly RoleEligibility[],
  definitions: readonly RoleDefinition[] | undefined,
): RoleEligibility[] {
  const byGuid = new Map((definitions ?? []).map((d) => [d.guid, d]));
  return eligibilities.filter((e) => {
    const definition = byGuid.get(e.roleGuid);
    return (
      ASSIGNING_ROLES.has(e.roleGuid) || (definition && allowsAction(definition.permissions, ROLE_ASSIGNMENTS_WRITE))
    );
  });
}
