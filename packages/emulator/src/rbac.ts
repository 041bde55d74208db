/**
 * Azure RBAC as ARM evaluates it (docs/emulator-contract.md, "Role assignments and role definitions"): role
 * definitions (the built-ins the flow meets, with their published permissions, and a subscription's custom roles),
 * role assignments at subscription, resource group and resource scope, inherited downwards, given to users, groups
 * (transitively) and service principals. `SubscriptionRecord.roles` stays the short way to say "Owner of the
 * subscription": each entry stands for an assignment of that built-in role at the subscription's scope.
 */
import type {
  PrincipalType,
  RoleAssignmentRecord,
  RoleName,
  RolePermission,
  SubscriptionRecord,
  WorldState,
} from './types';

export const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  rbacAdministrator: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
  digitalTwinsDataOwner: 'bcd981a7-7f74-457b-83e1-cceb9e632ffe',
  digitalTwinsDataReader: 'd57506d4-4c8d-48b1-8587-93c323f6a5a3',
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
} as const;

/** The built-in role each `SubscriptionSpec.roles` value stands for. */
export const ROLE_NAME_IDS: Record<RoleName, string> = {
  Owner: ROLE_IDS.owner,
  Contributor: ROLE_IDS.contributor,
  Reader: ROLE_IDS.reader,
};

export interface RoleDefinitionRecord {
  /** the definition's GUID (its `name` in ARM) */
  id: string;
  roleName: string;
  description: string;
  type: 'BuiltInRole' | 'CustomRole';
  permissions: RolePermission[];
  assignableScopes: string[];
  /** custom roles only: the subscription that defines it */
  subscriptionId?: string;
}

function entry(
  actions: string[],
  notActions: string[] = [],
  dataActions: string[] = [],
  notDataActions: string[] = [],
): RolePermission {
  return { actions, notActions, dataActions, notDataActions };
}

function builtIn(id: string, roleName: string, description: string, permission: RolePermission): RoleDefinitionRecord {
  return { id, roleName, description, type: 'BuiltInRole', permissions: [permission], assignableScopes: ['/'] };
}

/**
 * Learn, "Azure built-in roles" (role-based-access-control/built-in-roles/privileged, /internet-of-things, /storage),
 * as published in 2026. Built-in definitions change over time (Data Reader gained `jobs/imports/read`), which is
 * why clients must read them rather than hard-code them.
 */
export const BUILT_IN_ROLES: readonly RoleDefinitionRecord[] = [
  builtIn(
    ROLE_IDS.owner,
    'Owner',
    'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    entry(['*']),
  ),
  builtIn(
    ROLE_IDS.contributor,
    'Contributor',
    'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    entry(
      ['*'],
      [
        'Microsoft.Authorization/*/Delete',
        'Microsoft.Authorization/*/Write',
        'Microsoft.Authorization/elevateAccess/Action',
        'Microsoft.Blueprint/blueprintAssignments/write',
        'Microsoft.Blueprint/blueprintAssignments/delete',
        'Microsoft.Compute/galleries/share/action',
        'Microsoft.Purview/consents/write',
        'Microsoft.Purview/consents/delete',
        'Microsoft.Resources/deploymentStacks/manageDenySetting/action',
        'Microsoft.Subscription/cancel/action',
        'Microsoft.Subscription/enable/action',
      ],
    ),
  ),
  builtIn(
    ROLE_IDS.reader,
    'Reader',
    'View all resources, but does not allow you to make any changes.',
    entry(['*/read']),
  ),
  builtIn(
    ROLE_IDS.userAccessAdministrator,
    'User Access Administrator',
    'Lets you manage user access to Azure resources.',
    entry(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*']),
  ),
  builtIn(
    ROLE_IDS.rbacAdministrator,
    'Role Based Access Control Administrator',
    'Manage access to Azure resources by assigning roles using Azure RBAC. This role does not allow you to manage access using other ways, such as Azure Policy.',
    entry([
      'Microsoft.Authorization/roleAssignments/write',
      'Microsoft.Authorization/roleAssignments/delete',
      '*/read',
      'Microsoft.Support/*',
    ]),
  ),
  builtIn(
    ROLE_IDS.digitalTwinsDataOwner,
    'Azure Digital Twins Data Owner',
    'Full access role for Digital Twins data-plane',
    entry(
      [],
      [],
      [
        'Microsoft.DigitalTwins/digitaltwins/*',
        'Microsoft.DigitalTwins/digitaltwins/commands/*',
        'Microsoft.DigitalTwins/digitaltwins/relationships/*',
        'Microsoft.DigitalTwins/eventroutes/*',
        'Microsoft.DigitalTwins/jobs/*',
        'Microsoft.DigitalTwins/models/*',
        'Microsoft.DigitalTwins/query/*',
      ],
    ),
  ),
  builtIn(
    ROLE_IDS.digitalTwinsDataReader,
    'Azure Digital Twins Data Reader',
    'Read-only role for Digital Twins data-plane properties',
    entry(
      [],
      [],
      [
        'Microsoft.DigitalTwins/digitaltwins/read',
        'Microsoft.DigitalTwins/digitaltwins/relationships/read',
        'Microsoft.DigitalTwins/eventroutes/read',
        'Microsoft.DigitalTwins/jobs/import/read',
        'Microsoft.DigitalTwins/jobs/imports/read',
        'Microsoft.DigitalTwins/jobs/deletions/read',
        'Microsoft.DigitalTwins/models/read',
        'Microsoft.DigitalTwins/query/action',
      ],
    ),
  ),
  builtIn(
    ROLE_IDS.storageBlobDataReader,
    'Storage Blob Data Reader',
    'Allows for read access to Azure Storage blob containers and data',
    entry(
      [
        'Microsoft.Storage/storageAccounts/blobServices/containers/read',
        'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
      ],
      [],
      ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'],
    ),
  ),
];

