import {
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { i18n } from '../i18n/i18n';
import { uiLocalesOf, type Locale } from '../i18n/languages';
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

/**
 * Only an interactive sign-in can go on: MSAL says so (consent, MFA, login required), or the refresh token
 * itself was refused (expired or revoked: `invalid_grant`), which the iframe fallback we do not use would
 * otherwise have tried.
 */
export function needsInteraction(error: unknown): boolean {
  if (error instanceof InteractionRequiredAuthError) return true;
  const code = typeof error === 'object' && error !== null ? (error as { errorCode?: unknown }).errorCode : undefined;
  return code === 'invalid_grant' || code === 'no_tokens_found' || code === 'refresh_token_expired';
}

/** A background call needs the user to sign in again. Never redirect on its own: the user decides, with a button. */
export class SignInRequiredError extends Error {
  readonly name = 'SignInRequiredError';
  constructor(cause: unknown) {
    super('Microsoft Entra ID asks you to sign in again.', { cause });
  }
}

/**
 * The account as seen from another of its directories. MSAL looks tokens up by the account's tenantId (not the
 * request's authority), so a directory the account has no profile in yet needs the same account with that tenant.
 */
export function tenantProfile(msal: IPublicClientApplication, account: AccountInfo, tenantId: string): AccountInfo {
  if (tenantId === account.tenantId) return account;
  return msal.getAccount({ homeAccountId: account.homeAccountId, tenantId }) ?? { ...account, tenantId };
}

/**
 * The ARM token for the account's directory, or for `tenantId` when ARM says a subscription lives in another
 * directory the account can use (a guest's). MSAL keys cached tokens by the account's tenant profile.
 */
export async function armAccessToken(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  forceRefresh: boolean,
  tenantId: string = account.tenantId,
): Promise<string> {
  const profile = tenantProfile(msal, account, tenantId);
  try {
    const result = await acquireSilently(
      msal,
      profile,
      armScopes(config),
      tenantAuthority(config, tenantId),
      forceRefresh,
    );
    return result.accessToken;
  } catch (error) {
    // A redirect from here would fire from every query at once and, if that sign-in fails, loop forever.
    if (needsInteraction(error)) throw new SignInRequiredError(error);
    throw error;
  }
}

/** Microsoft's pages speak the portal's language: Entra ID reads `ui_locales` on its authorize and logout pages. */
function signInPageLanguage(): Record<string, string> {
  return { ui_locales: uiLocalesOf(i18n.locale as Locale) };
}

/** Microsoft's sign-in page for one resource in the account's directory, coming back to this page. */
function redirectForToken(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  scopes: string[],
): Promise<void> {
  return msal.acquireTokenRedirect({
    scopes,
    account,
    extraQueryParameters: signInPageLanguage(),
    authority: tenantAuthority(config, account.tenantId),
    redirectStartPage: window.location.href,
  });
}

/**
 * Sign in again for Azure Resource Manager with the claims ARM's challenge asked for (MFA, an authentication
 * context): MSAL sends them to the authorize and token endpoints, and the token that comes back carries them.
 */
export function stepUpArmSignIn(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  claims: string,
): Promise<void> {
  return msal.acquireTokenRedirect({
    scopes: armScopes(config),
    account,
    claims,
    extraQueryParameters: signInPageLanguage(),
    authority: tenantAuthority(config, account.tenantId),
    redirectStartPage: window.location.href,
  });
}

/** Sign in again for Azure Resource Manager. */
export function renewArmSignIn(msal: IPublicClientApplication, config: AppConfig, account: AccountInfo): Promise<void> {
  return redirectForToken(msal, config, account, armScopes(config));
}

/** Sign in, to the directory a link named (`?tenant=`) or else to whichever directory the account belongs to. */
export function signIn(msal: IPublicClientApplication, config: AppConfig, tenant?: string): Promise<void> {
  return msal.loginRedirect({
    scopes: armScopes(config),
    prompt: 'select_account',
    redirectStartPage: window.location.href,
    extraQueryParameters: signInPageLanguage(),
    ...(tenant ? { authority: tenantAuthority(config, tenant) } : {}),
  });
}

/**
 * What tells Entra ID which account to sign out: the ID token's `login_hint` claim, an optional claim the app
 * registration adds (docs/configuration.md), sent as `logout_hint`. Without it Entra shows "Pick an account to sign out" first.
 */
export function signOutHint(account: AccountInfo | null): string | undefined {
  const claim = account?.idTokenClaims?.login_hint;
  return typeof claim === 'string' && claim !== '' ? claim : undefined;
}

export function signOut(msal: IPublicClientApplication, account: AccountInfo | null): Promise<void> {
  const logoutHint = signOutHint(account);
  return msal.logoutRedirect({
    account: account ?? undefined,
    ...(logoutHint ? { logoutHint } : {}),
    extraQueryParameters: signInPageLanguage(),
  });
}

/** The consent (and sign-in, if needed) that lets Entra issue the Digital Twins token. */
export function requestDigitalTwinsConsent(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
): Promise<void> {
  return redirectForToken(msal, config, account, digitalTwinsScopes(config));
}
