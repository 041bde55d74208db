import { describe, expect, it } from 'vitest';
import { parseRoleAssignment } from '../azure/role-assignments';
import { parseRoleDefinition } from '../azure/role-definitions';
import { parsePermission, type Permission } from '../azure/permissions';
import {
  ADA,
  BUILT_INS,
  CONTRIBUTOR,
  DATA_OWNER,
  DATA_READER,
  GROUP,
  INSTANCE_ID,
  OWNER,
  READER,
  RILEY,
  SP,
  SUB,
  UAA,
  assignment,
} from '../azure/fixtures/digital-twins-arm';
import {
  accessVerdict,
  allowsAction,
  allowsDataAction,
  BUILT_IN_DATA_ROLES,
  missingDataActions,
  recommendedRole,
  REQUIRED_DATA_ACTIONS,
  roleAssignmentCommand,
  sufficientHolders,
  type VerdictInput,
} from './data-access';

const definitions = BUILT_INS.map((d) => parseRoleDefinition(d, 'test'));
const assignments = (...raw: unknown[]) => raw.map((a) => parseRoleAssignment(a, 'test'));
const perms = (...entries: Array<Partial<Permission>>): Permission[] =>
  entries.map((e) => parsePermission({ actions: [], notActions: [], dataActions: [], notDataActions: [], ...e }));
const custom = (guid: string, roleName: string, permission: Record<string, string[]>) =>
  parseRoleDefinition(
    {
      id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
      name: guid,
      properties: { roleName, type: 'CustomRole', permissions: [permission] },
    },
    'test',
  );

describe('data-action matching', () => {
  it('wildcards match any run of characters, ignoring case', () => {
    expect(
      allowsDataAction(perms({ dataActions: ['Microsoft.DigitalTwins/*'] }), 'Microsoft.DigitalTwins/models/write'),
    ).toBe(true);
    expect(
      allowsDataAction(
        perms({ dataActions: ['microsoft.digitaltwins/digitaltwins/*'] }),
        'Microsoft.DigitalTwins/digitaltwins/relationships/write',
      ),
    ).toBe(true);
    expect(
      allowsDataAction(
        perms({ dataActions: ['Microsoft.DigitalTwins/models/read'] }),
        'Microsoft.DigitalTwins/models/write',
      ),
    ).toBe(false);
  });

  it('notDataActions take back what the same entry grants, not what another entry grants', () => {
    const action = 'Microsoft.DigitalTwins/models/delete';
    expect(
      allowsDataAction(
        perms({ dataActions: ['Microsoft.DigitalTwins/*'], notDataActions: ['Microsoft.DigitalTwins/models/delete'] }),
        action,
      ),
    ).toBe(false);
    expect(
      allowsDataAction(perms({ dataActions: ['Microsoft.DigitalTwins/*'], notDataActions: ['*/delete'] }), action),
    ).toBe(false);
    expect(
      allowsDataAction(
        perms({ dataActions: ['Microsoft.DigitalTwins/*'], notDataActions: ['*/delete'] }, { dataActions: [action] }),
        action,
      ),
    ).toBe(true);
  });

  it('control-plane * (Owner) never counts as data access', () => {
    const owner = parseRoleDefinition(OWNER, 'test').permissions;
    expect(missingDataActions(owner, REQUIRED_DATA_ACTIONS.reader)).toEqual(REQUIRED_DATA_ACTIONS.reader);
    // The 2015-07-01 answer has no data actions at all: nothing counts.
    expect(missingDataActions([{ actions: ['*'], notActions: [] }], REQUIRED_DATA_ACTIONS.reader)).toHaveLength(5);
  });

  it('Data Owner suffices for both; Data Reader for a reader only', () => {
    const owner = parseRoleDefinition(DATA_OWNER, 'test').permissions;
    const reader = parseRoleDefinition(DATA_READER, 'test').permissions;
    expect(missingDataActions(owner, REQUIRED_DATA_ACTIONS.owner)).toEqual([]);
    expect(missingDataActions(reader, REQUIRED_DATA_ACTIONS.reader)).toEqual([]);
    expect(missingDataActions(reader, REQUIRED_DATA_ACTIONS.owner)).toContain(
      'Microsoft.DigitalTwins/digitaltwins/write',
    );
  });

  it('roleAssignments/write: Owner and User Access Administrator yes, Contributor no (notActions)', () => {
    const write = 'Microsoft.Authorization/roleAssignments/write';
    expect(allowsAction(parseRoleDefinition(OWNER, 't').permissions, write)).toBe(true);
    expect(allowsAction(parseRoleDefinition(UAA, 't').permissions, write)).toBe(true);
    expect(allowsAction(parseRoleDefinition(CONTRIBUTOR, 't').permissions, write)).toBe(false);
    expect(allowsAction(parseRoleDefinition(READER, 't').permissions, write)).toBe(false);
  });
});

