/**
 * Microsoft.Authorization at any scope of a subscription (subscription, resource group, Digital Twins instance): role
 * assignments (with `atScope()`, `assignedTo('{id}')` and `principalId eq '{id}'`), role definitions, and the caller's
 * own permissions (docs/emulator-contract.md, "Role assignments and role definitions", "Permissions").
 */
import { denied, fail, pagedReply, reply, resourcePageSize, type ArmCall, type Principal } from './arm-call';
import {
  allows,
  assignmentsInSubscription,
  findRoleDefinition,
  permissionsOf,
  principalAndGroups,
  roleDefinitionsIn,
  scopeCovers,
  type RoleDefinitionRecord,
} from './rbac';
import { instanceId, resourceGroupId } from './twins';
import type { EmuResponse, RoleAssignmentRecord, SubscriptionRecord } from './types';

/** A scope as the request path names it. */
export interface ParsedScope {
  subscriptionId: string;
  resourceGroup?: string;
  resource?: { namespace: string; type: string; name: string };
}

/** `subscriptions/{id}[/resourceGroups/{rg}[/providers/{ns}/{type}/{name}]]`, or undefined for any other shape. */
export function parseScope(parts: readonly string[]): ParsedScope | undefined {
  const lower = parts.map((p) => p.toLowerCase());
  const [, subscriptionId, , resourceGroup, , namespace, type, name] = parts;
  if (lower[0] !== 'subscriptions' || !subscriptionId) return undefined;
  if (parts.length === 2) return { subscriptionId };
  if (lower[2] !== 'resourcegroups' || !resourceGroup) return undefined;
  if (parts.length === 4) return { subscriptionId, resourceGroup };
  if (parts.length === 8 && lower[4] === 'providers' && namespace && type && name) {
    return { subscriptionId, resourceGroup, resource: { namespace, type, name } };
  }
  return undefined;
}

/** The scope as ARM writes it back: the subscription's own id, resource group and resource as the request named them. */
export function scopeString(sub: SubscriptionRecord, scope: ParsedScope): string {
  if (!scope.resourceGroup) return `/subscriptions/${sub.id}`;
  const rg = resourceGroupId(sub.id, scope.resourceGroup);
  if (!scope.resource) return rg;
  return `${rg}/providers/${scope.resource.namespace}/${scope.resource.type}/${scope.resource.name}`;
}

/** The resource groups of a subscription the world knows: those holding instances or named by assignments. */
export function resourceGroupExists(call: ArmCall, sub: SubscriptionRecord, name: string): boolean {
  const world = call.ctx.state.world;
  const rg = resourceGroupId(sub.id, name);
  return (
    (world.digitalTwinsInstances ?? []).some(
      (i) => i.subscriptionId === sub.id && i.resourceGroup.toLowerCase() === name.toLowerCase(),
    ) || (world.roleAssignments ?? []).some((a) => scopeCovers(rg, a.scope))
  );
}

/**
 * The scope exists, or ARM's 404. ARM checks authorization first (a caller without access learns nothing about what
 * exists); the endpoints call this after their permission check.
 */
export function missingScope(call: ArmCall, sub: SubscriptionRecord, scope: ParsedScope): EmuResponse | undefined {
  if (!scope.resourceGroup) return undefined;
  if (!resourceGroupExists(call, sub, scope.resourceGroup)) {
    return fail(call, 404, 'ResourceGroupNotFound', `Resource group '${scope.resourceGroup}' could not be found.`);
  }
  const resource = scope.resource;
  if (!resource) return undefined;
  const wanted = scopeString(sub, scope).toLowerCase();
  const found = (call.ctx.state.world.digitalTwinsInstances ?? []).some((i) => instanceId(i).toLowerCase() === wanted);
  if (found) return undefined;
  return notFoundResource(call, `${resource.namespace}/${resource.type}/${resource.name}`, scope.resourceGroup);
}

