import { describe, expect, it } from 'vitest';
import { PERMISSIONS_API, PROVIDERS_API, SUBSCRIPTIONS_API } from '../azure/api-versions';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { arm, makeEmulator, signedIn } from '@twin-onboarding/emulator/testkit';

// The portal and the emulator meet here: the emulator stands alone, so the check that the api-versions the ARM
// client sends are ones the emulated ARM serves lives outside it.
const ADA = SCENARIO_IDS.adaAdmin;
const PROD = SCENARIO_IDS.subscriptions.production;

describe('api-versions the portal sends', () => {
  it('the versions the portal sends are served (and a refused version changes nothing)', async () => {
    const { emu } = makeEmulator();
    const { access_token } = await signedIn(emu, ADA);
    const registerPath = `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces/register`;
    expect((await arm(emu, `${registerPath}?api-version=2022-12-01`, access_token, 'POST')).status).toBe(400);
    expect(emu.world().subscriptions.find((s) => s.id === PROD)?.providers).toEqual({});
    for (const [method, path] of [
      ['GET', `/tenants?api-version=${SUBSCRIPTIONS_API}`],
      ['GET', `/subscriptions?api-version=${SUBSCRIPTIONS_API}`],
      ['GET', `/subscriptions/${PROD}/providers/Microsoft.IoTSpaces?api-version=${PROVIDERS_API}`],
      ['GET', `/subscriptions/${PROD}/providers/Microsoft.Authorization/permissions?api-version=${PERMISSIONS_API}`],
      ['POST', `${registerPath}?api-version=${PROVIDERS_API}`],
    ] as const) {
      expect((await arm(emu, path, access_token, method)).status, path).toBe(200);
    }
  });
});
