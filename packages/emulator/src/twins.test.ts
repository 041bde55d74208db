import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from './rbac';
import { SCENARIO_IDS, manyTwinsScenario } from './scenarios';
import { APP, arm, body, makeEmulator, scenario, signedIn } from './testkit';
import type { Emulator } from './emulator';
import type { EmuResponse, Scenario } from './types';

const ADA = SCENARIO_IDS.adaAdmin;
const RILEY = SCENARIO_IDS.rileyReader;
const SAM = SCENARIO_IDS.samOperator;
const GROUP = SCENARIO_IDS.twinStudioUsers;
const TENANT = SCENARIO_IDS.contosoTenant;
const { production: PROD, devTest: DEV } = SCENARIO_IDS.subscriptions;
const RG = `/subscriptions/${PROD}/resourceGroups/rg-twins`;
const INSTANCE = `${RG}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins`;
const DT = 'api-version=2023-01-31';
const AZ = 'api-version=2022-04-01';
const GRAPH = '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01';
/** The portal's query, as it sends it (DT-CONTRACT). */
const QUERY =
  "resources | where type =~ 'microsoft.digitaltwins/digitaltwinsinstances' | project id, name, location, subscriptionId, resourceGroup, properties | order by id asc";

interface ArmErr {
  error: { code: string; message: string; details?: Array<Record<string, unknown>> };
}
interface GraphAnswer {
  totalRecords: number;
  count: number;
  data: Array<Record<string, unknown>>;
  facets: unknown[];
  resultTruncated: string;
  $skipToken?: string;
}
interface Assignment {
  id: string;
  name: string;
  type: string;
  properties: { roleDefinitionId: string; principalId: string; principalType?: string; scope: string };
}
interface Definition {
  id: string;
  name: string;
  properties: {
    roleName: string;
    type: string;
    permissions: Array<Record<string, string[]>>;
    assignableScopes: string[];
  };
}
interface Page<T> {
  value: T[];
  nextLink?: string;
}

