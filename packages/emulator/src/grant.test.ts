import { describe, expect, it } from 'vitest';
import type { Emulator } from './emulator';
import { ROLE_IDS } from './rbac';
import { SCENARIO_IDS } from './scenarios';
import { MANDATORY_MFA_CLAIMS } from './mfa';
import {
  APP,
  ARM_SCOPE,
  arm,
  authorizeUrl,
  body,
  makeEmulator,
  pkce,
  redeem,
  redirectParams,
  refresh,
  scenario,
  signedIn,
  type TokenBody,
} from './testkit';
import type { EmuResponse, Scenario } from './types';

const ADA = SCENARIO_IDS.adaAdmin;
const RILEY = SCENARIO_IDS.rileyReader;
const GROUP = SCENARIO_IDS.twinsUsersGroup;
const TENANT = SCENARIO_IDS.contosoTenant;
const { production: PROD } = SCENARIO_IDS.subscriptions;
const INSTANCE = `/subscriptions/${PROD}/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins`;
const AZ = 'api-version=2022-04-01';
const DATA_OWNER = ROLE_IDS.digitalTwinsDataOwner;
const NAME = '0a4e5b1c-7d2f-5e3a-9b4c-1d2e3f4a5b6c';
const OTHER_NAME = '9f8e7d6c-5b4a-5392-8170-6f5e4d3c2b1a';

interface ArmErr {
  error: {
    code: string;
    message: string;
    target?: string;
    additionalInfo?: Array<{ type: string; info: Record<string, unknown> }>;
  };
}
interface Assignment {
  id: string;
  name: string;
  type: string;
  properties: Record<string, unknown> & { roleDefinitionId: string; principalId: string; scope: string };
}
interface Page<T> {
  value: T[];
  nextLink?: string;
}

const assignmentUrl = (name = NAME, scope = INSTANCE) =>
  `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}?${AZ}`;

function requestBody(principalId: string, principalType?: string, role: string = DATA_OWNER): string {
  return JSON.stringify({
    properties: {
      roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId,
      ...(principalType ? { principalType } : {}),
    },
  });
}

function put(emu: Emulator, token: string, payload: string, name = NAME, scope = INSTANCE): Promise<EmuResponse> {
  return emu.handle({
    method: 'PUT',
    url: `https://management.azure.com${assignmentUrl(name, scope)}`,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Origin: 'https://portal.example' },
    body: payload,
  });
}

async function signIn(
  name: string | Scenario,
  user = ADA,
): Promise<{ emu: Emulator; wall: { now: number }; tokens: TokenBody }> {
  const { emu, wall } = makeEmulator(name);
  return { emu, wall, tokens: await signedIn(emu, user) };
}

/** A new ARM access token from the refresh token, as MSAL's forceRefresh gets one. */
async function freshToken(emu: Emulator, tokens: TokenBody): Promise<string> {
  const res = await refresh(emu, tokens.refresh_token!, ARM_SCOPE);
  expect(res.status).toBe(200);
  return body<TokenBody>(res).access_token;
}

/** The data actions the permissions API lists for the caller at the instance. */
async function dataActions(emu: Emulator, token: string): Promise<string[]> {
  const res = await arm(emu, `${INSTANCE}/providers/Microsoft.Authorization/permissions?${AZ}`, token);
  expect(res.status).toBe(200);
  return body<Page<{ dataActions: string[] }>>(res).value.flatMap((p) => p.dataActions);
}

const puts = (emu: Emulator) =>
  emu.requests.filter(
    (r) => r.method === 'PUT' && r.path.includes('/providers/Microsoft.Authorization/roleAssignments/'),
  );

