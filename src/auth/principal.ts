import type { AccountInfo } from '@azure/msal-browser';

/**
 * The signed-in person's object id in a directory. A guest is another object in each directory that invited them,
 * with its own id (docs/emulator-contract.md, "Guests"): the id to name in that directory (a role assignment, say)
 * is the one of MSAL's tenant profile for it, known once an ID token from that directory arrived. The home
 * directory's id never stands in for it; undefined until that profile exists.
 */
export function objectIdIn(account: AccountInfo, tenantId: string): string | undefined {
  const claims = account.idTokenClaims;
  if (account.tenantId === tenantId && claims?.tid === tenantId && account.localAccountId)
    return account.localAccountId;
  return account.tenantProfiles?.get(tenantId)?.localAccountId || undefined;
}
