/**
 * Every TanStack Query key of the portal, so that a read, its invalidation and its cache update cannot drift
 * apart. ARM reads all start with `arm`: invalidating `queryKeys.arm` (the demo's "skip ahead") refreshes
 * every one of them. The Digital Twins token is Entra ID's, not ARM's, and stays out of that prefix.
 */
export const queryKeys = {
  arm: ['arm'] as const,
  tenants: (homeAccountId: string | undefined) => ['arm', 'tenants', homeAccountId] as const,
  subscriptions: (tenantId: string) => ['arm', 'subscriptions', tenantId] as const,
  provider: (subscriptionId: string | undefined, namespace: string) =>
    ['arm', 'provider', subscriptionId, namespace.toLowerCase()] as const,
  permissions: (subscriptionId: string) => ['arm', 'permissions', subscriptionId] as const,
  /** Digital Twins instances of one directory, through Resource Graph */
  digitalTwinsInstances: (tenantId: string) => ['arm', 'digital-twins-instances', tenantId] as const,
  /** the reads at one resource scope (an instance's id), case-insensitive as ARM's ids are */
  roleAssignmentsAt: (scope: string) => ['arm', 'role-assignments', scope.toLowerCase()] as const,
  roleDefinitionsAt: (scope: string) => ['arm', 'role-definitions', scope.toLowerCase()] as const,
  permissionsAt: (scope: string) => ['arm', 'permissions-at', scope.toLowerCase()] as const,
  /** one role assignment by its name at a scope (the portal's deterministic name) */
  roleAssignment: (scope: string, name: string) =>
    ['arm', 'role-assignment', scope.toLowerCase(), name.toLowerCase()] as const,
  /** the reads that watch a new role assignment until it is in effect */
  grantWatch: (scope: string, name: string) => ['arm', 'grant-watch', scope.toLowerCase(), name.toLowerCase()] as const,
  /** the signed-in account's PIM eligibilities that apply at a scope */
  roleEligibilitiesAt: (scope: string) => ['arm', 'role-eligibilities', scope.toLowerCase()] as const,
  digitalTwinsToken: (homeAccountId: string, tenantId: string, scope: string) =>
    ['verify', homeAccountId, tenantId, scope] as const,
  /** the Digital Twins token from the instance's directory when it is the developer's (the customer's person a guest there) */
  developerDirectoryToken: (homeAccountId: string, tenantId: string, scope: string) =>
    ['guest-token', homeAccountId, tenantId, scope] as const,
};

export const mutationKeys = {
  register: (subscriptionId: string, namespace: string) =>
    ['register', subscriptionId, namespace.toLowerCase()] as const,
  /** giving one role to one principal at one scope (what the assignment's deterministic name is made of) */
  assignRole: (scope: string, principalId: string, roleGuid: string) =>
    ['assign-role', scope.toLowerCase(), principalId.toLowerCase(), roleGuid.toLowerCase()] as const,
};
