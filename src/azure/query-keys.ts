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
  digitalTwinsToken: (homeAccountId: string, tenantId: string, scope: string) =>
    ['verify', homeAccountId, tenantId, scope] as const,
};

export const mutationKeys = {
  register: (subscriptionId: string, namespace: string) =>
    ['register', subscriptionId, namespace.toLowerCase()] as const,
};
