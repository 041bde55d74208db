import { actionMatches, type Permission } from '../azure/permissions';
import { roleGuid, type RoleAssignment } from '../azure/role-assignments';
import type { RoleDefinition } from '../azure/role-definitions';
import type { DigitalTwinsConfig, TwinsCaller } from '../config/schema';

/**
 * Who can call the Digital Twins instance: pure functions of what ARM answered. A role counts by the data actions
 * the app needs, matched with wildcards and `notDataActions` per permission entry as Azure RBAC does; a role's
 * control-plane `actions` (Owner's `*`) never count as data access. Role definitions are read from ARM, not
 * recognised by name: built-in roles change and custom ones can grant anything.
 */

const NS = 'Microsoft.DigitalTwins';

/** The data actions an app that only reads needs: twins, relationships, models, queries, event routes. */
const READ_ACTIONS = [
  `${NS}/digitaltwins/read`,
  `${NS}/digitaltwins/relationships/read`,
  `${NS}/models/read`,
  `${NS}/query/action`,
  `${NS}/eventroutes/read`,
];

/** What an app that writes needs besides: create, change and delete twins, relationships and models. */
const WRITE_ACTIONS = [
  `${NS}/digitaltwins/write`,
  `${NS}/digitaltwins/delete`,
  `${NS}/digitaltwins/relationships/write`,
  `${NS}/digitaltwins/relationships/delete`,
  `${NS}/models/write`,
  `${NS}/models/delete`,
  `${NS}/eventroutes/write`,
  `${NS}/eventroutes/delete`,
];

export const REQUIRED_DATA_ACTIONS: Record<DigitalTwinsConfig['dataRole'], readonly string[]> = {
  reader: READ_ACTIONS,
  owner: [...READ_ACTIONS, ...WRITE_ACTIONS],
};

/** Every data action of the service the portal knows: a role granting fewer of them is the narrower one. */
const ALL_DATA_ACTIONS = [
  ...READ_ACTIONS,
  ...WRITE_ACTIONS,
  `${NS}/digitaltwins/commands/action`,
  `${NS}/jobs/import/read`,
  `${NS}/jobs/import/write`,
  `${NS}/jobs/import/delete`,
  `${NS}/jobs/deletions/read`,
  `${NS}/jobs/deletions/write`,
];

/**
 * The built-in roles to recommend when the role definitions cannot be read (403): their published ids. Only for
 * the wording of a request; whether anyone holds a role is never decided by these.
 */
export const BUILT_IN_DATA_ROLES: Record<DigitalTwinsConfig['dataRole'], { guid: string; roleName: string }> = {
  owner: { guid: 'bcd981a7-7f74-457b-83e1-cceb9e632ffe', roleName: 'Azure Digital Twins Data Owner' },
  reader: { guid: 'd57506d4-4c8d-48b1-8587-93c323f6a5a3', roleName: 'Azure Digital Twins Data Reader' },
};

export const ROLE_ASSIGNMENTS_WRITE = 'Microsoft.Authorization/roleAssignments/write';

/** Whether one data action is allowed: some entry grants it and that same entry does not take it back. */
export function allowsDataAction(permissions: readonly Permission[], action: string): boolean {
  return permissions.some(
    (p) =>
      (p.dataActions ?? []).some((a) => actionMatches(a, action)) &&
      !(p.notDataActions ?? []).some((n) => actionMatches(n, action)),
  );
}

/** The needed data actions these permissions leave out (empty: they suffice). */
export function missingDataActions(permissions: readonly Permission[], needed: readonly string[]): string[] {
  return needed.filter((action) => !allowsDataAction(permissions, action));
}

/** Whether a control-plane action is allowed (for roleAssignments/write): `actions` minus `notActions`, per entry. */
export function allowsAction(permissions: readonly Permission[], action: string): boolean {
  return permissions.some(
    (p) => p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((n) => actionMatches(n, action)),
  );
}

export interface RoleRef {
  guid: string;
  roleName: string;
}

/** A principal that holds, through the assignments that apply at the instance, every data action the app needs. */
export interface Holder {
  principalId: string;
  principalType: string;
  /** the roles of its assignments that grant any of the needed actions */
  roles: RoleRef[];
  /** only with an ABAC condition does it suffice: the portal cannot evaluate the condition */
  conditional: boolean;
  /** the signed-in admin (same object id in this directory) */
  you: boolean;
  /**
   * holds enough only through an assignment this tab gave and has not yet seen working: Azure lists an assignment at
   * once and applies it after a delay, so it does not count yet
   */
  notYetWorking?: boolean;
}

export interface HoldersResult {
  holders: Holder[];
  /** assignments whose role definition was not in the list (e.g. a custom role of a management group) */
  unresolved: number;
}