function graph(emu: Emulator, token: string, payload: unknown, path = GRAPH): Promise<EmuResponse> {
  return emu.handle({
    method: 'POST',
    url: `https://management.azure.com${path}`,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: 'https://portal.example' },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

async function tokenFor(
  name: string | Scenario,
  user: string = ADA,
  tenant?: string,
): Promise<{ emu: Emulator; token: string }> {
  const { emu } = makeEmulator(name);
  const { access_token } = await signedIn(emu, user, tenant ? { tenant } : {});
  return { emu, token: access_token };
}

const roleOf = (a: Assignment) => a.properties.roleDefinitionId.split('/').pop();

describe('Resource Graph discovery', () => {
  it("answers the portal's query with the instances, in ARG's shape, and its quota headers", async () => {
    const { emu, token } = await tokenFor('twins-several');
    const res = await graph(emu, token, { query: QUERY, options: { $top: 1000, resultFormat: 'objectArray' } });
    expect(res.status).toBe(200);
    const answer = body<GraphAnswer>(res);
    expect(answer).toMatchObject({ totalRecords: 3, count: 3, facets: [], resultTruncated: 'false' });
    expect(answer.$skipToken).toBeUndefined();
    expect(answer.data.map((r) => r.name)).toEqual(['contoso-twins', 'contoso-twins-lab', 'contoso-twins-test']);
    expect(Object.keys(answer.data[0]!)).toEqual([
      'id',
      'name',
      'location',
      'subscriptionId',
      'resourceGroup',
      'properties',
    ]);
    expect(answer.data[0]).toMatchObject({
      id: INSTANCE,
      location: 'westeurope',
      subscriptionId: PROD,
      resourceGroup: 'rg-twins',
      properties: {
        hostName: 'contoso-twins.api.weu.digitaltwins.azure.net',
        provisioningState: 'Succeeded',
        publicNetworkAccess: 'Enabled',
      },
    });
    expect(res.headers['x-ms-user-quota-remaining']).toBe('14');
    expect(res.headers['x-ms-user-quota-resets-after']).toBe('00:00:05');
    expect(res.headers['access-control-expose-headers']).toContain('x-ms-user-quota-remaining');
    // Without project, every column of the resources table, type and resource group in lower case.
    const all = body<GraphAnswer>(
      await graph(emu, token, {
        query: "Resources | where type == 'microsoft.digitaltwins/digitaltwinsinstances' | sort by name desc",
      }),
    );
    expect(all.data.map((r) => r.name)).toEqual(['contoso-twins-test', 'contoso-twins-lab', 'contoso-twins']);
    expect(all.data[0]).toMatchObject({
      type: 'microsoft.digitaltwins/digitaltwinsinstances',
      tenantId: TENANT,
      resourceGroup: 'rg-twins-test',
    });
    // `==` is case-sensitive, and ARG stores types in lower case.
    expect(
      body<GraphAnswer>(
        await graph(emu, token, { query: "resources | where type == 'Microsoft.DigitalTwins/digitalTwinsInstances'" }),
      ).totalRecords,
    ).toBe(0);
  });

  it('mandatory MFA for changes leaves the query alone: a POST that only reads', async () => {
    const { emu, token } = await tokenFor('twins-grant-mfa');
    const res = await graph(emu, token, { query: QUERY });
    expect(res.status).toBe(200);
    expect(body<GraphAnswer>(res).totalRecords).toBe(1);
  });

  it('pages by $skipToken, and refuses a bad $top or skip token', async () => {
    const { emu, token } = await tokenFor('twins-several');
    const first = body<GraphAnswer>(await graph(emu, token, { query: QUERY, options: { $top: 2 } }));
    expect([first.totalRecords, first.count, first.data.length]).toEqual([3, 2, 2]);
    expect(first.$skipToken).toEqual(expect.any(String));
    const second = body<GraphAnswer>(
      await graph(emu, token, { query: QUERY, options: { $top: 2, $skipToken: first.$skipToken } }),
    );
    expect([second.count, second.$skipToken]).toEqual([1, undefined]);
    expect([...first.data, ...second.data].map((r) => r.name)).toEqual([
      'contoso-twins',
      'contoso-twins-lab',
      'contoso-twins-test',
    ]);
    for (const options of [{ $top: 1001 }, { $top: 0 }, { $skipToken: 'nope' }, { resultFormat: 'csv' }]) {
      const res = await graph(emu, token, { query: QUERY, options });
      expect([res.status, body<ArmErr>(res).error.code], JSON.stringify(options)).toEqual([400, 'BadRequest']);
    }
  });

  it("returns rows only from subscriptions of the token's directory the caller may read", async () => {
    const s = scenario('twins-several');
    const FABRIKAM = SCENARIO_IDS.fabrikamTenant;
    s.tenants.push({
      id: FABRIKAM,
      displayName: 'Fabrikam',
      defaultDomain: SCENARIO_IDS.fabrikamDomain,
      userConsentAllowed: true,
    });
    // A guest is another object in Fabrikam: the role there belongs to that object, not to Ada's home one.
    const guest = SCENARIO_IDS.adaGuestInFabrikam;
    s.users[0] = { ...s.users[0]!, guestOf: [FABRIKAM], guestObjectIds: { [FABRIKAM]: guest } };
    s.subscriptions.push({
      id: SCENARIO_IDS.fabrikamShared,
      displayName: 'Fabrikam Shared',
      tenantId: FABRIKAM,
      state: 'Enabled',
      roles: { [guest]: 'Reader' },
      providers: {},
    });
    s.digitalTwinsInstances!.push({
      subscriptionId: SCENARIO_IDS.fabrikamShared,
      resourceGroup: 'rg-fab',
      name: 'fabrikam-twins',
      location: 'northeurope',
    });
    const { emu } = makeEmulator(s);
    const contoso = (await signedIn(emu, ADA)).access_token;
    const fabrikam = (await signedIn(emu, ADA, { tenant: FABRIKAM })).access_token;
    const names = async (token: string, extra: object = {}) =>
      body<GraphAnswer>(await graph(emu, token, { query: QUERY, ...extra })).data.map((r) => r.name);
    expect(await names(contoso)).toEqual(['contoso-twins', 'contoso-twins-lab', 'contoso-twins-test']);
    expect(await names(fabrikam)).toEqual(['fabrikam-twins']);
    expect(await names(contoso, { subscriptions: [DEV] })).toEqual(['contoso-twins-lab', 'contoso-twins-test']);

    // Riley holds data roles only (Data Owner on one instance, Data Reader on Dev/Test through the group): no read.
    const riley = (await signedIn(emu, RILEY)).access_token;
    expect(await names(riley)).toEqual([]);
    emu.addRoleAssignment({
      scope: `/subscriptions/${DEV}/resourceGroups/rg-twins-lab`,
      roleDefinitionId: ROLE_IDS.reader,
      principalId: GROUP,
    });
    expect(await names(riley)).toEqual(['contoso-twins-lab']);
  });

  it('throttles a user past 15 queries in 5 seconds with 429 RateLimiting, then lets them through', async () => {
    const { emu, token } = await tokenFor('twins-several');
    for (let i = 0; i < 15; i++) expect((await graph(emu, token, { query: QUERY })).status).toBe(200);
    emu.clock.advance(2_000);
    const throttled = await graph(emu, token, { query: QUERY });
    expect(throttled.status).toBe(429);
    expect(throttled.headers['x-ms-user-quota-remaining']).toBe('0');
    expect(throttled.headers['x-ms-user-quota-resets-after']).toBe('00:00:03');
    const err = body<ArmErr>(throttled).error;
    expect(err.code).toBe('RateLimiting');
    expect(err.message).toMatch(
      /^Please provide below info when asking for support: timestamp = .+, correlationId = [0-9a-f-]{36}\.$/,
    );
    expect(err.details?.[0]).toMatchObject({ code: 'RateLimiting' });
    emu.clock.advance(3_000);
    const again = await graph(emu, token, { query: QUERY });
    expect([again.status, again.headers['x-ms-user-quota-remaining']]).toEqual([200, '14']);
  });

  it("answers a query it does not understand with ARG's 400, and checks the api-version", async () => {
    const { emu, token } = await tokenFor('twins-several');
    const bad = await graph(emu, token, { query: 'resources | summarize count() by location' });
    expect(bad.status).toBe(400);
    const err = body<ArmErr>(bad).error;
    expect(err.code).toBe('BadRequest');
    expect(err.details?.map((d) => d.code)).toEqual(['InvalidQuery', 'ParserFailure']);
    expect(err.details?.[1]).toMatchObject({ token: 'summarize', line: 1, characterPositionInLine: 12 });
    expect((await graph(emu, token, { query: 'resources | project id, nope' })).status).toBe(400);
    // KQL's operators and columns are case-sensitive (the table name is not); spacing is free.
    expect((await graph(emu, token, { query: 'Resources | Project id' })).status).toBe(400);
    expect((await graph(emu, token, { query: 'resources | project ID' })).status).toBe(400);
    expect(
      body<GraphAnswer>(
        await graph(emu, token, {
          query: "Resources\n| where type=~'microsoft.digitaltwins/digitaltwinsinstances'\n| take 2",
        }),
      ).totalRecords,
    ).toBe(2);
    expect((await graph(emu, token, 'not json')).status).toBe(400);
    // Another resource type is a valid query with no rows in this world.
    expect(
      body<GraphAnswer>(
        await graph(emu, token, { query: "resources | where type =~ 'microsoft.storage/storageaccounts'" }),
      ).totalRecords,
    ).toBe(0);
    // 2019-04-01 needs the subscriptions listed, and answers tables unless asked for objects.
    const v2019 = '/providers/Microsoft.ResourceGraph/resources?api-version=2019-04-01';
    expect((await graph(emu, token, { query: 'resources | project id, name' }, v2019)).status).toBe(400);
    const table = body<{ data: { columns: Array<{ name: string }>; rows: unknown[][] } }>(
      await graph(emu, token, { query: 'resources | project id, name', subscriptions: [PROD, DEV] }, v2019),
    );
    expect([table.data.columns.map((c) => c.name), table.data.rows.length]).toEqual([['id', 'name'], 3]);
    const version = await graph(
      emu,
      token,
      { query: QUERY },
      '/providers/Microsoft.ResourceGraph/resources?api-version=2023-01-31',
    );
    expect([version.status, body<ArmErr>(version).error.code]).toEqual([400, 'InvalidApiVersionParameter']);
    expect((await arm(emu, GRAPH, token)).status).toBe(405);
  });

  it('answers a 5,000-subscription world within the bench budget (figure printed)', async () => {
    const { emu, token } = await tokenFor(manyTwinsScenario(5_000, 10));
    const started = performance.now();
    const first = await graph(emu, token, { query: QUERY, options: { $top: 1000 } });
    const firstMs = performance.now() - started;
    const answer = body<GraphAnswer>(first);
    let rows = answer.count;
    let skip = answer.$skipToken;
    while (skip) {
      const page = body<GraphAnswer>(
        await graph(emu, token, { query: QUERY, options: { $top: 1000, $skipToken: skip } }),
      );
      rows += page.count;
      skip = page.$skipToken;
    }
    const allMs = performance.now() - started;
    // The figure for the report (warn is the console method the lint rules allow).
    console.warn(
      `Resource Graph over 5,000 subscriptions: first page ${firstMs.toFixed(1)} ms, all ${rows} rows ${allMs.toFixed(1)} ms`,
    );
    expect(answer.totalRecords).toBe(rows);
    expect(rows).toBeGreaterThan(400);
    expect(firstMs).toBeLessThan(1_000);
  });
});

describe('Digital Twins instances on ARM', () => {
  it('lists and gets instances with the published api-versions; others are refused', async () => {
    const { emu, token } = await tokenFor('twins-several');
    const list = body<Page<Record<string, unknown>>>(
      await arm(emu, `/subscriptions/${DEV}/providers/Microsoft.DigitalTwins/digitalTwinsInstances?${DT}`, token),
    );
    expect(list.value.map((i) => i.name)).toEqual(['contoso-twins-test', 'contoso-twins-lab']);
    expect(list.nextLink).toBeUndefined();
    const one = body<Record<string, unknown>>(await arm(emu, `${INSTANCE}?${DT}`, token));
    expect(one).toMatchObject({
      id: INSTANCE,
      name: 'contoso-twins',
      type: 'Microsoft.DigitalTwins/digitalTwinsInstances',
      location: 'westeurope',
      properties: {
        provisioningState: 'Succeeded',
        hostName: 'contoso-twins.api.weu.digitaltwins.azure.net',
        publicNetworkAccess: 'Enabled',
      },
    });
    for (const version of ['2022-10-31', '2022-05-31', '2020-12-01', '2020-10-31']) {
      expect((await arm(emu, `${INSTANCE}?api-version=${version}`, token)).status, version).toBe(200);
    }
    const refused = await arm(emu, `${INSTANCE}?api-version=2024-01-01`, token);
    expect(refused.status).toBe(400);
    expect(body<ArmErr>(refused).error).toMatchObject({ code: 'InvalidApiVersionParameter' });
    expect(body<ArmErr>(refused).error.message).toContain("'2023-01-31,2022-10-31,");
    const byGroup = body<Page<Record<string, unknown>>>(
      await arm(
        emu,
        `/subscriptions/${DEV}/resourceGroups/rg-twins-lab/providers/Microsoft.DigitalTwins/digitalTwinsInstances?${DT}`,
        token,
      ),
    );
    expect(byGroup.value.map((i) => i.name)).toEqual(['contoso-twins-lab']);
  });

  it('pages with nextLink; 404 for an unknown name or resource group; a private instance says so', async () => {
    const { emu, token } = await tokenFor({ ...scenario('twins-several'), resourcePageSize: 1 });
    const names: unknown[] = [];
    let next: string | undefined = `/subscriptions/${DEV}/providers/Microsoft.DigitalTwins/digitalTwinsInstances?${DT}`;
    while (next) {
      const page: Page<Record<string, unknown>> = body(await arm(emu, next, token));
      names.push(...page.value.map((i) => i.name));
      next = page.nextLink;
      if (next) expect(next).toContain('api-version=2023-01-31');
    }
    expect(names).toEqual(['contoso-twins-test', 'contoso-twins-lab']);
    const unknown = await arm(emu, `${RG}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/nope?${DT}`, token);
    expect([unknown.status, body<ArmErr>(unknown).error.code]).toEqual([404, 'ResourceNotFound']);
    expect(body<ArmErr>(unknown).error.message).toBe(
      "The Resource 'Microsoft.DigitalTwins/digitalTwinsInstances/nope' under resource group 'rg-twins' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix",
    );
    const noGroup = await arm(
      emu,
      `/subscriptions/${PROD}/resourceGroups/rg-nope/providers/Microsoft.DigitalTwins/digitalTwinsInstances/x?${DT}`,
      token,
    );
    expect([noGroup.status, body<ArmErr>(noGroup).error.code]).toEqual([404, 'ResourceGroupNotFound']);

    const priv = await tokenFor('twins-private');
    const instance = body<{ properties: Record<string, unknown> }>(
      await arm(priv.emu, `${INSTANCE}?${DT}`, priv.token),
    );
    expect(instance.properties.publicNetworkAccess).toBe('Disabled');
  });

  it('409 MissingSubscriptionRegistration until the namespace is registered; an instance created later is found', async () => {
    const { emu, token } = await tokenFor('twins-no-instance');
    const list = `/subscriptions/${PROD}/providers/Microsoft.DigitalTwins/digitalTwinsInstances?${DT}`;
    const before = await arm(emu, list, token);
    expect(before.status).toBe(409);
    const message =
      "The subscription is not registered to use namespace 'Microsoft.DigitalTwins'. See https://aka.ms/rps-not-found for how to register subscriptions.";
    expect(body<ArmErr>(before).error).toEqual({
      code: 'MissingSubscriptionRegistration',
      message,
      details: [{ code: 'MissingSubscriptionRegistration', target: 'Microsoft.DigitalTwins', message }],
    });
    await arm(
      emu,
      `/subscriptions/${PROD}/providers/Microsoft.DigitalTwins/register?api-version=2021-04-01`,
      token,
      'POST',
    );
    expect((await arm(emu, list, token)).status).toBe(409); // still Registering
    emu.clock.advance(20_000);
    expect(body<Page<unknown>>(await arm(emu, list, token))).toEqual({ value: [] });
    expect(body<GraphAnswer>(await graph(emu, token, { query: QUERY })).totalRecords).toBe(0);

    // The demo creates one (on Dev/Test, not yet registered: creating registers it, as the Azure portal does).
    const id = emu.createDigitalTwinsInstance({
      subscriptionId: DEV,
      resourceGroup: 'rg-new',
      name: 'contoso-twins-new',
      location: 'northeurope',
    });
    expect(id).toBe(
      `/subscriptions/${DEV}/resourceGroups/rg-new/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins-new`,
    );
    expect(emu.world().subscriptions.find((s) => s.id === DEV)?.providers['Microsoft.DigitalTwins']).toBe('Registered');
    const found = body<GraphAnswer>(await graph(emu, token, { query: QUERY })).data;
    expect(found.map((r) => [r.name, (r.properties as { hostName: string }).hostName])).toEqual([
      ['contoso-twins-new', 'contoso-twins-new.api.neu.digitaltwins.azure.net'],
    ]);
    expect(() =>
      emu.createDigitalTwinsInstance({
        subscriptionId: DEV,
        resourceGroup: 'rg-new',
        name: 'contoso-twins-new',
        location: 'northeurope',
      }),
    ).toThrow(/exists/);

    // One still provisioning has no host name until its time has come.
    const slow = emu.createDigitalTwinsInstance(
      { subscriptionId: PROD, resourceGroup: 'rg-slow', name: 'contoso-twins-slow', location: 'westeurope' },
      { provisioningMs: 60_000 },
    );
    const read = async () =>
      body<{ properties: { provisioningState: string; hostName: string | null } }>(
        await arm(emu, `${slow}?${DT}`, token),
      ).properties;
    expect(await read()).toMatchObject({ provisioningState: 'Provisioning', hostName: null });
    emu.clock.advance(60_000);
    expect(await read()).toMatchObject({
      provisioningState: 'Succeeded',
      hostName: 'contoso-twins-slow.api.weu.digitaltwins.azure.net',
    });
  });

  it('403 AuthorizationFailed for a caller who may not read instances (a data role is not enough)', async () => {
    const { emu, token } = await tokenFor('twins-group-role', RILEY);
    const res = await arm(emu, `${INSTANCE}?${DT}`, token);
    expect(res.status).toBe(403);
    expect(body<ArmErr>(res).error).toEqual({
      code: 'AuthorizationFailed',
      message:
        `The client 'riley@contoso.onmicrosoft.com' with object id '${RILEY}' does not have authorization to perform action ` +
        `'Microsoft.DigitalTwins/digitalTwinsInstances/read' over scope '${INSTANCE}'. If access was granted recently, sign in again to refresh your credentials.`,
    });
  });
});

describe('role assignments', () => {
  const list = (emu: Emulator, token: string, scope: string, filter?: string) =>
    arm(
      emu,
      `${scope}/providers/Microsoft.Authorization/roleAssignments?${AZ}${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}`,
      token,
    );
  const summary = async (res: Promise<EmuResponse>) =>
    body<Page<Assignment>>(await res).value.map((a) => [a.properties.principalId, roleOf(a), a.properties.scope]);

  it('atScope() at the instance: its own assignments and those it inherits from the resource group and subscription', async () => {
    const { emu, token } = await tokenFor('twins-group-role');
    const res = await list(emu, token, INSTANCE, 'atScope()');
    expect(res.status).toBe(200);
    const items = body<Page<Assignment>>(res).value;
    expect(
      items.map((a) => [a.properties.principalId, roleOf(a), a.properties.scope, a.properties.principalType]),
    ).toEqual([
      [ADA, ROLE_IDS.owner, `/subscriptions/${PROD}`, 'User'],
      [SAM, ROLE_IDS.storageBlobDataReader, RG, 'User'],
      [GROUP, ROLE_IDS.digitalTwinsDataOwner, INSTANCE, 'Group'],
    ]);
    const owner = items[0]!;
    expect(owner.type).toBe('Microsoft.Authorization/roleAssignments');
    expect(owner.id).toBe(`/subscriptions/${PROD}/providers/Microsoft.Authorization/roleAssignments/${owner.name}`);
    expect(owner.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(owner.properties.roleDefinitionId).toBe(
      `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.owner}`,
    );
    // The same world, asked again, names its assignments the same.
    const again = await tokenFor('twins-group-role');
    expect(body<Page<Assignment>>(await list(again.emu, again.token, INSTANCE, 'atScope()')).value[0]?.name).toBe(
      owner.name,
    );

    // At the resource group, atScope() leaves the instance's own assignment out; no filter includes what is below.
    expect((await summary(list(emu, token, RG, 'atScope()'))).map((r) => r[0])).toEqual([ADA, SAM]);
    expect((await summary(list(emu, token, RG))).map((r) => r[0])).toEqual([ADA, SAM, GROUP]);
    // 2015-07-01 knows no principal types.
    const old = body<Page<Assignment>>(
      await arm(
        emu,
        `${INSTANCE}/providers/Microsoft.Authorization/roleAssignments?api-version=2015-07-01&$filter=atScope()`,
        token,
      ),
    );
    expect(old.value[0]?.properties).not.toHaveProperty('principalType');
  });

  it('assignedTo() is transitive through groups; principalId eq is not', async () => {
    const s = scenario('twins-group-role');
    const ALL_STAFF = 'a0b1c2d3-0040-4f00-8a00-000000000401';
    s.groups!.push({ id: ALL_STAFF, displayName: 'All staff', tenantId: TENANT, members: [GROUP] });
    s.roleAssignments!.push({ scope: RG, roleDefinitionId: ROLE_IDS.reader, principalId: ALL_STAFF });
    const { emu, token } = await tokenFor(s);
    expect(await summary(list(emu, token, INSTANCE, `atScope() and assignedTo('${SAM}')`))).toEqual([
      [SAM, ROLE_IDS.storageBlobDataReader, RG],
      [GROUP, ROLE_IDS.digitalTwinsDataOwner, INSTANCE],
      [ALL_STAFF, ROLE_IDS.reader, RG],
    ]);
    expect(await summary(list(emu, token, INSTANCE, `assignedTo('${RILEY}')`))).toEqual([
      [GROUP, ROLE_IDS.digitalTwinsDataOwner, INSTANCE],
      [ALL_STAFF, ROLE_IDS.reader, RG],
    ]);
    expect(await summary(list(emu, token, INSTANCE, `principalId eq '${RILEY}'`))).toEqual([]);
    expect((await summary(list(emu, token, INSTANCE, `principalId eq '${GROUP}'`))).map((r) => r[1])).toEqual([
      ROLE_IDS.digitalTwinsDataOwner,
    ]);
    const bad = await list(emu, token, INSTANCE, "roleName eq 'Owner'");
    expect([bad.status, body<ArmErr>(bad).error.code]).toEqual([400, 'InvalidFilter']);
  });

  it('pages by nextLink, keeping the filter', async () => {
    const { emu, token } = await tokenFor({ ...scenario('twins-group-role'), resourcePageSize: 2 });
    const first = body<Page<Assignment>>(await list(emu, token, INSTANCE, 'atScope()'));
    expect(first.value).toHaveLength(2);
    expect(first.nextLink).toMatch(/%24filter=atScope%28%29&%24skiptoken=/);
    const second = body<Page<Assignment>>(await arm(emu, first.nextLink!, token));
    expect([second.value.length, second.nextLink]).toEqual([1, undefined]);
  });

  it('needs Microsoft.Authorization/roleAssignments/read: 403 for a data role alone; 404 for an instance that is not there', async () => {
    const { emu, token } = await tokenFor('twins-group-role', RILEY);
    const res = await list(emu, token, INSTANCE, 'atScope()');
    expect(res.status).toBe(403);
    expect(body<ArmErr>(res).error.message).toContain(
      `perform action 'Microsoft.Authorization/roleAssignments/read' over scope '${INSTANCE}'`,
    );
    const ada = await tokenFor('twins-group-role');
    const missing = await list(
      ada.emu,
      ada.token,
      `${RG}/providers/Microsoft.DigitalTwins/digitalTwinsInstances/nope`,
      'atScope()',
    );
    expect([missing.status, body<ArmErr>(missing).error.code]).toEqual([404, 'ResourceNotFound']);
  });

  it("twins-app-caller: the developer app's service principal holds Data Reader, typed ServicePrincipal", async () => {
    const { emu, token } = await tokenFor('twins-app-caller');
    const items = await summary(list(emu, token, INSTANCE, 'atScope()'));
    expect(items).toContainEqual([SCENARIO_IDS.developerAppPrincipal, ROLE_IDS.digitalTwinsDataReader, INSTANCE]);
    const sp = body<Page<Assignment>>(
      await list(emu, token, INSTANCE, `principalId eq '${SCENARIO_IDS.developerAppPrincipal}'`),
    ).value[0];
    expect(sp?.properties.principalType).toBe('ServicePrincipal');
    expect(emu.world().appPrincipals).toEqual([
      {
        id: SCENARIO_IDS.developerAppPrincipal,
        developerApp: true,
        appId: APP.clientId,
        displayName: APP.displayName,
        tenantId: TENANT,
      },
    ]);
    expect(emu.scenario.digitalTwins).toEqual({ hosting: 'customer', caller: 'app', dataRole: 'reader' });
  });
});

describe('Microsoft.Authorization api-versions', () => {
  it.each([
    ['roleAssignments', '2015-07-01', '2021-04-01'],
    ['roleDefinitions', '2015-07-01', '2023-01-31'],
    ['permissions', '2022-04-01', '2020-10-01'],
  ])('%s at an instance accepts %s and refuses %s', async (kind, good, bad) => {
    const { emu, token } = await tokenFor('twins-group-role');
    expect(
      (await arm(emu, `${INSTANCE}/providers/Microsoft.Authorization/${kind}?api-version=${good}`, token)).status,
    ).toBe(200);
    const refused = await arm(emu, `${INSTANCE}/providers/Microsoft.Authorization/${kind}?api-version=${bad}`, token);
    expect([refused.status, body<ArmErr>(refused).error.code]).toEqual([400, 'InvalidApiVersionParameter']);
    expect(
      (await arm(emu, `${INSTANCE}/providers/Microsoft.Authorization/${kind}?api-version=${good}`, token, 'DELETE'))
        .status,
    ).toBe(405);
  });
});

describe('role definitions', () => {
  it('lists the built-ins with their published permissions and the custom roles of the subscription', async () => {
    const { emu, token } = await tokenFor('twins-no-role');
    const res = await arm(emu, `${INSTANCE}/providers/Microsoft.Authorization/roleDefinitions?${AZ}`, token);
    expect(res.status).toBe(200);
    const defs = body<Page<Definition>>(res);
    expect(defs.nextLink).toBeUndefined();
    const byName = new Map(defs.value.map((d) => [d.properties.roleName, d]));
    expect(byName.get('Azure Digital Twins Data Owner')).toMatchObject({
      id: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.digitalTwinsDataOwner}`,
      name: ROLE_IDS.digitalTwinsDataOwner,
      properties: { type: 'BuiltInRole', assignableScopes: ['/'] },
    });
    expect(byName.get('Azure Digital Twins Data Owner')?.properties.permissions[0]).toEqual({
      actions: [],
      notActions: [],
      dataActions: expect.arrayContaining([
        'Microsoft.DigitalTwins/digitaltwins/*',
        'Microsoft.DigitalTwins/query/*',
        'Microsoft.DigitalTwins/models/*',
      ]),
      notDataActions: [],
    });
    expect(byName.get('Azure Digital Twins Data Reader')?.properties.permissions[0]?.dataActions).toContain(
      'Microsoft.DigitalTwins/query/action',
    );
    expect(byName.get('Owner')?.properties.permissions[0]?.actions).toEqual(['*']);
    expect(byName.get('Contoso Twin Model Reader')?.properties).toMatchObject({
      type: 'CustomRole',
      assignableScopes: [`/subscriptions/${PROD}`],
      permissions: [
        { actions: [], notActions: [], dataActions: ['Microsoft.DigitalTwins/models/read'], notDataActions: [] },
      ],
    });
    const custom = body<Page<Definition>>(
      await arm(
        emu,
        `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions?${AZ}&$filter=${encodeURIComponent("type eq 'CustomRole'")}`,
        token,
      ),
    );
    expect(custom.value.map((d) => d.properties.roleName)).toEqual(['Contoso Twin Model Reader']);
    // Another subscription does not see it.
    const dev = body<Page<Definition>>(
      await arm(emu, `/subscriptions/${DEV}/providers/Microsoft.Authorization/roleDefinitions?${AZ}`, token),
    );
    expect(dev.value.map((d) => d.properties.roleName)).not.toContain('Contoso Twin Model Reader');
  });

  it('gets one by id; 2015-07-01 has no data actions; unknown id 404; needs roleDefinitions/read', async () => {
    const { emu, token } = await tokenFor('twins-group-role');
    const path = `${INSTANCE}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.digitalTwinsDataReader}`;
    expect(body<Definition>(await arm(emu, `${path}?${AZ}`, token)).properties.roleName).toBe(
      'Azure Digital Twins Data Reader',
    );
    expect(body<Definition>(await arm(emu, `${path}?api-version=2015-07-01`, token)).properties.permissions[0]).toEqual(
      { actions: [], notActions: [] },
    );
    const missing = await arm(
      emu,
      `${INSTANCE}/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-4000-8000-000000000000?${AZ}`,
      token,
    );
    expect([missing.status, body<ArmErr>(missing).error.code]).toEqual([404, 'RoleDefinitionDoesNotExist']);
    const riley = await tokenFor('twins-group-role', RILEY);
    expect((await arm(riley.emu, `${path}?${AZ}`, riley.token)).status).toBe(403);
  });
});

describe('permissions API at a resource', () => {
  const perms = (emu: Emulator, token: string, version: string, scope = INSTANCE) =>
    arm(emu, `${scope}/providers/Microsoft.Authorization/permissions?api-version=${version}`, token);

  it('Ada (Owner) has every action and no data action; 2015-07-01 says nothing of data actions', async () => {
    const { emu, token } = await tokenFor('twins-group-role');
    expect(body<unknown>(await perms(emu, token, '2022-04-01'))).toEqual({
      value: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }],
    });
    expect(body<unknown>(await perms(emu, token, '2015-07-01'))).toEqual({
      value: [{ actions: ['*'], notActions: [] }],
    });
  });

  it('one entry per assignment that applies, through groups; data actions from 2022-04-01', async () => {
    const { emu } = makeEmulator('twins-group-role');
    emu.addRoleAssignment({ scope: `/subscriptions/${PROD}`, roleDefinitionId: ROLE_IDS.reader, principalId: SAM });
    const token = (await signedIn(emu, SAM)).access_token;
    const now = body<{ value: Array<Record<string, string[]>> }>(await perms(emu, token, '2022-04-01'));
    expect(now.value).toEqual([
      expect.objectContaining({
        dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'],
      }),
      expect.objectContaining({
        actions: [],
        dataActions: expect.arrayContaining(['Microsoft.DigitalTwins/digitaltwins/*']),
      }),
      { actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] },
    ]);
    const old = body<{ value: Array<Record<string, string[]>> }>(await perms(emu, token, '2015-07-01'));
    expect(old.value.every((e) => !('dataActions' in e))).toBe(true);
    // At the resource group the instance's own assignment does not apply.
    expect(body<{ value: unknown[] }>(await perms(emu, token, '2022-04-01', RG)).value).toHaveLength(2);
  });

  it('needs Microsoft.Authorization/permissions/read, which a data role alone does not give', async () => {
    const { emu, token } = await tokenFor('twins-group-role', RILEY);
    const res = await perms(emu, token, '2022-04-01');
    expect(res.status).toBe(403);
    expect(body<ArmErr>(res).error.message).toContain(
      `'Microsoft.Authorization/permissions/read' over scope '${INSTANCE}'`,
    );
  });
});