// --- matching ------------------------------------------------------------------------------------------------

const PATTERNS = new Map<string, RegExp>();

/** RBAC action patterns: `*` stands for any run of characters (slashes included), and case is ignored. */
export function actionMatches(pattern: string, action: string): boolean {
  let regex = PATTERNS.get(pattern);
  if (!regex) {
    regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    );
    PATTERNS.set(pattern, regex);
  }
  return regex.test(action);
}

/** Some entry grants the action and the same entry does not take it back (notActions / notDataActions). */
export function allows(
  entries: readonly RolePermission[],
  action: string,
  plane: 'control' | 'data' = 'control',
): boolean {
  return entries.some((e) => {
    const [grant, deny] = plane === 'control' ? [e.actions, e.notActions] : [e.dataActions, e.notDataActions];
    return grant.some((a) => actionMatches(a, action)) && !deny.some((n) => actionMatches(n, action));
  });
}

// --- scopes --------------------------------------------------------------------------------------------------

/** A scope without trailing slash, so comparisons are plain (case is ignored, as ARM does). */
export function normalizeScope(scope: string): string {
  // A loop, not a regular expression: this runs for every assignment of every check (5,000 subscriptions' worth).
  let end = scope.length;
  while (end > 0 && scope.charCodeAt(end - 1) === 47 /* '/' */) end -= 1;
  return end === 0 ? '/' : scope.slice(0, end);
}

/** `outer` is `inner` or one of its ancestors: an assignment at `outer` applies at `inner`. */
export function scopeCovers(outer: string, inner: string): boolean {
  const o = normalizeScope(outer).toLowerCase();
  const i = normalizeScope(inner).toLowerCase();
  return o === '/' || i === o || i.startsWith(`${o}/`);
}

export function subscriptionOfScope(scope: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
}

// --- deterministic names -------------------------------------------------------------------------------------

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Names already made: the world view names every subscription's assignments each time it is drawn. */
const GUIDS = new Map<string, string>();

/** A GUID made from its inputs, as clients name assignments (same inputs, same name). Not cryptographic. */
export function deterministicGuid(...parts: string[]): string {
  const text = parts.join('|').toLowerCase();
  const known = GUIDS.get(text);
  if (known) return known;
  if (GUIDS.size > 50_000) GUIDS.clear();
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x5bd1e995]
    .map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const guid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  GUIDS.set(text, guid);
  return guid;
}

// --- principals ----------------------------------------------------------------------------------------------

export function principalTypeOf(world: WorldState, id: string): PrincipalType | undefined {
  if (world.users.some((u) => u.id === id)) return 'User';
  if ((world.groups ?? []).some((g) => g.id === id)) return 'Group';
  if ((world.appPrincipals ?? []).some((p) => p.id === id)) return 'ServicePrincipal';
  return undefined;
}

/** The principal and every group it belongs to, directly or through other groups. */
export function principalAndGroups(world: WorldState, id: string): Set<string> {
  const found = new Set<string>([id]);
  const groups = world.groups ?? [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of groups) {
      if (!found.has(g.id) && g.members.some((m) => found.has(m))) {
        found.add(g.id);
        grew = true;
      }
    }
  }
  return found;
}

// --- definitions and assignments -----------------------------------------------------------------------------

export function subscriptionScope(sub: SubscriptionRecord | string): string {
  return `/subscriptions/${typeof sub === 'string' ? sub : sub.id}`;
}