export function notFoundResource(call: ArmCall, typeAndName: string, resourceGroup: string): EmuResponse {
  return fail(
    call,
    404,
    'ResourceNotFound',
    `The Resource '${typeAndName}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

/** The canonical id of a scope: a Digital Twins instance in its own casing, else as named. */
export function canonicalScope(call: ArmCall, sub: SubscriptionRecord, scope: ParsedScope): string {
  const named = scopeString(sub, scope);
  const instance = (call.ctx.state.world.digitalTwinsInstances ?? []).find(
    (i) => instanceId(i).toLowerCase() === named.toLowerCase(),
  );
  return instance ? instanceId(instance) : named;
}

// --- role assignments ------------------------------------------------------------------------------------------

type AssignmentFilter = { atScope: boolean; principals?: Set<string> };

/** `atScope()`, `assignedTo('{id}')`, `principalId eq '{id}'`, joined by `and`; undefined for anything else. */
function parseAssignmentFilter(call: ArmCall, filter: string | null): AssignmentFilter | undefined {
  const result: AssignmentFilter = { atScope: false };
  if (filter === null || filter.trim() === '') return result;
  for (const term of filter.trim().split(/\s+and\s+/i)) {
    const t = term.trim();
    let m: RegExpExecArray | null;
    if (/^atScope\(\)$/i.test(t)) result.atScope = true;
    else if ((m = /^assignedTo\('([^']+)'\)$/i.exec(t)))
      result.principals = principalAndGroups(call.ctx.state.world, m[1] ?? '');
    else if ((m = /^principalId\s+eq\s+'([^']+)'$/i.exec(t))) result.principals = new Set([m[1] ?? '']);
    else return undefined;
  }
  return result;
}

export function isoOrOrigin(ms: number): string {
  return ms > 0 ? new Date(ms).toISOString() : '2026-01-15T09:30:00.0000000Z';
}

export function assignmentJson(
  a: RoleAssignmentRecord,
  sub: SubscriptionRecord,
  apiVersion: string,
): Record<string, unknown> {
  const roleDefinitionId = `/subscriptions/${sub.id}/providers/Microsoft.Authorization/roleDefinitions/${a.roleDefinitionId}`;
  const base = {
    id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${a.name}`,
    type: 'Microsoft.Authorization/roleAssignments',
    name: a.name,
  };
  // 2015-07-01 predates principal types and conditions.
  if (apiVersion === '2015-07-01')
    return { ...base, properties: { roleDefinitionId, principalId: a.principalId, scope: a.scope } };
  return {
    ...base,
    properties: {
      roleDefinitionId,
      principalId: a.principalId,
      principalType: a.principalType,
      scope: a.scope,
      condition: a.condition ?? null,
      conditionVersion: a.condition ? '2.0' : null,
      createdOn: isoOrOrigin(a.createdAt),
      updatedOn: isoOrOrigin(a.createdAt),
      createdBy: a.createdBy ?? null,
      updatedBy: a.createdBy ?? null,
      delegatedManagedIdentityResourceId: null,
      description: null,
    },
  };
}

/**
 * Without a filter: the assignments at, above and below the scope. `atScope()`: at and above only (what applies
 * there). `assignedTo(id)`: the principal's and its groups', transitively; `principalId eq id`: that principal's.
 */
export function listRoleAssignments(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  apiVersion: string,
): EmuResponse {
  const world = call.ctx.state.world;
  const target = scopeString(sub, scope);
  const refused = readRefused(call, principal, sub, scope, 'Microsoft.Authorization/roleAssignments/read');
  if (refused) return refused;
  const rawFilter = call.url.searchParams.get('$filter');
  const filter = parseAssignmentFilter(call, rawFilter);
  if (!filter) {
    return fail(
      call,
      400,
      'InvalidFilter',
      `The filter '${rawFilter}' is not supported. Supported filters are atScope(), assignedTo('{objectId}') and principalId eq '{objectId}', joined with 'and'.`,
    );
  }
  const items = assignmentsInSubscription(world, sub).filter((a) => {
    const above = scopeCovers(a.scope, target);
    const below = scopeCovers(target, a.scope);
    if (filter.atScope ? !above : !(above || below)) return false;
    return !filter.principals || filter.principals.has(a.principalId);
  });
  return pagedReply(call, items, (a) => assignmentJson(a, sub, apiVersion), resourcePageSize(call));
}

// --- role definitions -----------------------------------------------------------------------------------------

