/**
 * Privileged Identity Management for Azure resources: the eligibilities in force now
 * (RoleEligibilityScheduleInstances_ListForScope, Microsoft.Authorization 2020-10-01). Listing needs
 * `Microsoft.Authorization/roleAssignments/read` at the scope (Learn, "Use Azure PIM to manage eligible access with the
 * REST API"); `asTarget()` keeps the caller's own, directly or through a group. An eligibility gives nothing until it
 * is activated (docs/emulator-contract.md, "Giving a role").
 */
import { fail, pagedReply, resourcePageSize, type ArmCall, type Principal } from './arm-call';
import { isoOrOrigin, readRefused, scopeString, type ParsedScope } from './arm-authz';
import { deterministicGuid, findRoleDefinition, principalAndGroups, scopeCovers } from './rbac';
import type { EmuResponse, RoleEligibilityRecord, SubscriptionRecord, WorldState } from './types';
import { findUserByObjectId } from './world';

type EligibilityFilter = { atScope: boolean; principals?: Set<string>; viaGroups?: boolean };

/** `asTarget()`, `atScope()`, `assignedTo('{id}')`, `principalId eq '{id}'`, joined by `and`; undefined otherwise. */
function parseFilter(world: WorldState, principal: Principal, filter: string | null): EligibilityFilter | undefined {
  const result: EligibilityFilter = { atScope: false };
  if (filter === null || filter.trim() === '') return result;
  for (const term of filter.trim().split(/\s+and\s+/i)) {
    const t = term.trim();
    let m: RegExpExecArray | null;
    if (/^asTarget\(\)$/i.test(t)) result.principals = principalAndGroups(world, principal.oid);
    else if (/^atScope\(\)$/i.test(t)) result.atScope = true;
    else if ((m = /^assignedTo\('([^']+)'\)$/i.exec(t))) result.principals = principalAndGroups(world, m[1] ?? '');
    else if ((m = /^principalId\s+eq\s+'([^']+)'$/i.exec(t))) result.principals = new Set([m[1] ?? '']);
    else return undefined;
  }
  return result;
}

function scopeType(scope: string): 'subscription' | 'resourcegroup' | 'resource' {
  const depth = scope.split('/').filter((p) => p.length > 0).length;
  return depth <= 2 ? 'subscription' : depth <= 4 ? 'resourcegroup' : 'resource';
}

function scopeDisplayName(sub: SubscriptionRecord, scope: string): string {
  if (scopeType(scope) === 'subscription') return sub.displayName;
  return scope.split('/').pop() ?? scope;
}

function principalDetails(world: WorldState, e: RoleEligibilityRecord): Record<string, unknown> {
  const user = findUserByObjectId(world, e.principalId)?.user;
  const group = (world.groups ?? []).find((g) => g.id === e.principalId);
  const app = (world.appPrincipals ?? []).find((p) => p.id === e.principalId);
  return {
    id: e.principalId,
    displayName: user?.displayName ?? group?.displayName ?? app?.displayName ?? e.principalId,
    ...(user ? { email: user.upn } : {}),
    type: e.principalType,
  };
}

function instanceJson(
  world: WorldState,
  sub: SubscriptionRecord,
  e: RoleEligibilityRecord,
  target: string,
  caller: string,
): Record<string, unknown> {
  const roleDefinitionId = `/subscriptions/${sub.id}/providers/Microsoft.Authorization/roleDefinitions/${e.roleDefinitionId}`;
  const definition = findRoleDefinition(world, sub.id, e.roleDefinitionId);
  const instanceName = deterministicGuid('eligibility-instance', e.name);
  // Held through a group, inherited from a scope above, or given here directly (the meanings are not published).
  const memberType =
    e.principalId.toLowerCase() !== caller.toLowerCase() && e.principalType === 'Group'
      ? 'Group'
      : e.scope.toLowerCase() !== target.toLowerCase()
        ? 'Inherited'
        : 'Direct';
  return {
    id: `${e.scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances/${instanceName}`,
    name: instanceName,
    type: 'Microsoft.Authorization/roleEligibilityScheduleInstances',
    properties: {
      scope: e.scope,
      roleDefinitionId,
      principalId: e.principalId,
      principalType: e.principalType,
      roleEligibilityScheduleId: `${e.scope}/providers/Microsoft.Authorization/roleEligibilitySchedules/${e.name}`,
      status: 'Provisioned',
      startDateTime: isoOrOrigin(0),
      endDateTime: e.endMs !== undefined ? new Date(e.endMs).toISOString() : null,
      memberType,
      createdOn: isoOrOrigin(0),
      condition: null,
      conditionVersion: null,
      expandedProperties: {
        scope: { id: e.scope, displayName: scopeDisplayName(sub, e.scope), type: scopeType(e.scope) },
        roleDefinition: {
          id: roleDefinitionId,
          displayName: definition?.roleName ?? e.roleDefinitionId,
          type: definition?.type ?? 'BuiltInRole',
        },
        principal: principalDetails(world, e),
      },
    },
  };
}

/**
 * GET {scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances: eligibilities in force (not ended)
 * at, above and (without `atScope()`) below the scope, paged like role assignments.
 */
export function listEligibilityInstances(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
): EmuResponse {
  const world = call.ctx.state.world;
  const refused = readRefused(call, principal, sub, scope, 'Microsoft.Authorization/roleAssignments/read');
  if (refused) return refused;
  const target = scopeString(sub, scope);
  const rawFilter = call.url.searchParams.get('$filter');
  const filter = parseFilter(world, principal, rawFilter);
  if (!filter)
    return fail(
      call,
      400,
      'InvalidFilter',
      `The filter '${rawFilter}' is not supported. Supported filters are asTarget(), atScope(), assignedTo('{objectId}') and principalId eq '{objectId}'.`,
    );
  const now = call.ctx.now();
  const subScope = `/subscriptions/${sub.id}`;
  const items = (world.roleEligibilities ?? []).filter((e) => {
    if (!scopeCovers(subScope, e.scope) && !scopeCovers(e.scope, subScope)) return false;
    if (e.endMs !== undefined && e.endMs <= now) return false;
    const above = scopeCovers(e.scope, target);
    const below = scopeCovers(target, e.scope);
    if (filter.atScope ? !above : !(above || below)) return false;
    return !filter.principals || filter.principals.has(e.principalId);
  });
  return pagedReply(call, items, (e) => instanceJson(world, sub, e, target, principal.oid), resourcePageSize(call));
}