/**
 * Which principals hold enough. A principal's assignments add up, as in Azure RBAC (two partial roles can together
 * suffice); an assignment with a condition counts only as "conditional".
 */
export function sufficientHolders(
  assignments: readonly RoleAssignment[],
  definitions: readonly RoleDefinition[],
  needed: readonly string[],
  youObjectId: string | undefined,
): HoldersResult {
  const byGuid = new Map(definitions.map((d) => [d.guid, d]));
  const byPrincipal = new Map<string, RoleAssignment[]>();
  let unresolved = 0;
  for (const assignment of assignments) {
    if (!byGuid.has(roleGuid(assignment.roleDefinitionId))) {
      unresolved++;
      continue;
    }
    const key = assignment.principalId.toLowerCase();
    byPrincipal.set(key, [...(byPrincipal.get(key) ?? []), assignment]);
  }
  const holders: Holder[] = [];
  for (const list of byPrincipal.values()) {
    const permissionsOf = (some: RoleAssignment[]) =>
      some.flatMap((a) => byGuid.get(roleGuid(a.roleDefinitionId))!.permissions);
    const unconditional = list.filter((a) => a.condition === undefined);
    const enough = missingDataActions(permissionsOf(unconditional), needed).length === 0;
    const enoughWithConditions = enough || missingDataActions(permissionsOf(list), needed).length === 0;
    if (!enoughWithConditions) continue;
    const contributing = (enough ? unconditional : list).filter((a) =>
      needed.some((action) => allowsDataAction(permissionsOf([a]), action)),
    );
    const roles: RoleRef[] = [];
    for (const a of contributing) {
      const d = byGuid.get(roleGuid(a.roleDefinitionId))!;
      if (!roles.some((r) => r.guid === d.guid)) roles.push({ guid: d.guid, roleName: d.roleName });
    }
    const first = list[0]!;
    holders.push({
      principalId: first.principalId,
      principalType: first.principalType,
      roles,
      conditional: !enough,
      you: youObjectId !== undefined && first.principalId.toLowerCase() === youObjectId.toLowerCase(),
    });
  }
  // You first, then groups (the recommended way), then the rest; stable by object id.
  const rank = (h: Holder) => (h.you ? 0 : h.principalType === 'Group' ? 1 : 2);
  holders.sort((a, b) => rank(a) - rank(b) || a.principalId.localeCompare(b.principalId));
  return { holders, unresolved };
}

/**
 * The role to ask for: among the definitions read, the narrowest one that grants every needed data action and
 * nothing on the control plane (built-in first on a tie); the published built-in when definitions are unknown.
 */
export function recommendedRole(
  definitions: readonly RoleDefinition[] | undefined,
  dataRole: DigitalTwinsConfig['dataRole'],
): RoleRef & { fromDirectory: boolean } {
  const needed = REQUIRED_DATA_ACTIONS[dataRole];
  const candidates = (definitions ?? []).filter(
    (d) => d.permissions.every((p) => p.actions.length === 0) && missingDataActions(d.permissions, needed).length === 0,
  );
  const breadth = (d: RoleDefinition) =>
    ALL_DATA_ACTIONS.filter((action) => allowsDataAction(d.permissions, action)).length;
  candidates.sort(
    (a, b) =>
      breadth(a) - breadth(b) ||
      Number(b.type === 'BuiltInRole') - Number(a.type === 'BuiltInRole') ||
      a.roleName.localeCompare(b.roleName),
  );
  const best = candidates[0];
  return best
    ? { guid: best.guid, roleName: best.roleName, fromDirectory: true }
    : { ...BUILT_IN_DATA_ROLES[dataRole], fromDirectory: false };
}

/** A read ARM answered, or refused (403): the portal then cannot tell, which is not a failure. */
export type Reading<T> = { read: true; value: T } | { read: false };

export type Outcome = 'ready' | 'needs-role' | 'unknown';

/** What the portal could not check from a browser; each is said on the ready card and in the report. */
export type NotChecked =
  | 'assignments'
  | 'definitions'
  | 'your-permissions'
  | 'group-members'
  | 'app-service-principal'
  | 'conditions'
  | 'unresolved-roles'
  | 'data-plane';

export interface AccessVerdict {
  outcome: Outcome;
  /** undefined: the assignments or definitions could not be read */
  holders: Holder[] | undefined;
  /** whether the admin's own permissions include the data actions; `given`: given, not yet working */
  you: 'holds' | 'given' | 'lacks' | 'unknown';
  /** whether the admin may assign roles at the instance (a hint: conditions and PIM are not in that answer) */
  canAssign: boolean | 'unknown';
  role: RoleRef & { fromDirectory: boolean };
  notChecked: NotChecked[];
}

