/**
 * Role assignment writes and reads by name (Microsoft.Authorization 2022-04-01, RoleAssignments_Create and
 * RoleAssignments_Get) at a subscription, resource group or resource scope, in ARM's order: the caller's
 * `roleAssignments/write` (403 AuthorizationFailed), the scope (404), Azure Policy (403 RequestDisallowedByPolicy),
 * then Microsoft.Authorization's own rules: the name is a GUID, the role exists, a name is never reused for another
 * assignment (400 RoleAssignmentUpdateNotPermitted), the principal is what the request says (400 PrincipalNotFound,
 * UnmatchedPrincipalType) and one principal holds one role once at a scope (409 RoleAssignmentExists). A new assignment
 * is listed at once and counts for authorization after the scenario's delay (docs/emulator-contract.md, "Giving a
 * role").
 */
import { denied, fail, reply, type ArmCall, type Principal } from './arm-call';
import { assignmentJson, canonicalScope, missingScope, readRefused, scopeString, type ParsedScope } from './arm-authz';
import { policyDenial } from './policy';
import { allAssignments, findRoleDefinition, mayPerform, scopeCovers } from './rbac';
import type { EmuResponse, PrincipalType, RoleAssignmentRecord, SubscriptionRecord, WorldState } from './types';
import { findUserByObjectId, isMember } from './world';

const WRITE = 'Microsoft.Authorization/roleAssignments/write';
const READ = 'Microsoft.Authorization/roleAssignments/read';

/** How long a new role assignment takes to count, unless the scenario says (20 s of virtual time). */
export const DEFAULT_ROLE_DELAY_MS = 20_000;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The principal types ARM accepts in a role assignment (RoleAssignmentProperties.principalType). */
const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device'] as const;
type RequestedPrincipalType = (typeof PRINCIPAL_TYPES)[number];

/** No PUT, PATCH or POST on a subscription in these states. */
const READ_ONLY_STATES = ['Disabled', 'Expired'];

/** What an object id is in one directory: a member or guest user, a group, or an app's service principal. */
function directoryObjectType(world: WorldState, tenantId: string, oid: string): PrincipalType | undefined {
  const key = oid.toLowerCase();
  const user = findUserByObjectId(world, key);
  if (user && user.tenantId === tenantId && isMember(user.user, tenantId)) return 'User';
  if ((world.groups ?? []).some((g) => g.tenantId === tenantId && g.id.toLowerCase() === key)) return 'Group';
  if ((world.appPrincipals ?? []).some((p) => p.tenantId === tenantId && p.id.toLowerCase() === key))
    return 'ServicePrincipal';
  return undefined;
}

/** The role definition's GUID from its id (`/subscriptions/{id}/providers/…/roleDefinitions/{guid}`, or the GUID). */
function roleGuidOf(roleDefinitionId: string): string | undefined {
  const last =
    roleDefinitionId
      .split('/')
      .filter((p) => p.length > 0)
      .pop() ?? '';
  return GUID.test(last) ? last.toLowerCase() : undefined;
}

interface AssignmentBody {
  roleGuid: string;
  principalId: string;
  principalType?: RequestedPrincipalType;
  condition?: string;
  description?: string;
}

/** The PUT body, or ARM's 400 for one it cannot use. */
function parseBody(call: ArmCall): AssignmentBody | EmuResponse {
  const invalid = (why: string) => fail(call, 400, 'InvalidRequestContent', `The request content was invalid: ${why}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(call.req.body ?? '');
  } catch {
    return invalid('it is not JSON.');
  }
  const properties =
    typeof parsed === 'object' && parsed !== null ? (parsed as { properties?: unknown }).properties : undefined;
  if (typeof properties !== 'object' || properties === null) return invalid("'properties' is required.");
  const p = properties as Record<string, unknown>;
  if (typeof p.roleDefinitionId !== 'string' || p.roleDefinitionId === '')
    return invalid("'properties.roleDefinitionId' is required.");
  if (typeof p.principalId !== 'string' || p.principalId === '')
    return invalid("'properties.principalId' is required.");
  const roleGuid = roleGuidOf(p.roleDefinitionId);
  if (!roleGuid)
    return fail(
      call,
      400,
      'InvalidRoleDefinitionId',
      `The role definition ID '${p.roleDefinitionId}' is not valid: it must end in the role definition's GUID.`,
    );
  if (!GUID.test(p.principalId))
    return fail(
      call,
      400,
      'InvalidPrincipalId',
      `The principal ID '${p.principalId}' is not valid: it must be a GUID.`,
    );
  let principalType: RequestedPrincipalType | undefined;
  if (p.principalType !== undefined && p.principalType !== null) {
    principalType = PRINCIPAL_TYPES.find((t) => typeof p.principalType === 'string' && t === p.principalType);
    if (!principalType)
      return invalid(`'${String(p.principalType)}' is not a principal type (${PRINCIPAL_TYPES.join(', ')}).`);
  }
  return {
    roleGuid,
    principalId: p.principalId.toLowerCase(),
    ...(principalType ? { principalType } : {}),
    ...(typeof p.condition === 'string' && p.condition !== '' ? { condition: p.condition } : {}),
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
  };
}