describe('which principals hold a sufficient role', () => {
  it('reads roles from their definitions: a group with Data Owner holds it, the subscription Owner does not', () => {
    const result = sufficientHolders(
      assignments(assignment(GROUP, 'Group', DATA_OWNER), assignment(ADA, 'User', OWNER, `/subscriptions/${SUB}`)),
      definitions,
      REQUIRED_DATA_ACTIONS.owner,
      ADA,
    );
    expect(result).toEqual({
      holders: [
        {
          principalId: GROUP,
          principalType: 'Group',
          roles: [{ guid: DATA_OWNER.name, roleName: 'Azure Digital Twins Data Owner' }],
          conditional: false,
          you: false,
        },
      ],
      unresolved: 0,
    });
  });

  it('a role counts by its data actions whatever its name, and inherited assignments count', () => {
    const odd = custom('99999999-0000-4000-8000-000000000009', 'Twin writers', {
      actions: [],
      notActions: [],
      dataActions: ['Microsoft.DigitalTwins/*'],
      notDataActions: [],
    });
    const decoy = custom('88888888-0000-4000-8000-000000000008', 'Azure Digital Twins Data Owner (copy)', {
      actions: ['*'],
      notActions: [],
      dataActions: [],
      notDataActions: [],
    });
    const result = sufficientHolders(
      assignments(
        assignment(RILEY, 'User', { name: odd.guid }, `/subscriptions/${SUB}/resourceGroups/twins-rg`),
        assignment(GROUP, 'Group', { name: decoy.guid }),
      ),
      [...definitions, odd, decoy],
      REQUIRED_DATA_ACTIONS.owner,
      ADA,
    );
    expect(result.holders.map((h) => [h.principalId, h.roles.map((r) => r.roleName)])).toEqual([
      [RILEY, ['Twin writers']],
    ]);
  });

  it("a principal's assignments add up; a role that grants none of the needed actions is not listed", () => {
    const writes = custom('77777777-0000-4000-8000-000000000007', 'Twin writes', {
      actions: [],
      notActions: [],
      dataActions: ['Microsoft.DigitalTwins/*/write', 'Microsoft.DigitalTwins/*/delete'],
      notDataActions: [],
    });
    const result = sufficientHolders(
      assignments(
        assignment(GROUP, 'Group', DATA_READER),
        assignment(GROUP, 'Group', { name: writes.guid }),
        assignment(GROUP, 'Group', OWNER),
      ),
      [...definitions, writes],
      REQUIRED_DATA_ACTIONS.owner,
      undefined,
    );
    expect(result.holders).toHaveLength(1);
    expect(result.holders[0]!.roles.map((r) => r.roleName)).toEqual(['Azure Digital Twins Data Reader', 'Twin writes']);
  });

  it('Data Reader while the app needs owner: nobody holds enough', () => {
    expect(
      sufficientHolders(
        assignments(assignment(GROUP, 'Group', DATA_READER)),
        definitions,
        REQUIRED_DATA_ACTIONS.owner,
        ADA,
      ).holders,
    ).toEqual([]);
  });

  it('with a condition the holder is only "conditional"; an unknown role is counted as unresolved', () => {
    const result = sufficientHolders(
      assignments(
        assignment(GROUP, 'Group', DATA_OWNER, INSTANCE_ID, {
          condition: "@Resource[x] StringEquals 'y'",
          conditionVersion: '2.0',
        }),
        assignment(RILEY, 'User', { name: '00000000-dead-4000-8000-000000000000' }),
      ),
      definitions,
      REQUIRED_DATA_ACTIONS.reader,
      ADA,
    );
    expect(result.holders.map((h) => [h.principalId, h.conditional])).toEqual([[GROUP, true]]);
    expect(result.unresolved).toBe(1);
  });

  it('the signed-in admin is marked "you" and listed first, matching the object id whatever its case', () => {
    const result = sufficientHolders(
      assignments(
        assignment(GROUP, 'Group', DATA_READER),
        assignment(SP, 'ServicePrincipal', DATA_READER),
        assignment(ADA.toUpperCase(), 'User', DATA_OWNER),
      ),
      definitions,
      REQUIRED_DATA_ACTIONS.reader,
      ADA,
    );
    expect(result.holders.map((h) => [h.principalType, h.you])).toEqual([
      ['User', true],
      ['Group', false],
      ['ServicePrincipal', false],
    ]);
  });
});