function derivedAssignments(sub: SubscriptionRecord): RoleAssignmentRecord[] {
  const scope = subscriptionScope(sub);
  return Object.entries(sub.roles).map(([principalId, role]) => ({
    name: deterministicGuid(scope, principalId, ROLE_NAME_IDS[role]),
    scope,
    roleDefinitionId: ROLE_NAME_IDS[role],
    principalId,
    principalType: 'User' as const,
    createdAt: 0,
  }));
}

/** Every assignment in the world: those the subscriptions' `roles` stand for, then the explicit ones. */
export function allAssignments(world: WorldState): RoleAssignmentRecord[] {
  return [...world.subscriptions.flatMap(derivedAssignments), ...(world.roleAssignments ?? [])];
}

/** Assignments in one subscription (its scope and everything below it). */
export function assignmentsInSubscription(world: WorldState, sub: SubscriptionRecord): RoleAssignmentRecord[] {
  const scope = subscriptionScope(sub);
  return [...derivedAssignments(sub), ...(world.roleAssignments ?? []).filter((a) => scopeCovers(scope, a.scope))];
}

/** The definitions usable in a subscription: the built-ins and the subscription's custom roles. */
export function roleDefinitionsIn(world: WorldState, subscriptionId: string): RoleDefinitionRecord[] {
  const custom = (world.customRoles ?? [])
    .filter((r) => r.subscriptionId.toLowerCase() === subscriptionId.toLowerCase())
    .map((r): RoleDefinitionRecord => ({
      id: r.id,
      roleName: r.roleName,
      description: r.description,
      type: 'CustomRole',
      permissions: r.permissions.map((p) => ({ ...p })),
      assignableScopes: r.assignableScopes ?? [subscriptionScope(r.subscriptionId)],
      subscriptionId: r.subscriptionId,
    }));
  return [...BUILT_IN_ROLES, ...custom];
}

const BUILT_IN_BY_ID = new Map(BUILT_IN_ROLES.map((r) => [r.id, r]));

export function findRoleDefinition(
  world: WorldState,
  subscriptionId: string,
  id: string,
): RoleDefinitionRecord | undefined {
  return (
    BUILT_IN_BY_ID.get(id.toLowerCase()) ??
    roleDefinitionsIn(world, subscriptionId).find((r) => r.id.toLowerCase() === id.toLowerCase())
  );
}

/**
 * The assignment counts in ARM's authorization for a token issued at `asOf` (virtual ms): ARM evaluates a caller's
 * assignments as they were when its token was issued and caches them until a new token, and a new assignment only
 * counts once it has propagated (`effectiveAt`). Without `effectiveAt` (the scenario's, the test helpers') it always does.
 */
export function effectiveFor(a: RoleAssignmentRecord, asOf: number): boolean {
  return a.effectiveAt === undefined || a.effectiveAt <= asOf;
}

/**
 * What one principal may do, scope by scope: the permission entries of every assignment that applies at the scope
 * to the principal or one of its groups (one entry per assignment, as the permissions API lists them), as a token
 * issued at `asOf` sees them (see `effectiveFor`; by default, every assignment made so far). Built once per request,
 * so a query over thousands of subscriptions asks it cheaply.
 */
export function permissionsOf(
  world: WorldState,
  principalId: string,
  asOf = Number.POSITIVE_INFINITY,
): (scope: string) => RolePermission[] {
  const principals = principalAndGroups(world, principalId);
  const explicit = (world.roleAssignments ?? []).filter((a) => principals.has(a.principalId) && effectiveFor(a, asOf));
  const subs = new Map(world.subscriptions.map((s) => [s.id.toLowerCase(), s]));
  return (scope: string) => {
    const subId = subscriptionOfScope(scope)?.toLowerCase();
    const sub = subId ? subs.get(subId) : undefined;
    const entries: RolePermission[] = [];
    const definitionsOf = (roleId: string) =>
      sub ? (findRoleDefinition(world, sub.id, roleId)?.permissions ?? []) : [];
    if (sub)
      for (const p of principals) {
        const role = sub.roles[p];
        if (role) entries.push(...definitionsOf(ROLE_NAME_IDS[role]));
      }
    for (const a of explicit) if (scopeCovers(a.scope, scope)) entries.push(...definitionsOf(a.roleDefinitionId));
    return entries;
  };
}

/** The control-plane action is allowed for the principal at the scope (for a token issued at `asOf`). */
export function mayPerform(
  world: WorldState,
  principalId: string,
  scope: string,
  action: string,
  asOf = Number.POSITIVE_INFINITY,
): boolean {
  return allows(permissionsOf(world, principalId, asOf)(scope), action);
}