function definitionJson(d: RoleDefinitionRecord, sub: SubscriptionRecord, apiVersion: string): Record<string, unknown> {
  const permissions = d.permissions.map((p) =>
    // 2015-07-01 predates data actions.
    apiVersion === '2015-07-01' ? { actions: [...p.actions], notActions: [...p.notActions] } : { ...p },
  );
  return {
    id: `/subscriptions/${sub.id}/providers/Microsoft.Authorization/roleDefinitions/${d.id}`,
    name: d.id,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName: d.roleName,
      type: d.type,
      description: d.description,
      assignableScopes: [...d.assignableScopes],
      permissions,
      createdOn: '2026-01-15T09:30:00.0000000Z',
      updatedOn: '2026-01-15T09:30:00.0000000Z',
      createdBy: null,
      updatedBy: null,
    },
  };
}

/** `type eq 'BuiltInRole'|'CustomRole'` or `roleName eq '…'`; undefined for anything else. */
function parseDefinitionFilter(filter: string | null): ((d: RoleDefinitionRecord) => boolean) | undefined {
  if (filter === null || filter.trim() === '') return () => true;
  const type = /^type\s+eq\s+'([^']+)'$/i.exec(filter.trim());
  if (type) return (d) => d.type.toLowerCase() === (type[1] ?? '').toLowerCase();
  const name = /^roleName\s+eq\s+'([^']+)'$/i.exec(filter.trim());
  if (name) return (d) => d.roleName.toLowerCase() === (name[1] ?? '').toLowerCase();
  return undefined;
}

/**
 * A read at a scope, in ARM's order: the caller must hold `action` there (403 AuthorizationFailed), then the scope
 * must exist (404). Undefined when the read may go on.
 */
export function readRefused(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  action: string,
): EmuResponse | undefined {
  const target = scopeString(sub, scope);
  if (!allows(permissionsOf(call.ctx.state.world, principal.oid, principal.issuedAt)(target), action))
    return denied(call, principal, action, target);
  return missingScope(call, sub, scope);
}

/** The definitions assignable at the scope: the built-ins and the subscription's custom roles that reach it. One page. */
export function listRoleDefinitions(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  apiVersion: string,
): EmuResponse {
  const refused = readRefused(call, principal, sub, scope, 'Microsoft.Authorization/roleDefinitions/read');
  if (refused) return refused;
  const target = scopeString(sub, scope);
  const rawFilter = call.url.searchParams.get('$filter');
  const keep = parseDefinitionFilter(rawFilter);
  if (!keep) return fail(call, 400, 'InvalidFilter', `The filter '${rawFilter}' is not supported.`);
  const definitions = roleDefinitionsIn(call.ctx.state.world, sub.id).filter(
    (d) => d.assignableScopes.some((s) => scopeCovers(s, target)) && keep(d),
  );
  return reply(call, 200, { value: definitions.map((d) => definitionJson(d, sub, apiVersion)) });
}

export function getRoleDefinition(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  id: string,
  apiVersion: string,
): EmuResponse {
  const refused = readRefused(call, principal, sub, scope, 'Microsoft.Authorization/roleDefinitions/read');
  if (refused) return refused;
  const definition = findRoleDefinition(call.ctx.state.world, sub.id, id);
  if (!definition)
    return fail(
      call,
      404,
      'RoleDefinitionDoesNotExist',
      "The specified role definition with ID '" + id + "' does not exist.",
    );
  return reply(call, 200, definitionJson(definition, sub, apiVersion));
}

// --- permissions ----------------------------------------------------------------------------------------------

/**
 * What the caller may do at the scope: one entry per role assignment that applies there (its own and its groups'),
 * actions and notActions; from 2018-01-01-preview on also dataActions and notDataActions. Reading it needs
 * `Microsoft.Authorization/permissions/read`, which `*` and `*\/read` include and a data role alone does not.
 */
export function listPermissions(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  apiVersion: string,
): EmuResponse {
  const target = canonicalScope(call, sub, scope);
  const entries = permissionsOf(call.ctx.state.world, principal.oid, principal.issuedAt)(target);
  if (!allows(entries, 'Microsoft.Authorization/permissions/read'))
    return denied(call, principal, 'Microsoft.Authorization/permissions/read', target);
  const missing = missingScope(call, sub, scope);
  if (missing) return missing;
  const value = entries.map((e) =>
    apiVersion === '2015-07-01'
      ? { actions: [...e.actions], notActions: [...e.notActions] }
      : {
          actions: [...e.actions],
          notActions: [...e.notActions],
          dataActions: [...e.dataActions],
          notDataActions: [...e.notDataActions],
        },
  );
  return reply(call, 200, { value });
}
