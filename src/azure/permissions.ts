import { queryOptions, useQuery, type QueryMeta } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { AUTHORIZATION_API, PERMISSIONS_API } from './api-versions';
import { MalformedResponseError } from './errors';
import { queryKeys } from './query-keys';

export interface Permission {
  actions: string[];
  notActions: string[];
  /** data-plane actions: only api-version 2018-01-01-preview and later answer them (absent from 2015-07-01) */
  dataActions?: string[];
  notDataActions?: string[];
}

/** RBAC action patterns: `*` stands for any run of characters, and matching ignores case. */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return regex.test(action);
}

/**
 * Whether some role assignment grants `{namespace}/register/action` and does not exclude it. A hint only: deny
 * assignments, conditions and roles that are eligible but not active are not in this answer, so a 403 on the
 * register call is still handled.
 */
export function canRegister(permissions: Permission[], namespace: string): boolean {
  const action = `${namespace}/register/action`;
  return permissions.some(
    (p) => p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((n) => actionMatches(n, action)),
  );
}

const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);

/** One permissions entry (of the permissions API or a role definition), its data actions kept when it has them. */
export function parsePermission(entry: unknown): Permission {
  const e = entry as {
    actions?: unknown;
    notActions?: unknown;
    dataActions?: unknown;
    notDataActions?: unknown;
  } | null;
  const permission: Permission = { actions: strings(e?.actions), notActions: strings(e?.notActions) };
  if (e?.dataActions !== undefined || e?.notDataActions !== undefined) {
    permission.dataActions = strings(e.dataActions);
    permission.notDataActions = strings(e.notDataActions);
  }
  return permission;
}

function parsePermissions(data: unknown, operation: string): Permission[] {
  const value = (data as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) throw new MalformedResponseError(operation, 'no "value" list of permissions');
  return value.map(parsePermission);
}

export async function fetchPermissions(
  arm: ArmClient,
  subscriptionId: string,
  signal?: AbortSignal,
): Promise<Permission[]> {
  const path = `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Authorization/permissions?api-version=${PERMISSIONS_API}`;
  const permissions: Permission[] = [];
  // Pageable: one entry per role assignment, so a user with many assignments gets several pages.
  for await (const page of arm.pages<unknown>(path, signal))
    permissions.push(...parsePermissions({ value: page.value }, 'GET permissions'));
  return permissions;
}

/** The signed-in user's permissions on one subscription, for predicting whether Register will be allowed. */
export function permissionsQueryOptions(arm: ArmClient, subscriptionId: string) {
  return queryOptions({
    queryKey: queryKeys.permissions(subscriptionId),
    queryFn: ({ signal }) => fetchPermissions(arm, subscriptionId, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * What the signed-in account may do at any scope (an instance's resource id), data actions included: api-version
 * 2022-04-01. Needs `Microsoft.Authorization/permissions/read` there, which data roles alone do not grant (403).
 */
export async function fetchPermissionsAt(
  arm: ArmClient,
  scope: string,
  signal?: AbortSignal,
  freshToken = false,
): Promise<Permission[]> {
  const path = `${scope}/providers/Microsoft.Authorization/permissions?api-version=${AUTHORIZATION_API}`;
  const permissions: Permission[] = [];
  for await (const page of arm.pages<unknown>(path, signal, freshToken)) {
    permissions.push(
      ...page.value.map((entry) => ({ dataActions: [], notDataActions: [], ...parsePermission(entry) })),
    );
  }
  return permissions;
}

/** `freshToken`: read with a newly issued token, to see a role change ARM still caches for the old one. */
export function permissionsAtQueryOptions(arm: ArmClient, scope: string, freshToken = false) {
  return queryOptions({
    queryKey: queryKeys.permissionsAt(scope),
    queryFn: ({ signal }) => fetchPermissionsAt(arm, scope, signal, freshToken),
    staleTime: 60_000,
    // A refusal (403) is an answer ("cannot tell from here"), not worth asking again.
    retry: false,
  });
}

export function usePermissionsAt(arm: ArmClient, scope: string | undefined, meta?: QueryMeta) {
  return useQuery({ ...permissionsAtQueryOptions(arm, scope ?? ''), enabled: scope !== undefined, meta });
}
