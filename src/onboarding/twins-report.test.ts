import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { parseConfig } from '../config/schema';
import type { Journal } from './journal';
import { buildReport } from './report';
import { roleRequest, roleToDo } from './twins-requests';
import { BUILT_IN_DATA_ROLES } from './data-access';

const origin = 'https://onboard.example.com';
const configOf = (raw: Record<string, unknown>) => {
  const parsed = parseConfig(raw, origin);
  if (!parsed.ok) throw new Error('config');
  return parsed.config;
};
const INSTANCE = {
  id: '/subscriptions/s1/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins',
  name: 'contoso-twins',
  hostName: 'contoso-twins.api.weu.digitaltwins.azure.net',
  subscriptionId: 's1',
  resourceGroup: 'rg-twins',
  location: 'westeurope',
  provisioningState: 'Succeeded',
  publicNetworkAccess: 'Enabled',
};
const journal: Journal = {
  watchingSince: {},
  registeredSeenAt: {},
  problems: [],
  twins: {
    checkedAt: '2026-12-06T01:00:00.000Z',
    instance: INSTANCE,
    outcome: 'ready',
    role: { id: BUILT_IN_DATA_ROLES.owner.guid, name: BUILT_IN_DATA_ROLES.owner.roleName, readFromDirectory: true },
    principals: [
      {
        objectId: 'g1',
        type: 'Group',
        roles: [{ id: BUILT_IN_DATA_ROLES.owner.guid, name: 'Azure Digital Twins Data Owner' }],
        conditional: false,
        you: false,
      },
    ],
    you: 'lacks',
    mayAssignRoles: true,
    notChecked: ['group-members', 'conditions', 'data-plane'],
  },
};
const input = (config: ReturnType<typeof configOf>) => ({
  config,
  tenant: { id: 't1' },
  account: 'ada@contoso.com',
  subscription: undefined,
  providerState: 'Registered',
  journal,
  generatedAt: new Date('2026-12-06T01:05:00.000Z'),
});

describe("the report with today's Digital Twins", () => {
  it('without the key: no digitalTwins section at all (the 2018 report keeps its shape)', () => {
    expect('digitalTwins' in buildReport(input(configOf({})))).toBe(false);
  });

  it('with the key: hosting mode, instance, principals and roles, what was not checked', () => {
    const report = buildReport(
      input(configOf({ digitalTwins: { hosting: 'customer', caller: 'users', dataRole: 'owner' } })),
    );
    expect(report.digitalTwins).toEqual({
      hosting: 'customer',
      caller: 'users',
      dataRole: 'owner',
      instance: INSTANCE,
      checkedAt: '2026-12-06T01:00:00.000Z',
      outcome: 'ready',
      recommendedRole: journal.twins!.role,
      principalsWithSufficientRole: journal.twins!.principals,
      signedInAccountHoldsRole: 'lacks',
      signedInAccountMayAssignRoles: true,
      notChecked: ['group-members', 'conditions', 'data-plane'],
      roleAssignmentsGiven: [],
    });
    expect(report.provider.namespace).toBe('Microsoft.DigitalTwins');
  });

  it('a role given from the portal: its name, principal, role, when Azure made it and when it was seen working', () => {
    const grant = {
      name: '7d0c3a5e-1f2b-5c4d-8e6f-0a1b2c3d4e5f',
      scope: INSTANCE.id.toLowerCase(),
      roleId: BUILT_IN_DATA_ROLES.owner.guid,
      roleName: BUILT_IN_DATA_ROLES.owner.roleName,
      principalId: 'g1',
      principalType: 'Group' as const,
      you: false,
      assignedAt: '2026-12-06T01:01:00.000Z',
      createdOn: '2026-12-06T01:00:59.000Z',
      putByThisTab: true,
      seenAt: '2026-12-06T01:01:03.000Z',
    };
    const report = buildReport({
      ...input(configOf({ digitalTwins: { hosting: 'customer', caller: 'users', dataRole: 'owner' } })),
      journal: { ...journal, grants: { [grant.name]: grant } },
    });
    const twins = report.digitalTwins;
    if (twins?.hosting !== 'customer') throw new Error('a customer-hosted report was expected');
    expect(twins.roleAssignmentsGiven).toEqual([
      {
        assignmentName: grant.name,
        scope: grant.scope,
        role: { id: BUILT_IN_DATA_ROLES.owner.guid, name: 'Azure Digital Twins Data Owner' },
        principal: { objectId: 'g1', type: 'Group', signedInAccount: false },
        assignedAt: '2026-12-06T01:01:00.000Z',
        createdOnInAzure: '2026-12-06T01:00:59.000Z',
        sentByThisPortal: true,
        seenWorkingAt: '2026-12-06T01:01:03.000Z',
      },
    ]);
  });

  it('before the access step: the settings, and nulls where nothing was found yet', () => {
    const report = buildReport({
      ...input(configOf({ digitalTwins: { hosting: 'customer', caller: 'app', dataRole: 'reader' } })),
      journal: { ...journal, twins: undefined },
    });
    expect(report.digitalTwins).toMatchObject({
      caller: 'app',
      instance: null,
      outcome: null,
      principalsWithSufficientRole: null,
      notChecked: [],
    });
  });
});

describe('the request and the to-do for a data role', () => {
  const role = { guid: BUILT_IN_DATA_ROLES.owner.guid, roleName: BUILT_IN_DATA_ROLES.owner.roleName };
  const base = { appName: 'Contoso Twins', clientId: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', instance: INSTANCE, role };

  it('users: a group, the instance id, the role with its id, the az line and who may do it', () => {
    const text = roleRequest(i18n, { ...base, caller: 'users' });
    expect(text).toContain('a security group of the people who use Contoso Twins');
    expect(text).toContain(`- Role: Azure Digital Twins Data Owner (ID ${role.guid})`);
    expect(text).toContain(`- Scope, the instance's resource ID: ${INSTANCE.id}`);
    expect(text).toContain(
      `  az role assignment create --assignee-object-id <group-object-id> --assignee-principal-type Group --role ${role.guid} --scope ${INSTANCE.id}`,
    );
    expect(text).toContain('Owner, User Access Administrator or Role Based Access Control Administrator');
  });

  it("app: the app's service principal, unseen from a browser, resolved by the CLI from the client id", () => {
    const text = roleToDo(i18n, { ...base, caller: 'app' });
    expect(text.split('\n')[0]).toBe('To do on contoso-twins:');
    expect(text).toContain("Contoso Twins's own service principal");
    expect(text).toContain('A browser cannot see that service principal');
    expect(text).toContain(
      `  az role assignment create --assignee ${base.clientId} --role ${role.guid} --scope ${INSTANCE.id}`,
    );
    expect(text).not.toContain('<group-object-id>');
  });
});
