import { describe, expect, it } from 'vitest';
import { directorySnapshot } from './directory-snapshot';
import { english } from '../i18n/i18n';
import { DIGITAL_TWINS_APP_ID, SCENARIO_IDS } from '@twin-onboarding/emulator';
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
