import { queryOptions } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { MalformedResponseError } from './errors';

/** The subscription-scope permissions API is documented with this version (Microsoft Learn, "Resource Manager API authentication"). */
export const PERMISSIONS_API = '2015-07-01';

export interface Permission {
  actions: string[];
  notActions: string[];
}

/** RBAC action patterns: `*` stands for any run of characters, and matching ignores case. */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`, 'i');
  return regex.test(action);
}

/**
 * Whether some role assignment grants `{namespace}/register/action` and does not exclude it. A hint only: deny
 * assignments, conditions and roles that are eligible but not active are not in this answer, so a 403 on the
 * register call is still handled.
 */
export function canRegister(permissions: Permission[], namespace: string): boolean {
  const action = `${namespace}/register/action`;
  return permissions.some((p) => p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((n) => actionMatches(n, action)));
}

function parsePermissions(data: unknown, operation: string): Permission[] {
  const value = (data as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) throw new MalformedResponseError(operation, 'no "value" list of permissions');
  return value.map((entry: unknown) => {
    const e = entry as { actions?: unknown; notActions?: unknown } | null;
    const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    return { actions: strings(e?.actions), notActions: strings(e?.notActions) };
  });
}

export async function fetchPermissions(arm: ArmClient, subscriptionId: string, signal?: AbortSignal): Promise<Permission[]> {
  const path = `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Authorization/permissions?api-version=${PERMISSIONS_API}`;
  const permissions: Permission[] = [];
  // Pageable: one entry per role assignment, so a user with many assignments gets several pages.
  for await (const page of arm.pages<unknown>(path, signal)) permissions.push(...parsePermissions({ value: page.value }, 'GET permissions'));
  return permissions;
}

/** The signed-in user's permissions on one subscription, for predicting whether Register will be allowed. */
export function permissionsQueryOptions(arm: ArmClient, subscriptionId: string) {
  return queryOptions({
    queryKey: ['arm', 'permissions', subscriptionId] as const,
    queryFn: ({ signal }) => fetchPermissions(arm, subscriptionId, signal),
    staleTime: 5 * 60_000,
  });
}
