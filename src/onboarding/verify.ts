import { queryOptions } from '@tanstack/react-query';
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { acquireSilently, needsInteraction } from '../auth/tokens';
import { digitalTwinsScopes, tenantAuthority } from '../auth/scopes';
import { aadstsCode } from '../problems/classify';
import { queryKeys } from '../azure/query-keys';
import { RegistrationState, type ProviderState } from '../azure/registration-state';

/** What the portal shows and reports of the Digital Twins token: never the token itself. */
export interface VerifiedToken {
  tenantId: string;
  account: string;
  scopes: string[];
  expiresOn: string | undefined;
  correlationId: string;
  acquiredAt: string;
  fromCache: boolean;
}

/** What is kept of a Digital Twins token for the page and the report: its facts, never the token itself. */
export function tokenRecord(result: AuthenticationResult): Omit<VerifiedToken, 'fromCache'> {
  return {
    tenantId: result.tenantId,
    account: result.account.username,
    scopes: result.scopes,
    expiresOn: result.expiresOn?.toISOString(),
    correlationId: result.correlationId,
    acquiredAt: new Date().toISOString(),
  };
}

export async function verifyDigitalTwinsToken(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
): Promise<VerifiedToken> {
  const result = await acquireSilently(
    msal,
    account,
    digitalTwinsScopes(config),
    tenantAuthority(config, account.tenantId),
  );
  return { ...tokenRecord(result), fromCache: result.fromCache };
}

/** Digital Twins' service principal is not in the directory (yet). */
export function isServicePrincipalMissing(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'errorCode' in error &&
    aadstsCode(error as { errorCode: string }) === '650052'
  );
}

/** AADSTS650052 or AADSTS500011: Entra ID has no service principal for the resource asked for. */
export function isServicePrincipalAbsent(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('errorCode' in error)) return false;
  const code = aadstsCode(error as { errorCode: string });
  return code === '650052' || code === '500011';
}

/**
 * The namespace is registered (an instance of it exists) and Entra ID still has no Digital Twins service principal:
 * waiting has been done, the card for the last resort is next (src/problems/ classifies it by this name).
 */
export class ServicePrincipalStillMissingError extends Error {
  override readonly name = 'ServicePrincipalStillMissingError';
  constructor(cause: unknown) {
    super(
      'Microsoft Entra ID still has no Azure Digital Twins service principal although the namespace is registered.',
      { cause },
    );
  }
}

/** Right after a registration the service principal can lag: retry 650052 for about a minute. */
export const SP_RETRY_DELAYS_MS = [3_000, 5_000, 8_000, 12_000, 15_000, 20_000];

/** Whether to try again after `failuresSoFar` failed attempts (0 after the first): only a lagging service principal, only right after a registration. */
export function shouldRetryVerification(retryWhileMissing: boolean, failuresSoFar: number, error: unknown): boolean {
  return retryWhileMissing && isServicePrincipalMissing(error) && failuresSoFar < SP_RETRY_DELAYS_MS.length;
}

/** How long to wait after `failuresSoFar` failed attempts (0 after the first) before the next one. */
export function verificationRetryDelay(failuresSoFar: number): number {
  return SP_RETRY_DELAYS_MS[Math.min(Math.max(failuresSoFar, 0), SP_RETRY_DELAYS_MS.length - 1)]!;
}

export function verifyQueryOptions(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  retryWhileMissing: boolean,
) {
  return queryOptions({
    // One token, one key: the retry policy is an option, and a registration completing asks again (askAgain).
    queryKey: queryKeys.digitalTwinsToken(account.homeAccountId, account.tenantId, config.digitalTwinsScope),
    queryFn: () => verifyDigitalTwinsToken(msal, config, account),
    // TanStack counts failures before this one: 0 when deciding on (and timing) the first retry.
    retry: (failuresSoFar, error) => shouldRetryVerification(retryWhileMissing, failuresSoFar, error),
    retryDelay: verificationRetryDelay,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/**
 * A registration completed recently, and the token query gave up on a missing service principal at its first
 * answer (it was asked before, when waiting was not worth it): ask again, waiting this time.
 */
export function askAgain(
  retryWhileMissing: boolean,
  f: Pick<VerificationFacts, 'isFetching' | 'isError' | 'error' | 'failureCount'>,
): boolean {
  return retryWhileMissing && f.isError && !f.isFetching && f.failureCount <= 1 && isServicePrincipalMissing(f.error);
}

/** Right after a registration, a missing service principal is probably still on its way. */
export const RECENT_REGISTRATION_MS = 15 * 60_000;

/** Whether a registration was seen to complete recently enough that AADSTS650052 is worth waiting out. */
export function registeredRecently(registeredSeenAt: Record<string, string>, now: number): boolean {
  return Object.values(registeredSeenAt).some((at) => now - Date.parse(at) < RECENT_REGISTRATION_MS);
}

/** The verification query as the step sees it (TanStack Query's result, the fields that matter here). */
export interface VerificationFacts {
  isFetching: boolean;
  isError: boolean;
  error: unknown;
  /** failed attempts so far in this fetch */
  failureCount: number;
  failureReason: unknown;
  /** the provider's state on the chosen subscription, if known */
  providerState: ProviderState | undefined;
  /** the consent redirect could not be started */
  consentError: unknown;
  /** with today's Digital Twins: an instance exists, so the namespace is registered and a missing principal is the last resort */
  namespaceRegistered?: boolean;
}

export interface VerificationStatus {
  /** a silent request is on its way */
  asking: boolean;
  /** waiting out a lagging service principal between attempts */
  waiting: boolean;
  /** the attempt that is scheduled, and how many there are in all */
  attempt: number;
  attempts: number;
  /** only an interactive request can go on (consent, MFA): offer it, the user decides */
  needsConsent: boolean;
  /** the error whose problem card is shown, if any */
  problemError: unknown;
  /** the service principal is missing and the provider is not registered: registering is the remedy */
  offerRegister: boolean;
}

/**
 * The token is asked for silently first; the consent page only after MSAL says interaction is required, and only
 * when the user clicks. Any other failure is a problem card.
 */
/**
 * The card a failed token request shows (and the report notes): none when a sign-in will settle it (the consent
 * offer), the last resort when the namespace is registered and the service principal is still missing.
 */
export function verifyProblemError(error: unknown, namespaceRegistered: boolean | undefined): unknown {
  if (needsInteraction(error)) return null;
  return namespaceRegistered === true && isServicePrincipalAbsent(error)
    ? new ServicePrincipalStillMissingError(error)
    : error;
}

export function verificationStatus(f: VerificationFacts): VerificationStatus {
  const waiting = f.isFetching && f.failureCount > 0 && isServicePrincipalMissing(f.failureReason);
  const needsConsent = f.isError && needsInteraction(f.error);
  return {
    asking: f.isFetching && !waiting,
    waiting,
    attempt: f.failureCount + 1,
    attempts: SP_RETRY_DELAYS_MS.length + 1,
    needsConsent,
    problemError: f.consentError ?? (f.isError ? verifyProblemError(f.error, f.namespaceRegistered) : null),
    offerRegister:
      isServicePrincipalMissing(f.error) &&
      f.providerState !== RegistrationState.Registered &&
      f.namespaceRegistered !== true,
  };
}

/** Whole seconds until the next attempt (never negative), for the countdown. */
export function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}
