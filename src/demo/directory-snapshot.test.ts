import { describe, expect, it } from 'vitest';
import { directorySnapshot } from './directory-snapshot';
import { english } from '../i18n/i18n';
import { DIGITAL_TWINS_APP_ID, ROLE_IDS, SCENARIO_IDS } from '@twin-onboarding/emulator';
import { APP, arm, makeEmulator, signedIn } from '@twin-onboarding/emulator/testkit';

const NS = 'Microsoft.IoTSpaces';

describe('directorySnapshot', () => {
  it('shows consent, then Registering, and Digital Twins only once the registration completed', async () => {
    const { emu, wall } = makeEmulator('happy');
    const tenantOf = () => {
      emu.world();
      return directorySnapshot(emu.toJSON(), emu.clock.now(), NS, english).tenants[0]!;
    };
    const before = tenantOf();
    expect(before.servicePrincipals.map((s) => s.name)).toEqual(['Azure Resource Manager']);
    expect(before.grants).toEqual([]);
    expect(before.providers).toEqual([]);
    expect(before.untouchedSubscriptions).toBe(3);

    const tokens = await signedIn(emu, SCENARIO_IDS.adaAdmin);
    const consented = tenantOf();
    expect(consented.servicePrincipals.map((s) => [s.name, s.ownApp])).toEqual([
      ['Azure Resource Manager', undefined],
      [APP.displayName, true],
    ]);
    expect(consented.grants).toEqual([
      expect.objectContaining({ resource: 'Azure Resource Manager', scope: 'user_impersonation', since: wall.now }),
    ]);

    const sub = SCENARIO_IDS.subscriptions.production;
    const post = await arm(
      emu,
      `/subscriptions/${sub}/providers/${NS}/register?api-version=2021-04-01`,
      tokens.access_token,
      'POST',
    );
    expect(post.status).toBe(200);
    wall.now += 19_000;
    const registering = tenantOf();
    expect(registering.providers).toEqual([
      { subscription: 'Contoso Production', namespace: NS, state: 'Registering', since: wall.now - 19_000 },
    ]);
    expect(registering.servicePrincipals.some((s) => s.appId === DIGITAL_TWINS_APP_ID)).toBe(false);

    wall.now += 1_000;
    const done = tenantOf();
    expect(done.providers[0]!.state).toBe('Registered');
    expect(done.servicePrincipals.find((s) => s.appId === DIGITAL_TWINS_APP_ID)).toEqual({
      appId: DIGITAL_TWINS_APP_ID,
      name: 'Azure Digital Twins',
      since: wall.now,
    });
    expect(done.untouchedSubscriptions).toBe(2);
  });
});

describe("directorySnapshot: the developer's directory", () => {
  const developerOf = (name: string) => {
    const { emu } = makeEmulator(name);
    return directorySnapshot(emu.toJSON(), emu.clock.now(), 'Microsoft.DigitalTwins', english).developer;
  };

  it('shows the customer admin as a guest there, with the guest object, and the settings that let her in', () => {
    expect(developerOf('twins-guest-ready')).toEqual({
      displayName: 'Proseware',
      defaultDomain: SCENARIO_IDS.developerDomain,
      customer: 'Contoso',
      people: [
        { name: 'Ada Admin', upn: 'admin@contoso.onmicrosoft.com', guestObjectId: SCENARIO_IDS.adaGuestInDeveloper },
      ],
      outbound: { allowed: true, by: 'default' },
      inbound: { allowed: true, by: 'default' },
      guestsNeedMfa: false,
      trustsCustomerMfa: false,
      guestsNeedCompliantDevice: false,
    });
  });

  it('says what keeps her out in each world', () => {
    expect(developerOf('twins-guest-not-invited')?.people).toEqual([
      { name: 'Ada Admin', upn: 'admin@contoso.onmicrosoft.com' },
    ]);
    expect(developerOf('twins-guest-outbound-blocked')?.outbound).toEqual({ allowed: false, by: 'default' });
    expect(developerOf('twins-guest-inbound-blocked')?.inbound).toEqual({ allowed: false, by: 'default' });
    expect(developerOf('twins-guest-mfa')).toMatchObject({ guestsNeedMfa: true, trustsCustomerMfa: false });
    expect(developerOf('twins-guest-tenant-restrictions')?.networkAllows).toBe(false);
    expect(developerOf('twins-guest-ready')?.networkAllows).toBeUndefined();
  });

  it('is absent where the instance is in the customer directory, or there is none', () => {
    expect(developerOf('twins-group-role')).toBeUndefined();
    expect(developerOf('happy')).toBeUndefined();
  });
});

describe('directorySnapshot: role assignments on the Digital Twins instances', () => {
  const INSTANCE = `/subscriptions/${SCENARIO_IDS.subscriptions.production}/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins`;
  const put = (emu: ReturnType<typeof makeEmulator>['emu'], token: string, name: string, principalId: string) =>
    emu.handle({
      method: 'PUT',
      url: `https://management.azure.com${INSTANCE}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        properties: {
          roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.digitalTwinsDataOwner}`,
          principalId,
          principalType: principalId === SCENARIO_IDS.twinsUsersGroup ? 'Group' : 'User',
        },
      }),
    });

  it('shows the group given the data role appear, with its principal and role names, pending until Azure lets it count', async () => {
    const { emu, wall } = makeEmulator('twins-grant-group');
    const tenantOf = () => directorySnapshot(emu.toJSON(), emu.clock.now(), NS, english).tenants[0]!;
    expect(tenantOf()).toMatchObject({ hasInstances: true, roleAssignments: [] });
    const tokens = await signedIn(emu, SCENARIO_IDS.adaAdmin);
    const name = '0a4e5b1c-7d2f-5e3a-9b4c-1d2e3f4a5b6c';
    expect((await put(emu, tokens.access_token, name, SCENARIO_IDS.twinsUsersGroup)).status).toBe(201);
    expect(tenantOf().roleAssignments).toEqual([
      {
        name,
        principal: 'Twin app users',
        principalId: SCENARIO_IDS.twinsUsersGroup,
        principalType: 'Group',
        role: 'Azure Digital Twins Data Owner',
        scope: 'contoso-twins',
        since: wall.now,
        pending: true,
      },
    ]);
    wall.now += 20_000;
    expect(tenantOf().roleAssignments![0]!.pending).toBe(false);
    // An object id the directory does not have: "Identity not found", no name.
    const nobody = 'deadbeef-0000-4000-8000-00000000dead';
    expect((await put(emu, tokens.access_token, '9f8e7d6c-5b4a-5392-8170-6f5e4d3c2b1a', nobody)).status).toBe(201);
    const unknown = tenantOf().roleAssignments![1]!;
    expect(unknown.principal).toBeUndefined();
    expect(unknown.principalId).toBe(nobody);
  });

  it('a PIM activation at the subscription shows too; a world without instances shows no role assignments', () => {
    const { emu } = makeEmulator('twins-grant-eligible');
    emu.activateEligibleRole(SCENARIO_IDS.adaAdmin);
    const [activated] = directorySnapshot(emu.toJSON(), emu.clock.now(), NS, english).tenants[0]!.roleAssignments!;
    expect(activated).toMatchObject({
      principal: 'Ada Admin',
      role: 'Owner',
      scope: 'Contoso Production',
      pending: true,
    });
    const happy = makeEmulator('happy').emu;
    expect(directorySnapshot(happy.toJSON(), happy.clock.now(), NS, english).tenants[0]).toMatchObject({
      hasInstances: false,
      roleAssignments: [],
    });
  });
});
