import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { armScopes, tenantAuthority } from './scopes';
import { acquireSilently, needsInteraction, renewArmSignIn, tenantProfile } from './tokens';

/**
 * Work in another directory the account belongs to (a guest's, or one of several): get an ARM token from that
 * tenant and make its tenant profile the active account, so every token, query key and note follows it. MSAL
 * keeps the active account in its sessionStorage cache, so the choice survives a reload.
 * Silent first; a directory that needs MFA or consent of its own takes a sign-in page, which comes back here.
 */
export async function switchDirectory(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  tenantId: string,
): Promise<'switched' | 'redirecting'> {
  const profile = tenantProfile(msal, account, tenantId);
  const authority = tenantAuthority(config, tenantId);
  try {
    const result = await acquireSilently(msal, profile, armScopes(config), authority);
    msal.setActiveAccount(result.account ?? profile);
    return 'switched';
  } catch (error) {
    if (!needsInteraction(error)) throw error;
    // The profile carries the directory's tenant, so this is the ARM sign-in page of that directory.
    await renewArmSignIn(msal, config, profile);
    return 'redirecting';
  }
}