describe('giving a role: RoleAssignments_Create', () => {
  it("201 with the assignment in ARM's shape, named as asked; listed at once, with ARM's ids and headers", async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    const res = await put(emu, tokens.access_token, requestBody(GROUP, 'Group'));
    expect(res.status).toBe(201);
    expect(res.headers['x-ms-correlation-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const created = body<Assignment>(res);
    expect(created).toMatchObject({
      id: `${INSTANCE}/providers/Microsoft.Authorization/roleAssignments/${NAME}`,
      name: NAME,
      type: 'Microsoft.Authorization/roleAssignments',
      properties: {
        roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/${DATA_OWNER}`,
        principalId: GROUP,
        principalType: 'Group',
        scope: INSTANCE,
        condition: null,
        conditionVersion: null,
        createdBy: ADA,
        updatedBy: ADA,
        delegatedManagedIdentityResourceId: null,
        description: null,
      },
    });
    expect(Date.parse(String(created.properties.createdOn))).not.toBeNaN();
    const listed = await arm(
      emu,
      `${INSTANCE}/providers/Microsoft.Authorization/roleAssignments?${AZ}&$filter=${encodeURIComponent(`atScope() and principalId eq '${GROUP}'`)}`,
      tokens.access_token,
    );
    expect(body<Page<Assignment>>(listed).value.map((a) => a.name)).toEqual([NAME]);
    const one = await arm(emu, assignmentUrl(), tokens.access_token);
    expect(one.status).toBe(200);
    expect(body<Assignment>(one).properties.principalId).toBe(GROUP);
    expect(emu.world().roleAssignments.find((a) => a.name === NAME)).toMatchObject({
      principalId: GROUP,
      createdBy: ADA,
    });
  });

  it('the same PUT again succeeds (200) and changes nothing: one assignment, whatever the repeats', async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    expect((await put(emu, tokens.access_token, requestBody(GROUP, 'Group'))).status).toBe(201);
    const again = await put(emu, tokens.access_token, requestBody(GROUP, 'Group'));
    expect(again.status).toBe(200);
    expect(body<Assignment>(again).name).toBe(NAME);
    // The name is compared without regard to case, as ARM does.
    expect((await put(emu, tokens.access_token, requestBody(GROUP, 'Group'), NAME.toUpperCase())).status).toBe(200);
    expect(emu.world().roleAssignments.filter((a) => a.principalId === GROUP)).toHaveLength(1);
    // The request log lets a test count the PUTs the portal sent.
    expect(puts(emu).map((r) => r.status)).toEqual([201, 200, 200]);
  });

  it('the same name for another principal, role or scope: 400 RoleAssignmentUpdateNotPermitted', async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    expect((await put(emu, tokens.access_token, requestBody(GROUP, 'Group'))).status).toBe(201);
    const token = tokens.access_token;
    for (const res of [
      await put(emu, token, requestBody(RILEY, 'User')),
      await put(emu, token, requestBody(GROUP, 'Group', ROLE_IDS.digitalTwinsDataReader)),
      // Names are unique in the whole directory, not per scope.
      await put(emu, token, requestBody(GROUP, 'Group'), NAME, `/subscriptions/${PROD}/resourceGroups/rg-twins`),
    ]) {
      expect(res.status).toBe(400);
      expect(body<ArmErr>(res).error.code).toBe('RoleAssignmentUpdateNotPermitted');
    }
    expect(emu.world().roleAssignments.filter((a) => a.name === NAME)).toHaveLength(1);
  });

  it('another name for the same principal, role and scope: 409 RoleAssignmentExists', async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    expect((await put(emu, tokens.access_token, requestBody(GROUP, 'Group'))).status).toBe(201);
    const res = await put(emu, tokens.access_token, requestBody(GROUP, 'Group'), OTHER_NAME);
    expect(res.status).toBe(409);
    expect(body<ArmErr>(res).error).toEqual({
      code: 'RoleAssignmentExists',
      message: 'The role assignment already exists.',
    });
    // The one that exists is found by listing, not by the name just refused.
    expect((await arm(emu, assignmentUrl(OTHER_NAME), tokens.access_token)).status).toBe(404);
    const one = body<ArmErr>(await arm(emu, assignmentUrl(OTHER_NAME), tokens.access_token));
    expect(one.error.code).toBe('RoleAssignmentNotFound');
  });

  it('without principalType an unknown principal is PrincipalNotFound; with it ARM skips the lookup and assigns an "Identity not found"', async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    const nobody = 'deadbeef-0000-4000-8000-00000000dead';
    const unknown = await put(emu, tokens.access_token, requestBody(nobody));
    expect(unknown.status).toBe(400);
    const error = body<ArmErr>(unknown).error;
    expect(error.code).toBe('PrincipalNotFound');
    expect(error.message).toContain(TENANT);
    expect(error.message).toContain('principalType');
    const typed = await put(emu, tokens.access_token, requestBody(nobody, 'User'));
    expect(typed.status).toBe(201);
    expect(body<Assignment>(typed).properties).toMatchObject({ principalId: nobody, principalType: 'User' });
    // A known principal without principalType gets its type from the directory.
    const group = await put(emu, tokens.access_token, requestBody(GROUP), OTHER_NAME);
    expect(group.status).toBe(201);
    expect(body<Assignment>(group).properties.principalType).toBe('Group');
  });

  it('principalType that is not what the object is: 400 UnmatchedPrincipalType naming both', async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    const res = await put(emu, tokens.access_token, requestBody(GROUP, 'User'));
    expect(res.status).toBe(400);
    const error = body<ArmErr>(res).error;
    expect(error.code).toBe('UnmatchedPrincipalType');
    expect(error.message).toContain(`'${GROUP}' has type 'Group'`);
    expect(error.message).toContain("PrincipalType 'User'");
    expect(emu.world().roleAssignments.some((a) => a.principalId === GROUP)).toBe(false);
  });

  it('a body or name ARM cannot use: 400 with its own code, nothing assigned', async () => {
    const { emu, tokens } = await signIn('twins-grant-group');
    const token = tokens.access_token;
    const codes = async (res: Promise<EmuResponse>) => {
      const r = await res;
      return [r.status, body<ArmErr>(r).error.code];
    };
    expect(await codes(put(emu, token, 'not json'))).toEqual([400, 'InvalidRequestContent']);
    expect(await codes(put(emu, token, JSON.stringify({ properties: { principalId: GROUP } })))).toEqual([
      400,
      'InvalidRequestContent',
    ]);
    expect(await codes(put(emu, token, requestBody(GROUP, 'Robot')))).toEqual([400, 'InvalidRequestContent']);
    expect(await codes(put(emu, token, requestBody(GROUP, 'Group'), 'my-assignment'))).toEqual([
      400,
      'InvalidRoleAssignmentId',
    ]);
    expect(await codes(put(emu, token, requestBody(GROUP, 'Group', '00000000-0000-4000-8000-000000000000')))).toEqual([
      400,
      'RoleDefinitionDoesNotExist',
    ]);
    expect(emu.world().roleAssignments.some((a) => a.principalId === GROUP)).toBe(false);
  });

  it('a Contributor may not assign roles: 403 AuthorizationFailed with the ABAC wording, over the assignment it refused', async () => {
    const { emu, tokens } = await signIn('twins-grant-contributor');
    const res = await put(emu, tokens.access_token, requestBody(ADA, 'User'));
    expect(res.status).toBe(403);
    const error = body<ArmErr>(res).error;
    expect(error.code).toBe('AuthorizationFailed');
    expect(error.message).toContain(`with object id '${ADA}'`);
    expect(error.message).toContain('or an ABAC condition not fulfilled');
    expect(error.message).toContain(
      `'Microsoft.Authorization/roleAssignments/write' over scope '${INSTANCE}/providers/Microsoft.Authorization/roleAssignments/${NAME}'`,
    );
    // The permissions answer predicts it: Contributor's notActions take Microsoft.Authorization writes back.
    const permissions = body<Page<{ actions: string[]; notActions: string[] }>>(
      await arm(emu, `${INSTANCE}/providers/Microsoft.Authorization/permissions?${AZ}`, tokens.access_token),
    ).value;
    expect(permissions.flatMap((p) => p.notActions)).toContain('Microsoft.Authorization/*/Write');
    // Omar, the subscription's Owner, is whom to ask: a Contributor can read who holds Owner.
    const owners = body<Page<Assignment>>(
      await arm(
        emu,
        `${INSTANCE}/providers/Microsoft.Authorization/roleAssignments?${AZ}&$filter=atScope()`,
        tokens.access_token,
      ),
    ).value.filter((a) => a.properties.roleDefinitionId.endsWith(ROLE_IDS.owner));
    expect(owners.map((a) => a.properties.principalId)).toEqual([SCENARIO_IDS.omarOwner]);
  });

  it('a deny policy on role assignments: 403 RequestDisallowedByPolicy with the policy named in PolicyViolation', async () => {
    const { emu, tokens } = await signIn('twins-grant-policy');
    const res = await put(emu, tokens.access_token, requestBody(ADA, 'User'));
    expect(res.status).toBe(403);
    const error = body<ArmErr>(res).error;
    expect(error.code).toBe('RequestDisallowedByPolicy');
    expect(error.target).toBe(NAME);
    expect(error.message).toContain('Role assignments only through the platform team');
    expect(error.additionalInfo).toHaveLength(1);
    expect(error.additionalInfo?.[0]).toMatchObject({
      type: 'PolicyViolation',
      info: {
        policyDefinitionDisplayName: 'Deny role assignments',
        policyDefinitionEffect: 'deny',
        policyAssignmentName: 'deny-direct-role-assignments',
        policyAssignmentDisplayName: 'Role assignments only through the platform team',
        policyAssignmentScope: `/subscriptions/${PROD}`,
        policyAssignmentId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/policyAssignments/deny-direct-role-assignments`,
      },
    });
    expect(emu.world().roleAssignments.some((a) => a.scope === INSTANCE)).toBe(false);
  });

  it('a policy limited to some roles lets the others through', async () => {
    const s = scenario('twins-grant-policy');
    s.roleAssignmentDenyPolicies![0]!.roleDefinitionIds = [ROLE_IDS.owner];
    const { emu, tokens } = await signIn(s);
    expect((await put(emu, tokens.access_token, requestBody(ADA, 'User'))).status).toBe(201);
  });

  it('ARM writes: the mandatory-MFA claims challenge comes first, and the write goes through after the step-up', async () => {
    const { emu, tokens } = await signIn('twins-grant-mfa');
    const res = await put(emu, tokens.access_token, requestBody(ADA, 'User'));
    expect(res.status).toBe(401);
    expect(body<ArmErr>(res).error.code).toBe('RequestDisallowedByPolicy');
    expect(res.headers['www-authenticate']).toContain('error="insufficient_claims"');
    expect(emu.world().roleAssignments.some((a) => a.scope === INSTANCE)).toBe(false);
    // Microsoft's page with the claims of the challenge asks for the second factor; the new token passes.
    const { verifier, challenge } = await pkce();
    const url = authorizeUrl({ challenge, claims: MANDATORY_MFA_CLAIMS, loginHint: 'admin@contoso.onmicrosoft.com' });
    const start = await emu.signInStart(url);
    expect((start.kind === 'pick' ? await emu.signInPick(url, ADA) : start).kind).toBe('mfa');
    const code = redirectParams(await emu.signInMfa(url, ADA)).get('code')!;
    const stepped = body<TokenBody>(await redeem(emu, code, verifier));
    expect((await put(emu, stepped.access_token, requestBody(ADA, 'User'))).status).toBe(201);
  });

  it('throttling and injected faults answer the PUT like any ARM write', async () => {
    const s = scenario('twins-grant-me');
    s.faults = [
      { host: 'management.azure.com', method: 'PUT', pathIncludes: '/roleAssignments/', status: 503, times: 1 },
    ];
    const { emu, tokens } = await signIn(s);
    const res = await put(emu, tokens.access_token, requestBody(ADA, 'User'));
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('10');
    expect(emu.world().roleAssignments.some((a) => a.scope === INSTANCE)).toBe(false);
    expect((await put(emu, tokens.access_token, requestBody(ADA, 'User'))).status).toBe(201);
    expect(puts(emu).map((r) => r.status)).toEqual([503, 201]);
  });
});

describe('propagation: listed at once, effective after the delay and only for a token issued after it', () => {
  it("the admin's own new role: invisible to the old token, seen by a token fetched after the delay", async () => {
    const { emu, wall, tokens } = await signIn('twins-grant-me');
    expect(await dataActions(emu, tokens.access_token)).toEqual([]);
    expect((await put(emu, tokens.access_token, requestBody(ADA, 'User'))).status).toBe(201);
    // Listed at once…
    const listed = await arm(
      emu,
      `${INSTANCE}/providers/Microsoft.Authorization/roleAssignments?${AZ}&$filter=${encodeURIComponent(`atScope() and assignedTo('${ADA}')`)}`,
      tokens.access_token,
    );
    expect(body<Page<Assignment>>(listed).value.map((a) => a.properties.roleDefinitionId.split('/').pop())).toContain(
      DATA_OWNER,
    );
    // …but a fresh token before the 20 seconds are up sees nothing more.
    wall.now += 10_000;
    expect(await dataActions(emu, await freshToken(emu, tokens))).toEqual([]);
    wall.now += 10_000;
    // The token from before keeps what ARM cached for it.
    expect(await dataActions(emu, tokens.access_token)).toEqual([]);
    // A token issued now sees the role.
    expect(await dataActions(emu, await freshToken(emu, tokens))).toContain('Microsoft.DigitalTwins/digitaltwins/*');
  });

  it('twins-grant-slow takes four minutes', async () => {
    const { emu, wall, tokens } = await signIn('twins-grant-slow');
    expect((await put(emu, tokens.access_token, requestBody(ADA, 'User'))).status).toBe(201);
    wall.now += 3 * 60_000;
    expect(await dataActions(emu, await freshToken(emu, tokens))).toEqual([]);
    wall.now += 60_000;
    expect(await dataActions(emu, await freshToken(emu, tokens))).not.toEqual([]);
  });

  it("ARM's own authorization waits too: a new Owner's next write needs the delay and a new token", async () => {
    const s = scenario('twins-grant-contributor');
    const { emu, wall, tokens } = await signIn(s);
    const omar = await signedIn(emu, SCENARIO_IDS.omarOwner);
    // Omar makes Ada User Access Administrator on the instance.
    const uaa = requestBody(ADA, 'User', ROLE_IDS.userAccessAdministrator);
    expect((await put(emu, omar.access_token, uaa, OTHER_NAME)).status).toBe(201);
    wall.now += 30_000;
    // Ada's old token: still refused.
    expect((await put(emu, tokens.access_token, requestBody(GROUP, 'Group'))).status).toBe(403);
    // A new one: allowed.
    expect((await put(emu, await freshToken(emu, tokens), requestBody(GROUP, 'Group'))).status).toBe(201);
  });
});

describe('PIM: roleEligibilityScheduleInstances', () => {
  const eligibilities = (token: string, emu: Emulator, filter = 'asTarget()') =>
    arm(
      emu,
      `${INSTANCE}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances?api-version=2020-10-01&$filter=${encodeURIComponent(filter)}`,
      token,
    );

  it("lists the caller's eligible Owner from the subscription above, in ARM's shape; eligible gives no right to assign", async () => {
    const { emu, tokens } = await signIn('twins-grant-eligible');
    const res = await eligibilities(tokens.access_token, emu);
    expect(res.status).toBe(200);
    const value = body<Page<{ id: string; type: string; properties: Record<string, unknown> }>>(res).value;
    expect(value).toHaveLength(1);
    expect(value[0]!.type).toBe('Microsoft.Authorization/roleEligibilityScheduleInstances');
    expect(value[0]!.id).toMatch(
      new RegExp(
        `^/subscriptions/${PROD}/providers/Microsoft\\.Authorization/roleEligibilityScheduleInstances/[0-9a-f-]{36}$`,
      ),
    );
    expect(value[0]!.properties).toMatchObject({
      scope: `/subscriptions/${PROD}`,
      roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.owner}`,
      principalId: ADA,
      principalType: 'User',
      status: 'Provisioned',
      memberType: 'Inherited',
      endDateTime: null,
      expandedProperties: {
        scope: { id: `/subscriptions/${PROD}`, displayName: 'Contoso Production', type: 'subscription' },
        roleDefinition: { displayName: 'Owner', type: 'BuiltInRole' },
        principal: { id: ADA, displayName: 'Ada Admin', email: 'admin@contoso.onmicrosoft.com', type: 'User' },
      },
    });
    expect(String(value[0]!.properties.roleEligibilityScheduleId)).toContain('/roleEligibilitySchedules/');
    expect((await put(emu, tokens.access_token, requestBody(ADA, 'User'))).status).toBe(403);
    // Someone else's eligibilities are not the caller's.
    const other = await eligibilities(tokens.access_token, emu, `principalId eq '${RILEY}'`);
    expect(body<Page<unknown>>(other).value).toEqual([]);
    expect((await eligibilities(tokens.access_token, emu, "roleDefinitionId eq 'x'")).status).toBe(400);
  });

  it('another caller without eligibilities gets an empty list; without read at the scope, 403', async () => {
    const s = scenario('twins-grant-eligible');
    s.subscriptions.find((sub) => sub.id === PROD)!.roles[RILEY] = 'Reader';
    const { emu } = makeEmulator(s);
    const riley = await signedIn(emu, RILEY);
    expect(body<Page<unknown>>(await eligibilities(riley.access_token, emu)).value).toEqual([]);
    const { emu: emu2 } = makeEmulator('twins-grant-eligible');
    const sam = await signedIn(emu2, SCENARIO_IDS.samOperator);
    const refused = await eligibilities(sam.access_token, emu2);
    expect(refused.status).toBe(403);
    expect(body<ArmErr>(refused).error.code).toBe('AuthorizationFailed');
  });

  it('activation (the demo stands in for PIM) gives the role after the delay, for a new token; the eligibility stays', async () => {
    const { emu, wall, tokens } = await signIn('twins-grant-eligible');
    emu.activateEligibleRole(ADA, ROLE_IDS.owner);
    expect(emu.world().roleEligibilities[0]!.activatedAt).toBeGreaterThan(0);
    expect(() => emu.activateEligibleRole(ADA, ROLE_IDS.owner)).toThrow(/no eligibility/);
    expect((await put(emu, await freshToken(emu, tokens), requestBody(ADA, 'User'))).status).toBe(403);
    wall.now += 20_000;
    expect((await put(emu, tokens.access_token, requestBody(ADA, 'User'))).status).toBe(403);
    expect((await put(emu, await freshToken(emu, tokens), requestBody(ADA, 'User'))).status).toBe(201);
    expect(body<Page<unknown>>(await eligibilities(tokens.access_token, emu)).value).toHaveLength(1);
  });

  it('an eligibility that ended is no longer listed, and cannot be activated', async () => {
    const s = scenario('twins-grant-eligible');
    s.roleEligibilities![0]!.endMs = 1;
    const { emu, tokens } = await signIn(s);
    expect(body<Page<unknown>>(await eligibilities(tokens.access_token, emu)).value).toEqual([]);
    expect(() => emu.activateEligibleRole(ADA)).toThrow(/no eligibility/);
  });
});

describe('the twins-grant-* worlds', () => {
  it('each starts with nobody holding a data role on the instance, and differs in what the admin may do', async () => {
    for (const name of [
      'twins-grant-group',
      'twins-grant-me',
      'twins-grant-contributor',
      'twins-grant-eligible',
      'twins-grant-policy',
      'twins-grant-slow',
      'twins-grant-mfa',
    ]) {
      const { emu } = makeEmulator(name);
      const world = emu.world();
      expect(
        world.digitalTwinsInstances.map((i) => i.id),
        name,
      ).toEqual([INSTANCE]);
      expect(
        world.roleAssignments.filter((a) =>
          [ROLE_IDS.digitalTwinsDataOwner, ROLE_IDS.digitalTwinsDataReader].includes(
            a.roleDefinitionId as typeof DATA_OWNER,
          ),
        ),
        name,
      ).toEqual([]);
      expect(emu.scenario.digitalTwins, name).toEqual({ hosting: 'customer', caller: 'users', dataRole: 'owner' });
    }
    expect(
      makeEmulator('twins-grant-group')
        .emu.world()
        .groups.map((g) => [g.id, g.displayName]),
    ).toEqual([[GROUP, 'Twin app users']]);
    expect(makeEmulator('twins-grant-slow').emu.scenario.roleDelayMs).toBe(240_000);
    expect(APP.clientId).not.toBe(GROUP);
  });
});
