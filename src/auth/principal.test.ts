import { describe, expect, it } from 'vitest';
import type { AccountInfo, TenantProfile } from '@azure/msal-browser';
import { objectIdIn } from './principal';

const HOME = 'contoso-tid';
const GUEST_DIR = 'fabrikam-tid';
const home: AccountInfo = {
  homeAccountId: `home-oid.${HOME}`,
  environment: 'login.microsoftonline.com',
  tenantId: HOME,
  username: 'admin@contoso.onmicrosoft.com',
  localAccountId: 'home-oid',
  idTokenClaims: { tid: HOME, oid: 'home-oid' },
  tenantProfiles: new Map<string, TenantProfile>([
    [
      HOME,
      {
        tenantId: HOME,
        localAccountId: 'home-oid',
        name: 'Ada',
        username: 'admin@contoso.onmicrosoft.com',
        isHomeTenant: true,
      },
    ],
    [
      GUEST_DIR,
      {
        tenantId: GUEST_DIR,
        localAccountId: 'guest-oid',
        name: 'Ada',
        username: 'admin@contoso.onmicrosoft.com',
        isHomeTenant: false,
      },
    ],
  ]),
};

describe("the account's object id in a directory", () => {
  it("is the home object's at home and the guest object's where it is a guest", () => {
    expect(objectIdIn(home, HOME)).toBe('home-oid');
    expect(objectIdIn(home, GUEST_DIR)).toBe('guest-oid');
    // The tenant profile MSAL returns for the guest directory says the same.
    expect(
      objectIdIn(
        {
          ...home,
          tenantId: GUEST_DIR,
          localAccountId: 'guest-oid',
          idTokenClaims: { tid: GUEST_DIR, oid: 'guest-oid' },
        },
        GUEST_DIR,
      ),
    ).toBe('guest-oid');
  });

  it('never lends the home id to a directory it has no profile in (a copy of the home account with another tenantId)', () => {
    const noProfile = { ...home, tenantProfiles: new Map([[HOME, home.tenantProfiles!.get(HOME)!]]) };
    expect(objectIdIn(noProfile, GUEST_DIR)).toBeUndefined();
    expect(objectIdIn({ ...noProfile, tenantId: GUEST_DIR }, GUEST_DIR)).toBeUndefined();
  });
});
