import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_ROLES,
  ROLE_IDS,
  actionMatches,
  allows,
  deterministicGuid,
  effectiveFor,
  permissionsOf,
  principalAndGroups,
  scopeCovers,
} from './rbac';
import { SCENARIO_IDS } from './scenarios';
import { scenario } from './testkit';
import { initialWorld } from './world';
import type { RolePermission } from './types';

const definition = (id: string): RolePermission[] => BUILT_IN_ROLES.find((r) => r.id === id)!.permissions;

describe('RBAC matching', () => {
  it('wildcards stand for any run of characters, slashes included, and case is ignored', () => {
    expect(actionMatches('*', 'Microsoft.DigitalTwins/digitalTwinsInstances/read')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.Authorization/permissions/read')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(
      actionMatches('microsoft.digitaltwins/digitaltwins/*', 'Microsoft.DigitalTwins/digitaltwins/relationships/write'),
    ).toBe(true);
    expect(actionMatches('Microsoft.DigitalTwins/models/read', 'Microsoft.DigitalTwins/models/write')).toBe(false);
    // A dot is a dot, not any character.
    expect(actionMatches('Microsoft.Storage/*', 'MicrosoftXStorage/x')).toBe(false);
  });

  it("notActions take back only what their own entry grants; control-plane '*' is no data access", () => {
    const contributor = definition(ROLE_IDS.contributor);
    expect(allows(contributor, 'Microsoft.DigitalTwins/register/action')).toBe(true);
    expect(allows(contributor, 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    // Another assignment's entry may grant what one entry's notActions excluded.
    expect(
      allows(
        [...contributor, ...definition(ROLE_IDS.rbacAdministrator)],
        'Microsoft.Authorization/roleAssignments/write',
      ),
    ).toBe(true);
    const owner = definition(ROLE_IDS.owner);
    expect(allows(owner, 'Microsoft.DigitalTwins/query/action', 'data')).toBe(false);
    const dataOwner = definition(ROLE_IDS.digitalTwinsDataOwner);
    expect(allows(dataOwner, 'Microsoft.DigitalTwins/query/action', 'data')).toBe(true);
    expect(allows(dataOwner, 'Microsoft.Authorization/permissions/read')).toBe(false);
    const reader = definition(ROLE_IDS.digitalTwinsDataReader);
    expect(allows(reader, 'Microsoft.DigitalTwins/digitaltwins/read', 'data')).toBe(true);
    expect(allows(reader, 'Microsoft.DigitalTwins/digitaltwins/write', 'data')).toBe(false);
    const narrowed: RolePermission[] = [
      {
        actions: [],
        notActions: [],
        dataActions: ['Microsoft.DigitalTwins/*'],
        notDataActions: ['Microsoft.DigitalTwins/*/write'],
      },
    ];
    expect(allows(narrowed, 'Microsoft.DigitalTwins/models/read', 'data')).toBe(true);
    expect(allows(narrowed, 'Microsoft.DigitalTwins/models/write', 'data')).toBe(false);
  });

  it('a scope covers itself and what lies below it, never a sibling with a longer name', () => {
    const rg = '/subscriptions/s1/resourceGroups/rg';
    expect(scopeCovers('/subscriptions/s1', `${rg}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/x`)).toBe(
      true,
    );
    expect(scopeCovers(rg, '/SUBSCRIPTIONS/s1/resourcegroups/RG/')).toBe(true);
    expect(scopeCovers(rg, '/subscriptions/s1/resourceGroups/rg2')).toBe(false);
    expect(scopeCovers(`${rg}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/x`, rg)).toBe(false);
    expect(scopeCovers('/', rg)).toBe(true);
  });

  it('names are GUIDs made from their inputs: the same inputs, the same name', () => {
    const a = deterministicGuid('/subscriptions/s1', 'p1', ROLE_IDS.owner);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicGuid('/SUBSCRIPTIONS/s1', 'P1', ROLE_IDS.owner)).toBe(a);
    expect(deterministicGuid('/subscriptions/s1', 'p2', ROLE_IDS.owner)).not.toBe(a);
  });
});

describe('RBAC world', () => {
  it('group membership is transitive and survives a cycle', () => {
    const s = scenario('twins-group-role');
    const OUTER = 'a0b1c2d3-0040-4f00-8a00-000000000401';
    s.groups!.push({
      id: OUTER,
      displayName: 'Outer',
      tenantId: SCENARIO_IDS.contosoTenant,
      members: [SCENARIO_IDS.twinStudioUsers],
    });
    s.groups![0]!.members.push(OUTER); // a cycle: Twin Studio users ⊂ Outer ⊂ Twin Studio users
    const world = initialWorld(s, 'client');
    expect([...principalAndGroups(world, SCENARIO_IDS.rileyReader)].sort()).toEqual(
      [OUTER, SCENARIO_IDS.rileyReader, SCENARIO_IDS.twinStudioUsers].sort(),
    );
    expect([...principalAndGroups(world, SCENARIO_IDS.adaAdmin)]).toEqual([SCENARIO_IDS.adaAdmin]);
  });

  it("a subscription's roles stand for built-in assignments at its scope, inherited by what lies below", () => {
    const world = initialWorld(scenario('twins-group-role'), 'client');
    const instance = `/subscriptions/${SCENARIO_IDS.subscriptions.production}/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins`;
    const ada = permissionsOf(world, SCENARIO_IDS.adaAdmin);
    expect(ada(instance)).toEqual(definition(ROLE_IDS.owner));
    expect(ada(`/subscriptions/${SCENARIO_IDS.subscriptions.devTest}`)).toEqual(definition(ROLE_IDS.owner));
    const riley = permissionsOf(world, SCENARIO_IDS.rileyReader);
    expect(riley(instance)).toEqual(definition(ROLE_IDS.digitalTwinsDataOwner));
    expect(riley(`/subscriptions/${SCENARIO_IDS.subscriptions.production}/resourceGroups/rg-twins`)).toEqual([]);
    // The instance made the namespace registered on its subscription, and only there.
    const providers = Object.fromEntries(
      world.subscriptions.map((s) => [s.displayName, s.providers['Microsoft.DigitalTwins']?.registrationState]),
    );
    expect(providers).toEqual({
      'Contoso Production': 'Registered',
      'Contoso Dev/Test': undefined,
      'Contoso Legacy': undefined,
    });
  });
});

describe('propagation', () => {
  it('an assignment with effectiveAt counts only for a token issued at or after it; one without counts always', () => {
    const world = initialWorld(scenario('twins-grant-me'), 'client');
    const instance = `/subscriptions/${SCENARIO_IDS.subscriptions.production}/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins`;
    const base = { scope: instance, principalId: SCENARIO_IDS.adaAdmin, principalType: 'User' as const };
    world.roleAssignments!.push(
      { ...base, name: 'a', roleDefinitionId: ROLE_IDS.digitalTwinsDataOwner, createdAt: 1_000, effectiveAt: 21_000 },
      { ...base, name: 'b', roleDefinitionId: ROLE_IDS.storageBlobDataReader, createdAt: 1_000 },
    );
    const data = (asOf?: number) =>
      permissionsOf(world, SCENARIO_IDS.adaAdmin, asOf)(instance).flatMap((e) => e.dataActions);
    expect(data(20_999)).toEqual(['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read']);
    expect(data(21_000)).toContain('Microsoft.DigitalTwins/digitaltwins/*');
    // Without a token's issue time (the world's own view): everything made so far.
    expect(data()).toContain('Microsoft.DigitalTwins/digitaltwins/*');
    expect(
      effectiveFor(
        world.roleAssignments!.find((a) => a.name === 'b')!,
        0,
      ),
    ).toBe(true);
  });
});
