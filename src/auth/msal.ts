import {
  BrowserCacheLocation,
  EventType,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type INavigationClient,
  type INetworkModule,
} from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';

/** What demo mode swaps in: MSAL's own transports, nothing above them. */
export interface AuthTransports {
  networkClient?: INetworkModule;
  navigationClient?: INavigationClient;
}

/**
 * One PublicClientApplication for the page, built before render. The token cache lives in sessionStorage so
 * tokens die with the tab (never localStorage).
 */
export function createMsal(config: AppConfig, transports: AuthTransports = {}): PublicClientApplication {
  const msal = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.redirectUri,
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: {
      ...(transports.networkClient ? { networkClient: transports.networkClient } : {}),
      ...(transports.navigationClient ? { navigationClient: transports.navigationClient } : {}),
    },
  });
  // v5: LOGIN_SUCCESS carries the AccountInfo itself; token events carry an AuthenticationResult. MSAL reports the way
  // back from a token redirect as LOGIN_SUCCESS too, right after its ACQUIRE_TOKEN_SUCCESS: one from the developer's
  // directory (its `state`) is a token there, not a move there.
  let fromDeveloper = false;
  msal.addEventCallback((message) => {
    if (message.eventType === EventType.ACQUIRE_TOKEN_SUCCESS)
      fromDeveloper = (message.payload as AuthenticationResult | null)?.state === DEVELOPER_DIRECTORY_STATE;
    if (message.eventType === EventType.LOGIN_SUCCESS && message.payload) {
      if (!fromDeveloper) msal.setActiveAccount(message.payload as AccountInfo);
    } else if (
      message.eventType === EventType.ACQUIRE_TOKEN_SUCCESS &&
      message.payload &&
      !fromDeveloper &&
      !msal.getActiveAccount()
    ) {
      const { account } = message.payload as AuthenticationResult;
      if (account) msal.setActiveAccount(account);
    }
  });
  return msal;
}

/** MSAL's `state` of the token request to the developer's directory (src/auth/developer-directory.ts). */
export const DEVELOPER_DIRECTORY_STATE = 'developer-directory';

/** An account signed in to this app: MSAL's account list is shared by every client id in the tab. */
export function isOwnAccount(account: AccountInfo | null | undefined, clientId: string): account is AccountInfo {
  return !!account && account.idTokenClaims?.aud === clientId;
}

/** After initialize(): the redirect result (or its error), and an active account if one is cached. */
export async function startMsal(
  msal: PublicClientApplication,
  clientId: string,
): Promise<{ redirectError: unknown; redirectResult: AuthenticationResult | null }> {
  await msal.initialize();
  let redirectError: unknown;
  let redirectResult: AuthenticationResult | null = null;
  try {
    redirectResult = await msal.handleRedirectPromise();
    // A token from the instance's directory (the developer's) is not a move there: the customer's profile stays active.
    if (redirectResult?.account && redirectResult.state !== DEVELOPER_DIRECTORY_STATE)
      msal.setActiveAccount(redirectResult.account);
  } catch (error) {
    redirectError = error;
  }
  if (!isOwnAccount(msal.getActiveAccount(), clientId)) {
    msal.setActiveAccount(msal.getAllAccounts().find((a) => isOwnAccount(a, clientId)) ?? null);
  }
  return { redirectError, redirectResult };
}
