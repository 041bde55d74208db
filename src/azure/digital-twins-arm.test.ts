import { describe, expect, it, vi } from 'vitest';
import { createArmClient } from './arm-client';
import { ArmError, MalformedResponseError } from './errors';
import { fetchInstancesPage, INSTANCES_QUERY, parseInstance } from './digital-twins-instances';
import { fetchRoleAssignmentsAt } from './role-assignments';
import { fetchRoleDefinitionsAt } from './role-definitions';
import { fetchPermissions, fetchPermissionsAt } from './permissions';
import { queryKeys } from './query-keys';
import { DATA_OWNER, GROUP, INSTANCE_ID, INSTANCE_ROW, SUB, assignment } from './fixtures/digital-twins-arm';

/** An ARM client over a scripted fetch, recording method, URL and body of each request. */
function armWith(replies: Array<{ status: number; body: unknown }>) {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      method: init?.method ?? 'GET',
      url: String(input),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const reply = replies.shift()!;
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'x-ms-correlation-request-id': 'corr' },
    });
  });
  const arm = createArmClient({
    endpoint: 'https://management.azure.com',
    fetch: fetch as unknown as typeof globalThis.fetch,
    getToken: async () => 't',
    sleep: async () => {},
  });
  return { arm, calls };
}

describe('instances through Azure Resource Graph', () => {
  it('one POST for the whole directory; the next page carries the skip token', async () => {
    const { arm, calls } = armWith([
      {
        status: 200,
        body: {
          totalRecords: 2,
          count: 1,
          data: [INSTANCE_ROW],
          facets: [],
          resultTruncated: 'false',
          $skipToken: 'page-2',
        },
      },
      {
        status: 200,
        body: {
          totalRecords: 2,
          count: 1,
          data: [{ ...INSTANCE_ROW, id: INSTANCE_ROW.id + '2', name: 'contoso-twins2' }],
          facets: [],
          resultTruncated: 'false',
        },
      },
    ]);
    const first = await fetchInstancesPage(arm, null);
    expect(first.instances).toEqual([
      {
        id: INSTANCE_ID,
        name: 'contoso-twins',
        subscriptionId: SUB,
        resourceGroup: 'twins-rg',
        location: 'westeurope',
        hostName: 'contoso-twins.api.weu.digitaltwins.azure.net',
        provisioningState: 'Succeeded',
        publicNetworkAccess: 'Enabled',
      },
    ]);
    expect(first.skipToken).toBe('page-2');
    const second = await fetchInstancesPage(arm, first.skipToken!);
    expect(second.skipToken).toBeUndefined();
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['POST', 'https://management.azure.com/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01'],
      ['POST', 'https://management.azure.com/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01'],
    ]);
    expect(calls[0]!.body).toEqual({ query: INSTANCES_QUERY, options: { $top: 1000, resultFormat: 'objectArray' } });
    expect(calls[1]!.body).toEqual({
      query: INSTANCES_QUERY,
      options: { $top: 1000, resultFormat: 'objectArray', $skipToken: 'page-2' },
    });
  });

  it('a row without subscription or group takes them from its id; a row without a Digital Twins id is malformed', () => {
    expect(parseInstance({ id: INSTANCE_ID }, 'op')).toMatchObject({
      name: 'contoso-twins',
      subscriptionId: SUB,
      resourceGroup: 'twins-rg',
      hostName: undefined,
    });
    expect(() =>
      parseInstance({ id: '/subscriptions/x/resourceGroups/y/providers/Microsoft.Storage/storageAccounts/z' }, 'op'),
    ).toThrow(MalformedResponseError);
  });

  it('an answer without a data list (a table format) is malformed, not "no instance"', async () => {
    const { arm } = armWith([{ status: 200, body: { totalRecords: 0, count: 0, data: { columns: [], rows: [] } } }]);
    await expect(fetchInstancesPage(arm, null)).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('reads at the instance scope (api-version 2022-04-01)', () => {
  it('role assignments that apply at the instance: atScope()', async () => {
    const { arm, calls } = armWith([{ status: 200, body: { value: [assignment(GROUP, 'Group', DATA_OWNER)] } }]);
    const list = await fetchRoleAssignmentsAt(arm, INSTANCE_ID);
    expect(calls[0]!.url).toBe(
      `https://management.azure.com${INSTANCE_ID}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=atScope()`,
    );
    expect(list).toEqual([
      {
        id: expect.any(String),
        roleDefinitionId: expect.stringMatching(/bcd981a7-7f74-457b-83e1-cceb9e632ffe$/),
        principalId: GROUP,
        principalType: 'Group',
        scope: INSTANCE_ID,
        condition: undefined,
      },
    ]);
  });

  it('role definitions usable at the instance, data actions kept', async () => {
    const { arm, calls } = armWith([{ status: 200, body: { value: [DATA_OWNER] } }]);
    const [definition] = await fetchRoleDefinitionsAt(arm, INSTANCE_ID);
    expect(calls[0]!.url).toBe(
      `https://management.azure.com${INSTANCE_ID}/providers/Microsoft.Authorization/roleDefinitions?api-version=2022-04-01`,
    );
    expect(definition).toMatchObject({
      guid: 'bcd981a7-7f74-457b-83e1-cceb9e632ffe',
      roleName: 'Azure Digital Twins Data Owner',
      type: 'BuiltInRole',
    });
    expect(definition!.permissions[0]!.dataActions).toContain('Microsoft.DigitalTwins/models/*');
  });

  it('permissions at 2022-04-01 keep dataActions and notDataActions (2015-07-01 answers without them)', async () => {
    const { arm, calls } = armWith([
      {
        status: 200,
        body: {
          value: [
            {
              actions: ['*/read'],
              notActions: [],
              dataActions: ['Microsoft.DigitalTwins/*'],
              notDataActions: ['Microsoft.DigitalTwins/models/delete'],
            },
          ],
        },
      },
      { status: 200, body: { value: [{ actions: ['*'], notActions: [] }] } },
    ]);
    expect(await fetchPermissionsAt(arm, INSTANCE_ID)).toEqual([
      {
        actions: ['*/read'],
        notActions: [],
        dataActions: ['Microsoft.DigitalTwins/*'],
        notDataActions: ['Microsoft.DigitalTwins/models/delete'],
      },
    ]);
    expect(calls[0]!.url).toBe(
      `https://management.azure.com${INSTANCE_ID}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`,
    );
    // The subscription's 2015-07-01 read is as before.
    expect(await fetchPermissions(arm, SUB)).toEqual([{ actions: ['*'], notActions: [] }]);
  });

  it('a refusal is an ArmError 403 the step turns into "cannot tell from here"', async () => {
    const { arm } = armWith([
      {
        status: 403,
        body: {
          error: { code: 'AuthorizationFailed', message: 'The client does not have authorization to perform action' },
        },
      },
    ]);
    const refusal = await fetchPermissionsAt(arm, INSTANCE_ID).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ArmError);
    expect(refusal).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
  });

  it('keys at a scope ignore its case, as ARM ids do, and sit under the ARM prefix', () => {
    expect(queryKeys.roleAssignmentsAt(INSTANCE_ID.toUpperCase())).toEqual(queryKeys.roleAssignmentsAt(INSTANCE_ID));
    expect(queryKeys.permissionsAt(INSTANCE_ID)[0]).toBe('arm');
    expect(queryKeys.digitalTwinsInstances('t')[0]).toBe('arm');
  });
});
