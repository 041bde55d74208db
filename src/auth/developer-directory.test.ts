import { describe, expect, it, vi } from 'vitest';
import type { AccountInfo, AuthenticationResult, PublicClientApplication } from '@azure/msal-browser';
import { MemoryStorage } from '../testing/memory-storage';
import {
  forgetDeveloperRedirect,
  isDeveloperRedirectPending,
  redirectToDeveloperDirectory,
  developerDirectoryToken,
} from './developer-directory';
import { DEVELOPER_DIRECTORY_STATE, startMsal } from './msal';
import type { AppConfig } from '../config/schema';

const CLIENT = '00000000-0000-4000-8000-0000000000de';
const HOME = 'cccccccc-0000-4000-8000-000000000002';
const DEV = 'dddddddd-0000-4000-8000-000000000001';
const config = {
  authority: 'https://login.microsoftonline.com/organizations',
  digitalTwinsScope: 'https://digitaltwins.azure.net/.default',
} as AppConfig;
const customer: AccountInfo = {
  homeAccountId: `oid.${HOME}`,
  environment: 'login.microsoftonline.com',
  tenantId: HOME,
  username: 'ada@contoso.com',
  localAccountId: 'oid',
  idTokenClaims: { aud: CLIENT, tid: HOME },
};
const guestProfile: AccountInfo = {
  ...customer,
  tenantId: DEV,
  localAccountId: 'guest-oid',
  idTokenClaims: { aud: CLIENT, tid: DEV },
};

/** An MSAL stand-in: the calls made, an active account, and the redirect result a page load hands back. */
function fakeMsal(redirect: Partial<AuthenticationResult> | null) {
  let active: AccountInfo | null = customer;
  return {
    initialize: vi.fn(async () => {}),
    handleRedirectPromise: vi.fn(async () => redirect),
    getActiveAccount: () => active,
    setActiveAccount: vi.fn((a: AccountInfo | null) => (active = a)),
    getAllAccounts: () => [customer, guestProfile],
    getAccount: vi.fn(() => null),
    acquireTokenSilent: vi.fn(async () => ({})),
    acquireTokenRedirect: vi.fn(async () => {}),
  };
}

describe("tokens from the developer's directory", () => {
  it('ask with an authority naming that directory, for the account as seen there', async () => {
    const msal = fakeMsal(null);
    await developerDirectoryToken(msal as unknown as PublicClientApplication, config, customer, DEV);
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({
        authority: `https://login.microsoftonline.com/${DEV}`,
        scopes: ['https://digitaltwins.azure.net/.default'],
        account: expect.objectContaining({ homeAccountId: customer.homeAccountId, tenantId: DEV }),
      }),
    );
  });

  it('the redirect there is marked, by MSAL state and a note that survives the trip', async () => {
    const msal = fakeMsal(null);
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    vi.stubGlobal('window', { location: { href: 'https://onboard.example.com/' } });
    await redirectToDeveloperDirectory(msal as unknown as PublicClientApplication, config, customer, DEV, 'claims');
    expect(msal.acquireTokenRedirect).toHaveBeenCalledWith(
      expect.objectContaining({
        authority: `https://login.microsoftonline.com/${DEV}`,
        state: DEVELOPER_DIRECTORY_STATE,
        claims: 'claims',
      }),
    );
    expect(isDeveloperRedirectPending()).toBe(true);
    forgetDeveloperRedirect();
    expect(isDeveloperRedirectPending()).toBe(false);
    vi.unstubAllGlobals();
  });

  it("the way back from there leaves the customer's profile active; any other redirect result becomes the active account", async () => {
    const back = fakeMsal({ account: guestProfile, state: DEVELOPER_DIRECTORY_STATE, tenantId: DEV });
    await startMsal(back as unknown as PublicClientApplication, CLIENT);
    expect(back.getActiveAccount()?.tenantId).toBe(HOME);
    expect(back.setActiveAccount).not.toHaveBeenCalled();

    // A directory switch's sign-in (src/auth/directory.ts) still moves, as before.
    const switched = fakeMsal({ account: guestProfile, state: '', tenantId: DEV });
    await startMsal(switched as unknown as PublicClientApplication, CLIENT);
    expect(switched.getActiveAccount()?.tenantId).toBe(DEV);
  });
});
