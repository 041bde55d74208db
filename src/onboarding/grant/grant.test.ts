import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { createArmClient } from '../../azure/arm-client';
import { ArmError } from '../../azure/errors';
import { DATA_OWNER, GROUP, INSTANCE_ID, SUB } from '../../azure/fixtures/digital-twins-arm';
import { parseRoleDefinition } from '../../azure/role-definitions';
import { REQUIRED_DATA_ACTIONS } from '../data-access';
import type { GrantRecord } from '../journal';
import { assignOnce } from './assign';
import { eligibleToAssign } from './may-assign';
import { checkObjectId } from './object-id';
import { checkTimes, nextCheckDelay, QUICK_PHASE_MS, takingLonger, TAKING_LONGER_MS } from './wait-schedule';
import { checkGrant } from './watch';

const TENANT = '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const CLIENT = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const ROLE = 'bcd981a7-7f74-457b-83e1-cceb9e632ffe';
const NAME = '7d0c3a5e-1f2b-5c4d-8e6f-0a1b2c3d4e5f';

describe('the object id guard (the "Identity not found" trap)', () => {
  const check = (typed: string) => checkObjectId(typed, { tenantId: TENANT, clientId: CLIENT });

  it('takes a GUID as pasted (spaces, braces, capitals) and hands it over in lower case', () => {
    expect(check(`  {${GROUP.toUpperCase()}} `)).toEqual({ ok: true, objectId: GROUP });
  });

  it.each([
    ['', 'empty'],
    ['Twin app users', 'shape'],
    [GROUP.slice(0, 35), 'shape'],
    ['00000000-0000-0000-0000-000000000000', 'zeros'],
    [TENANT.toUpperCase(), 'tenant-id'],
    [CLIENT, 'client-id'],
  ])('refuses %j: %s', (typed, problem) => {
    expect(check(typed)).toEqual({ ok: false, problem });
  });
});

describe('the wait for a new role', () => {
  it('reads every 3 s for the first 30 s, then never more often than every 5 s, less and less often', () => {
    expect(nextCheckDelay(0)).toBe(3_000);
    let previous = 0;
    for (let t = QUICK_PHASE_MS; t < 30 * 60_000; t += 1_000) {
      expect(nextCheckDelay(t)).toBeGreaterThanOrEqual(5_000);
      expect(nextCheckDelay(t)).toBeGreaterThanOrEqual(previous);
      previous = nextCheckDelay(t);
    }
  });

  it('counts 29 reads over a 3-minute delay (the bench budget)', () => {
    const times = checkTimes(3 * 60_000);
    expect(times.length).toBe(29);
    const after30 = times.filter((t) => t >= QUICK_PHASE_MS);
    for (let i = 1; i < after30.length; i++) expect(after30[i]! - after30[i - 1]!).toBeGreaterThanOrEqual(5_000);
  });

  it('says that Azure is taking longer after 3 minutes, not before', () => {
    expect(takingLonger(TAKING_LONGER_MS - 1)).toBe(false);
    expect(takingLonger(TAKING_LONGER_MS)).toBe(true);
  });
});

describe('eligible roles that would let the admin assign', () => {
  const eligibility = (roleGuid: string) => ({
    roleGuid,
    roleName: undefined,
    scope: `/subscriptions/${SUB}`,
    endDateTime: undefined,
  });
  it('Owner, User Access Administrator and RBAC Administrator count; a data role does not', () => {
    expect(eligibleToAssign([eligibility('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')], undefined)).toHaveLength(1);
    expect(eligibleToAssign([eligibility('18d7d88d-d35e-4fb5-a5c3-7773c20a72d9')], undefined)).toHaveLength(1);
    expect(eligibleToAssign([eligibility(ROLE)], [parseRoleDefinition(DATA_OWNER, 'x')])).toHaveLength(0);
  });
  it('a custom role counts by its definition: roleAssignments/write', () => {
    const custom = parseRoleDefinition(
      {
        id: '/x/c0ffee00-0000-4000-8000-000000000000',
        name: 'c0ffee00-0000-4000-8000-000000000000',
        properties: {
          roleName: 'Access admin',
          permissions: [{ actions: ['Microsoft.Authorization/roleAssignments/*'] }],
        },
      },
      'x',
    );
    expect(eligibleToAssign([eligibility(custom.guid)], [custom])).toHaveLength(1);
  });
});

/** An ARM client over a scripted fetch, recording method and URL of each request. */
function armWith(replies: Array<{ status: number; body: unknown }>) {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  const tokens: boolean[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      method: init?.method ?? 'GET',
      url: String(input),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const reply = replies.shift()!;
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  });
  const arm = createArmClient({
    endpoint: 'https://management.azure.com',
    fetch: fetch as unknown as typeof globalThis.fetch,
    getToken: async ({ forceRefresh }) => {
      tokens.push(forceRefresh);
      return 't';
    },
    sleep: async () => {},
  });
  return { arm, calls, tokens };
}

