import {
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { armScopes, digitalTwinsScopes, tenantAuthority } from './scopes';

/**
 * Silent token acquisition. Only the access-token cache and the refresh token are used: the hidden-iframe
 * fallback depends on third-party cookies that browsers block, and an interactive redirect is the dependable
 * next step anyway (the callers decide when to take it).
 */
export async function acquireSilently(
  msal: IPublicClientApplication,
  account: AccountInfo,
  scopes: string[],
  authority: string,
  forceRefresh = false,
): Promise<AuthenticationResult> {
  return msal.acquireTokenSilent({
    scopes,
    account,
    authority,
    forceRefresh,
    cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
  });
}

export function isInteractionRequired(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError;
}

/** The ARM token for the account's directory; interaction is the caller's call (see `armTokenOrRedirect`). */
export async function armAccessToken(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  forceRefresh: boolean,
): Promise<string> {
  try {
    const result = await acquireSilently(msal, account, armScopes(config), tenantAuthority(config, account.tenantId), forceRefresh);
    return result.accessToken;
  } catch (error) {
    if (isInteractionRequired(error)) {
      // The refresh token no longer works (expired, revoked, or MFA demanded): sign in again, coming back here.
      await msal.acquireTokenRedirect({
        scopes: armScopes(config),
        account,
        authority: tenantAuthority(config, account.tenantId),
        redirectStartPage: window.location.href,
      });
      // The page is navigating away; never resolve, so nothing acts on a missing token meanwhile.
      return new Promise<string>(() => {});
    }
    throw error;
  }
}

export function signIn(msal: IPublicClientApplication, config: AppConfig): Promise<void> {
  return msal.loginRedirect({ scopes: armScopes(config), prompt: 'select_account', redirectStartPage: window.location.href });
}

export function signOut(msal: IPublicClientApplication, account: AccountInfo | null): Promise<void> {
  return msal.logoutRedirect({ account: account ?? undefined });
}

export function requestDigitalTwinsConsent(msal: IPublicClientApplication, config: AppConfig, account: AccountInfo): Promise<void> {
  return msal.acquireTokenRedirect({
    scopes: digitalTwinsScopes(config),
    account,
    authority: tenantAuthority(config, account.tenantId),
    redirectStartPage: window.location.href,
  });
}
