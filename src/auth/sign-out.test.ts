import { describe, expect, it, vi } from 'vitest';
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { signOut, signOutHint } from './tokens';

const account = (claims: Record<string, unknown>): AccountInfo => ({
  homeAccountId: 'oid.tid',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid',
  username: 'admin@contoso.onmicrosoft.com',
  localAccountId: 'oid',
  idTokenClaims: claims,
});

describe('sign-out', () => {
  it("sends the ID token's login_hint claim as logout_hint, so Entra skips its account picker", async () => {
    const logoutRedirect = vi.fn<IPublicClientApplication['logoutRedirect']>().mockResolvedValue();
    const msal = { logoutRedirect } as unknown as IPublicClientApplication;
    await signOut(msal, account({ login_hint: 'O.opaque' }));
    expect(logoutRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ logoutHint: 'O.opaque', extraQueryParameters: { ui_locales: expect.any(String) } }),
    );
    expect(signOutHint(account({ login_hint: 'O.opaque' }))).toBe('O.opaque');
  });

  it('without the claim (the optional claim is not configured) sends no hint: the picker is expected', async () => {
    const logoutRedirect = vi.fn<IPublicClientApplication['logoutRedirect']>().mockResolvedValue();
    await signOut(
      { logoutRedirect } as unknown as IPublicClientApplication,
      account({ preferred_username: 'admin@contoso.onmicrosoft.com' }),
    );
    expect(logoutRedirect.mock.calls[0]?.[0]).not.toHaveProperty('logoutHint');
    // The user name is not a hint Entra accepts for sign-out; an empty claim is none either.
    expect(signOutHint(account({ preferred_username: 'admin@contoso.onmicrosoft.com' }))).toBeUndefined();
    expect(signOutHint(account({ login_hint: '' }))).toBeUndefined();
    expect(signOutHint(null)).toBeUndefined();
  });
});