const assignment = (name: string, principalId = GROUP) => ({
  id: `${INSTANCE_ID}/providers/Microsoft.Authorization/roleAssignments/${name}`,
  name,
  type: 'Microsoft.Authorization/roleAssignments',
  properties: {
    roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE}`,
    principalId,
    principalType: 'Group',
    scope: INSTANCE_ID,
    createdOn: '2026-12-06T03:00:00Z',
  },
});
const notFound = { status: 404, body: { error: { code: 'RoleAssignmentNotFound', message: 'not found' } } };
const request = {
  scope: INSTANCE_ID.toLowerCase(),
  name: NAME,
  roleGuid: ROLE,
  principalId: GROUP,
  principalType: 'Group' as const,
};

describe('giving the role once', () => {
  it('reads the name first; absent, one PUT with principalType and the role at the subscription', async () => {
    const { arm, calls } = armWith([notFound, { status: 201, body: assignment(NAME) }]);
    const outcome = await assignOnce(arm, new QueryClient(), request);
    expect(outcome.put).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
    expect(calls[1]!.url).toContain(`/roleAssignments/${NAME}?api-version=2022-04-01`);
    expect(calls[1]!.body).toEqual({
      properties: {
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE}`,
        principalId: GROUP,
        principalType: 'Group',
      },
    });
  });

  it('already there (a reload, another tab): no PUT at all', async () => {
    const { arm, calls } = armWith([{ status: 200, body: assignment(NAME) }]);
    const outcome = await assignOnce(arm, new QueryClient(), request);
    expect(outcome).toMatchObject({ put: false, assignment: { name: NAME, createdOn: '2026-12-06T03:00:00Z' } });
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('409 RoleAssignmentExists is success only once the list shows that principal with that role at the instance', async () => {
    const exists = {
      status: 409,
      body: { error: { code: 'RoleAssignmentExists', message: 'The role assignment already exists.' } },
    };
    const confirmed = armWith([notFound, exists, { status: 200, body: { value: [assignment('other-name')] } }]);
    expect(await assignOnce(confirmed.arm, new QueryClient(), request)).toMatchObject({
      put: true,
      assignment: { name: 'other-name' },
    });
    const unconfirmed = armWith([notFound, exists, { status: 200, body: { value: [] } }]);
    await expect(assignOnce(unconfirmed.arm, new QueryClient(), request)).rejects.toMatchObject({
      code: 'RoleAssignmentExists',
    });
  });

  it('a refusal is handed over as ARM said it, never retried', async () => {
    const refused = {
      status: 403,
      body: { error: { code: 'RequestDisallowedByPolicy', message: 'disallowed by policy' } },
    };
    const { arm, calls } = armWith([notFound, refused]);
    await expect(assignOnce(arm, new QueryClient(), request)).rejects.toBeInstanceOf(ArmError);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });
});

describe('watching a new assignment', () => {
  const grant = (you: boolean): GrantRecord => ({
    name: NAME,
    scope: INSTANCE_ID.toLowerCase(),
    roleId: ROLE,
    roleName: 'Azure Digital Twins Data Owner',
    principalId: GROUP,
    principalType: you ? 'User' : 'Group',
    you,
    assignedAt: '2026-12-06T03:00:00Z',
    putByThisTab: true,
  });
  const needed = REQUIRED_DATA_ACTIONS.owner;
  const owner = {
    status: 200,
    body: { value: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }] },
  };
  const ownerAndData = {
    status: 200,
    body: {
      value: [
        { actions: ['*'], notActions: [] },
        { actions: [], notActions: [], dataActions: ['Microsoft.DigitalTwins/*'], notDataActions: [] },
      ],
    },
  };

  it('a group: in effect once ARM lists it (one GET, no PUT)', async () => {
    const { arm, calls } = armWith([{ status: 200, body: assignment(NAME) }]);
    expect(await checkGrant(arm, grant(false), needed, undefined)).toEqual({ listed: true, effective: true });
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('the admin: their data actions, read with a newly issued token; the listing is not read again', async () => {
    const { arm, calls, tokens } = armWith([{ status: 200, body: assignment(NAME) }, owner, ownerAndData]);
    const first = await checkGrant(arm, grant(true), needed, undefined);
    expect(first).toEqual({ listed: true, effective: false });
    expect(await checkGrant(arm, grant(true), needed, first)).toEqual({ listed: true, effective: true });
    expect(calls.map((c) => c.url.split('?')[0]!.split('/').pop())).toEqual([NAME, 'permissions', 'permissions']);
    expect(tokens).toEqual([false, true, true]);
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });
});