describe('the recommended role', () => {
  it('is the narrowest sufficient data-only role read from the directory', () => {
    expect(recommendedRole(definitions, 'reader')).toEqual({
      guid: DATA_READER.name,
      roleName: 'Azure Digital Twins Data Reader',
      fromDirectory: true,
    });
    expect(recommendedRole(definitions, 'owner')).toEqual({
      guid: DATA_OWNER.name,
      roleName: 'Azure Digital Twins Data Owner',
      fromDirectory: true,
    });
  });

  it('is the published built-in when definitions could not be read', () => {
    expect(recommendedRole(undefined, 'owner')).toEqual({ ...BUILT_IN_DATA_ROLES.owner, fromDirectory: false });
  });
});

describe('the verdict', () => {
  const read = <T>(value: T) => ({ read: true as const, value });
  const refused = { read: false as const };
  const adaOwner = perms({ actions: ['*'] });
  const base: VerdictInput = {
    caller: 'users',
    dataRole: 'owner',
    assignments: read(
      assignments(assignment(GROUP, 'Group', DATA_OWNER), assignment(ADA, 'User', OWNER, `/subscriptions/${SUB}`)),
    ),
    definitions: read(definitions),
    permissions: read(adaOwner),
    youObjectId: ADA,
  };

  it('users, a group holds the role: ready; the admin lacks it but may assign; group members and the data plane unchecked', () => {
    const v = accessVerdict(base);
    expect(v.outcome).toBe('ready');
    expect(v.you).toBe('lacks');
    expect(v.canAssign).toBe(true);
    expect(v.holders?.map((h) => h.principalId)).toEqual([GROUP]);
    expect(v.notChecked).toEqual(['group-members', 'conditions', 'data-plane']);
  });

  describe('an assignment the journal knows was given and not yet seen working', () => {
    const given = assignment(ADA, 'User', DATA_OWNER);
    const withAda = read(assignments(given, assignment(ADA, 'User', OWNER, `/subscriptions/${SUB}`)));

    it('the admin is "given", not "holds", though Azure lists it; nobody is ready yet', () => {
      const v = accessVerdict({ ...base, assignments: withAda, notYetWorking: [given.name.toUpperCase()] });
      expect(v.you).toBe('given');
      expect(v.outcome).toBe('needs-role');
      expect(v.holders).toEqual([expect.objectContaining({ principalId: ADA, you: true, notYetWorking: true })]);
    });

    it('once seen working (or when the journal knows nothing of it), listed means holds', () => {
      const v = accessVerdict({ ...base, assignments: withAda, notYetWorking: [] });
      expect(v.you).toBe('holds');
      expect(v.outcome).toBe('ready');
      expect(v.holders?.[0]?.notYetWorking).toBeUndefined();
    });

    it("the admin's own data actions prove it works, whatever the journal says", () => {
      const v = accessVerdict({
        ...base,
        assignments: withAda,
        permissions: read([...adaOwner, ...perms({ dataActions: ['Microsoft.DigitalTwins/*'] })]),
        notYetWorking: [given.name],
      });
      expect(v.you).toBe('holds');
    });

    it('a group given a moment ago does not make the others wait: a working group still makes it ready', () => {
      const fresh = assignment(SP, 'Group', DATA_OWNER);
      const v = accessVerdict({
        ...base,
        assignments: read(assignments(assignment(GROUP, 'Group', DATA_OWNER), fresh)),
        notYetWorking: [fresh.name],
      });
      expect(v.outcome).toBe('ready');
      expect(v.holders?.find((h) => h.principalId === SP)?.notYetWorking).toBe(true);
      expect(v.holders?.find((h) => h.principalId === GROUP)?.notYetWorking).toBeUndefined();
    });
  });

  it('users, nobody holds it (a Data Reader while the app writes): the role is needed', () => {
    const v = accessVerdict({ ...base, assignments: read(assignments(assignment(RILEY, 'User', DATA_READER))) });
    expect(v.outcome).toBe('needs-role');
    expect(v.role.roleName).toBe('Azure Digital Twins Data Owner');
  });

  it('users, only a service principal holds it: people still cannot call', () => {
    expect(
      accessVerdict({ ...base, assignments: read(assignments(assignment(SP, 'ServicePrincipal', DATA_OWNER))) })
        .outcome,
    ).toBe('unknown');
  });

  it('a refused read is "cannot tell", not a failure; the admin holding it themself is still proven', () => {
    const v = accessVerdict({
      ...base,
      assignments: refused,
      permissions: read(perms({ dataActions: ['Microsoft.DigitalTwins/*'] })),
    });
    expect(v.outcome).toBe('ready');
    expect(v.you).toBe('holds');
    expect(v.canAssign).toBe(false);
    expect(v.holders).toBeUndefined();
    expect(v.notChecked).toEqual(['assignments', 'data-plane']);
    const blind = accessVerdict({ ...base, assignments: refused, definitions: refused, permissions: refused });
    expect(blind).toMatchObject({
      outcome: 'unknown',
      you: 'unknown',
      canAssign: 'unknown',
      role: { ...BUILT_IN_DATA_ROLES.owner, fromDirectory: false },
    });
    expect(blind.notChecked).toEqual(['assignments', 'definitions', 'your-permissions', 'data-plane']);
  });

  it('only a conditional holder: cannot tell, and conditions are named as not checked', () => {
    const v = accessVerdict({
      ...base,
      permissions: read([]),
      assignments: read(assignments(assignment(GROUP, 'Group', DATA_OWNER, INSTANCE_ID, { condition: 'x' }))),
    });
    expect(v.outcome).toBe('unknown');
    expect(v.notChecked).toContain('conditions');
  });

  it('app: a service principal with the role is ready, with the caveat that it may not be the app’s', () => {
    const v = accessVerdict({
      ...base,
      caller: 'app',
      dataRole: 'reader',
      assignments: read(assignments(assignment(SP, 'ServicePrincipal', DATA_READER))),
    });
    expect(v.outcome).toBe('ready');
    expect(v.notChecked).toContain('app-service-principal');
  });

  it('app: a group holds it (the service principal may be a member): cannot tell; nobody: needed', () => {
    expect(accessVerdict({ ...base, caller: 'app' }).outcome).toBe('unknown');
    expect(accessVerdict({ ...base, caller: 'app', assignments: read([]) }).outcome).toBe('needs-role');
  });
});

describe('the Azure CLI line', () => {
  it('users: to a group by object id, with the principal type (no directory lookup, no "Identity not found")', () => {
    expect(roleAssignmentCommand('users', { roleGuid: DATA_OWNER.name, scope: INSTANCE_ID, clientId: 'c' })).toBe(
      `az role assignment create --assignee-object-id <group-object-id> --assignee-principal-type Group --role ${DATA_OWNER.name} --scope ${INSTANCE_ID}`,
    );
  });

  it("app: by the app's client id, which the CLI resolves to its service principal", () => {
    expect(
      roleAssignmentCommand('app', {
        roleGuid: DATA_READER.name,
        scope: INSTANCE_ID,
        clientId: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
      }),
    ).toBe(
      `az role assignment create --assignee 6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b --role ${DATA_READER.name} --scope ${INSTANCE_ID}`,
    );
  });
});