export interface VerdictInput {
  caller: TwinsCaller;
  dataRole: DigitalTwinsConfig['dataRole'];
  assignments: Reading<RoleAssignment[]>;
  definitions: Reading<RoleDefinition[]>;
  permissions: Reading<Permission[]>;
  youObjectId: string | undefined;
  /** names of the assignments the tab's journal knows were given and not yet seen working */
  notYetWorking?: readonly string[];
}

/** An assignment's name: the last segment of its id. */
const assignmentName = (a: RoleAssignment) => (a.id.split('/').pop() ?? '').toLowerCase();

/**
 * The holders, each marked when it holds enough only through an assignment given and not yet seen working: the
 * holders with those assignments left out are the ones that hold enough now.
 */
function holdersNow(
  assignments: readonly RoleAssignment[],
  definitions: readonly RoleDefinition[],
  needed: readonly string[],
  youObjectId: string | undefined,
  notYetWorking: readonly string[],
): HoldersResult {
  const all = sufficientHolders(assignments, definitions, needed, youObjectId);
  if (notYetWorking.length === 0) return all;
  const pending = new Set(notYetWorking.map((n) => n.toLowerCase()));
  const working = sufficientHolders(
    assignments.filter((a) => !pending.has(assignmentName(a))),
    definitions,
    needed,
    youObjectId,
  ).holders;
  const holders = all.holders.map((h) => {
    const now = working.find((w) => w.principalId.toLowerCase() === h.principalId.toLowerCase());
    return now && (h.conditional || !now.conditional) ? h : { ...h, notYetWorking: true };
  });
  return { ...all, holders };
}

/**
 * The verdict. Users calling: ready when a user or group holds enough (unconditionally). App calling: ready when a
 * service principal holds enough, with the caveat that a browser cannot see which service principal is the app's.
 * Nobody: the role is needed. Anything that could not be read makes it "cannot tell", never a failure.
 */
export function accessVerdict(input: VerdictInput): AccessVerdict {
  const needed = REQUIRED_DATA_ACTIONS[input.dataRole];
  const notChecked: NotChecked[] = [];
  const { assignments, definitions } = input;
  const result =
    assignments.read && definitions.read
      ? holdersNow(assignments.value, definitions.value, needed, input.youObjectId, input.notYetWorking ?? [])
      : undefined;
  if (!input.assignments.read) notChecked.push('assignments');
  if (!input.definitions.read) notChecked.push('definitions');
  if (!input.permissions.read) notChecked.push('your-permissions');
  if (result && result.unresolved > 0) notChecked.push('unresolved-roles');

  const holders = result?.holders;
  const ownData = input.permissions.read ? missingDataActions(input.permissions.value, needed).length === 0 : undefined;
  const youHolder = holders?.find((h) => h.you && !h.conditional);
  // Listed is not working: an assignment given and not yet seen working is "given", whatever the list says.
  const you: AccessVerdict['you'] =
    ownData === true || (youHolder && !youHolder.notYetWorking)
      ? 'holds'
      : youHolder
        ? 'given'
        : ownData === false
          ? 'lacks'
          : 'unknown';
  const canAssign = input.permissions.read ? allowsAction(input.permissions.value, ROLE_ASSIGNMENTS_WRITE) : 'unknown';

  const firm = (holders ?? []).filter((h) => !h.conditional && !h.notYetWorking);
  const userLike = firm.filter((h) => h.principalType !== 'ServicePrincipal');
  const servicePrincipals = firm.filter((h) => h.principalType === 'ServicePrincipal');
  let outcome: Outcome;
  if (input.caller === 'users') {
    if (userLike.length > 0 || (you === 'holds' && holders === undefined)) outcome = 'ready';
    else if (holders === undefined || holders.some((h) => !h.notYetWorking)) outcome = 'unknown';
    else outcome = 'needs-role';
    if (userLike.some((h) => h.principalType !== 'User')) notChecked.push('group-members');
  } else {
    if (servicePrincipals.length > 0) outcome = 'ready';
    else if (holders === undefined || holders.some((h) => !h.notYetWorking)) outcome = 'unknown';
    else outcome = 'needs-role';
    notChecked.push('app-service-principal');
  }
  if ((holders ?? []).some((h) => h.conditional) || canAssign === true) notChecked.push('conditions');
  notChecked.push('data-plane');
  return {
    outcome,
    holders,
    you,
    canAssign,
    role: recommendedRole(input.definitions.read ? input.definitions.value : undefined, input.dataRole),
    notChecked,
  };
}

/** The Azure CLI line that gives the role at the instance: to a group of users, or to the app's service principal. */
export function roleAssignmentCommand(
  caller: TwinsCaller,
  input: { roleGuid: string; scope: string; clientId: string },
): string {
  const assignee =
    caller === 'users'
      ? '--assignee-object-id <group-object-id> --assignee-principal-type Group'
      : `--assignee ${input.clientId}`;
  return `az role assignment create ${assignee} --role ${input.roleGuid} --scope ${input.scope}`;
}
