import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { i18n } from '../i18n/i18n';
import { uiLocalesOf, type Locale } from '../i18n/languages';
import { DEVELOPER_DIRECTORY_STATE } from './msal';
import { digitalTwinsScopes, tenantAuthority } from './scopes';
import { acquireSilently, tenantProfile } from './tokens';
import { createStore } from '../storage/store';

/**
 * Tokens from the directory that holds the Digital Twins instance when it is the developer's (`hosting:
 * "developer"`), for a customer's person who is a B2B guest there. Kept apart from every other token request: its
 * authority always names that directory, and nothing here touches MSAL's active account, which stays the customer's
 * own profile (the portal never moves into the developer's directory by itself).
 */

/** When a redirect to the developer's directory left (the tab's store: it must survive the trip to Microsoft). */
const pendingRedirect = createStore<number | null>('developer-redirect', 1, null, (value) =>
  typeof value === 'number' ? value : undefined,
);

/** Silent only: the access-token cache, then the home account's refresh token sent to that directory's authority. */
export function developerDirectoryToken(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  tenantId: string,
): Promise<AuthenticationResult> {
  return acquireSilently(
    msal,
    tenantProfile(msal, account, tenantId),
    digitalTwinsScopes(config),
    tenantAuthority(config, tenantId),
  );
}

/**
 * Microsoft's page of the developer's directory (MFA, consent there), on the user's click. The request is marked
 * (MSAL's `state`, and a note here) so that the way back neither makes that directory's profile the active account
 * (src/auth/msal.ts) nor shows its error as one of the customer's own directory.
 */
export function redirectToDeveloperDirectory(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  tenantId: string,
  claims: string | undefined,
): Promise<void> {
  pendingRedirect.set(Date.now());
  return msal.acquireTokenRedirect({
    scopes: digitalTwinsScopes(config),
    account: tenantProfile(msal, account, tenantId),
    authority: tenantAuthority(config, tenantId),
    state: DEVELOPER_DIRECTORY_STATE,
    ...(claims ? { claims } : {}),
    extraQueryParameters: { ui_locales: uiLocalesOf(i18n.locale as Locale) },
    redirectStartPage: window.location.href,
  });
}

/**
 * Whether this page load is the way back from that redirect: the note is there and Microsoft's answer (a token or an
 * error) was handled on this load. Reading does not clear it; `forgetDeveloperRedirect` does, once it is shown.
 */
export function isDeveloperRedirectPending(): boolean {
  return pendingRedirect.get() !== null;
}

export function forgetDeveloperRedirect(): void {
  pendingRedirect.clear();
}

/** The only pass: a token issued by the instance's directory. A token of any other directory proves nothing there. */
export function isFromDirectory(
  result: Pick<AuthenticationResult, 'tenantId' | 'idTokenClaims'>,
  tenantId: string,
): boolean {
  const claimed = (result.idTokenClaims as { tid?: unknown } | undefined)?.tid;
  const same = (id: unknown) => typeof id === 'string' && id.toLowerCase() === tenantId.toLowerCase();
  return same(result.tenantId) && (claimed === undefined || same(claimed));
}
