import { describe, expect, it } from 'vitest';
import { directorySnapshot } from './directory-snapshot';
import { english } from '../i18n/i18n';
import { DIGITAL_TWINS_APP_ID } from './emulator/resources';
import { APP, arm, makeEmulator, signedIn } from './emulator/testkit';
import { SCENARIO_IDS } from './emulator';

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