/** Every assignment of the subscription's directory: names are unique across a directory, whatever the scope. */
function assignmentsOfDirectory(world: WorldState, tenantId: string): RoleAssignmentRecord[] {
  const subs = new Set(world.subscriptions.filter((s) => s.tenantId === tenantId).map((s) => s.id.toLowerCase()));
  return allAssignments(world).filter((a) =>
    subs.has(/^\/subscriptions\/([^/]+)/i.exec(a.scope)?.[1]?.toLowerCase() ?? ''),
  );
}

function sameAssignment(a: RoleAssignmentRecord, scope: string, roleGuid: string, principalId: string): boolean {
  return (
    a.scope.toLowerCase() === scope.toLowerCase() &&
    a.roleDefinitionId.toLowerCase() === roleGuid &&
    a.principalId.toLowerCase() === principalId
  );
}

/** PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{name}. */
export function createRoleAssignment(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  name: string,
  apiVersion: string,
): EmuResponse {
  const world = call.ctx.state.world;
  const now = call.ctx.now();
  const body = parseBody(call);
  if ('status' in body) return body;
  const target = canonicalScope(call, sub, scope);
  // ARM names the assignment itself as the scope it refused (Learn, "Troubleshoot Azure RBAC", unable to assign a role).
  const assignmentId = `${scopeString(sub, scope)}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  if (!mayPerform(world, principal.oid, target, WRITE, principal.issuedAt))
    return denied(call, principal, WRITE, assignmentId, 'abac');
  const missing = missingScope(call, sub, scope);
  if (missing) return missing;
  if (READ_ONLY_STATES.includes(sub.state))
    return fail(
      call,
      409,
      'ReadOnlyDisabledSubscription',
      `The subscription '${sub.id}' is disabled and therefore marked as read only.`,
    );
  const denial = policyDenial(call, target, name, {
    roleGuid: body.roleGuid,
    principalType: body.principalType ?? directoryObjectType(world, sub.tenantId, body.principalId),
  });
  if (denial) return denial;

  if (!GUID.test(name))
    return fail(
      call,
      400,
      'InvalidRoleAssignmentId',
      `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
    );
  if (!findRoleDefinition(world, sub.id, body.roleGuid))
    return fail(
      call,
      400,
      'RoleDefinitionDoesNotExist',
      `The specified role definition with ID '${body.roleGuid}' does not exist.`,
    );

  const directory = assignmentsOfDirectory(world, sub.tenantId);
  const named = directory.find((a) => a.name.toLowerCase() === name.toLowerCase());
  if (named) {
    // The same PUT again changes nothing; anything else under this name would be an update ARM does not allow.
    if (sameAssignment(named, target, body.roleGuid, body.principalId))
      return reply(call, 200, assignmentJson(named, sub, apiVersion));
    return fail(
      call,
      400,
      'RoleAssignmentUpdateNotPermitted',
      'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
    );
  }

  const actual = directoryObjectType(world, sub.tenantId, body.principalId);
  if (!body.principalType && !actual)
    return fail(
      call,
      400,
      'PrincipalNotFound',
      `Principal ${body.principalId.replace(/-/g, '')} does not exist in the directory ${sub.tenantId}. Check the principal ID. ` +
        'If the principal was created moments ago, the directory may not have replicated it yet: set the role ' +
        "assignment's principalType (User, Group or ServicePrincipal) and ARM skips the lookup. See https://aka.ms/docs-principaltype",
    );
  // With principalType given ARM does not look the principal up: an id nobody has still gets its assignment, which
  // the Azure portal lists as "Identity not found" and which gives no one anything.
  if (body.principalType && actual && actual !== body.principalType)
    return fail(
      call,
      400,
      'UnmatchedPrincipalType',
      `The PrincipalId '${body.principalId}' has type '${actual}', which is different from the specified PrincipalType '${body.principalType}'.`,
    );

  if (directory.some((a) => sameAssignment(a, target, body.roleGuid, body.principalId)))
    return fail(call, 409, 'RoleAssignmentExists', 'The role assignment already exists.');

  const record: RoleAssignmentRecord = {
    name: name.toLowerCase(),
    scope: target,
    roleDefinitionId: body.roleGuid,
    principalId: body.principalId,
    principalType: (body.principalType ?? actual ?? 'User') as PrincipalType,
    ...(body.condition ? { condition: body.condition } : {}),
    createdAt: Math.max(now, 1),
    effectiveAt: now + (call.ctx.state.scenario.roleDelayMs ?? DEFAULT_ROLE_DELAY_MS),
    createdBy: principal.oid,
  };
  (world.roleAssignments ??= []).push(record);
  return reply(call, 201, assignmentJson(record, sub, apiVersion));
}

/** GET {scope}/providers/Microsoft.Authorization/roleAssignments/{name}: only an assignment made at that very scope. */
export function getRoleAssignment(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  scope: ParsedScope,
  name: string,
  apiVersion: string,
): EmuResponse {
  const refused = readRefused(call, principal, sub, scope, READ);
  if (refused) return refused;
  const target = scopeString(sub, scope);
  const found = allAssignments(call.ctx.state.world).find(
    (a) => a.name.toLowerCase() === name.toLowerCase() && scopeCovers(a.scope, target) && scopeCovers(target, a.scope),
  );
  if (!found) return fail(call, 404, 'RoleAssignmentNotFound', `The role assignment '${name}' is not found.`);
  return reply(call, 200, assignmentJson(found, sub, apiVersion));
}
