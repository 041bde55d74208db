import { queryOptions, useQuery, type QueryMeta } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { AUTHORIZATION_API } from './api-versions';
import { MalformedResponseError } from './errors';
import { parsePermission, type Permission } from './permissions';
import { queryKeys } from './query-keys';

export interface RoleDefinition {
  /** full id */
  id: string;
  /** the role's GUID (the definition's `name`), lower case */
  guid: string;
  roleName: string;
  /** BuiltInRole | CustomRole */
  type: string;
  /** each entry with dataActions and notDataActions (empty when the role has none) */
  permissions: Array<Required<Permission>>;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function parseRoleDefinition(raw: unknown, operation: string): RoleDefinition {
  const o = (raw ?? {}) as Record<string, unknown>;
  const p = (o.properties ?? {}) as Record<string, unknown>;
  const id = str(o.id);
  const guid = str(o.name) ?? id?.split('/').pop();
  if (!id || !guid) throw new MalformedResponseError(operation, 'a role definition without id or name');
  const permissions = Array.isArray(p.permissions) ? p.permissions : [];
  return {
    id,
    guid: guid.toLowerCase(),
    roleName: str(p.roleName) ?? guid,
    type: str(p.type) ?? 'Unknown',
    permissions: permissions.map((entry) => ({ dataActions: [], notDataActions: [], ...parsePermission(entry) })),
  };
}

/**
 * Every role definition usable at `scope` (built-in ones and the subscription's custom roles): the portal reads
 * what each role grants rather than trusting its name, since built-in roles change and custom ones can do anything.
 */
export async function fetchRoleDefinitionsAt(
  arm: ArmClient,
  scope: string,
  signal?: AbortSignal,
): Promise<RoleDefinition[]> {
  const path = `${scope}/providers/Microsoft.Authorization/roleDefinitions?api-version=${AUTHORIZATION_API}`;
  const definitions: RoleDefinition[] = [];
  for await (const page of arm.pages<unknown>(path, signal))
    definitions.push(...page.value.map((d) => parseRoleDefinition(d, 'GET roleDefinitions')));
  return definitions;
}

export function roleDefinitionsQueryOptions(arm: ArmClient, scope: string) {
  return queryOptions({
    queryKey: queryKeys.roleDefinitionsAt(scope),
    queryFn: ({ signal }) => fetchRoleDefinitionsAt(arm, scope, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useRoleDefinitionsAt(arm: ArmClient, scope: string | undefined, meta?: QueryMeta) {
  return useQuery({ ...roleDefinitionsQueryOptions(arm, scope ?? ''), enabled: scope !== undefined, meta });
}
