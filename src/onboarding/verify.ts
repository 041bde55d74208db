import { queryOptions } from '@tanstack/react-query';
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { acquireSilently } from '../auth/tokens';
import { digitalTwinsScopes, tenantAuthority } from '../auth/scopes';
import { aadstsCode } from '../problems/classify';

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

export async function verifyDigitalTwinsToken(msal: IPublicClientApplication, config: AppConfig, account: AccountInfo): Promise<VerifiedToken> {
  const result = await acquireSilently(msal, account, digitalTwinsScopes(config), tenantAuthority(config, account.tenantId));
  return {
    tenantId: result.tenantId,
    account: result.account.username,
    scopes: result.scopes,
    expiresOn: result.expiresOn?.toISOString(),
    correlationId: result.correlationId,
    acquiredAt: new Date().toISOString(),
    fromCache: result.fromCache,
  };
}

/** Digital Twins' service principal is not in the directory (yet). */
export function isServicePrincipalMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorCode' in error && aadstsCode(error as { errorCode: string }) === '650052';
}

/** Right after a registration the service principal can lag: retry 650052 for about a minute. */
export const SP_RETRY_DELAYS_MS = [3_000, 5_000, 8_000, 12_000, 15_000, 20_000];

export function verifyQueryOptions(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  retryWhileMissing: boolean,
  onRetryScheduled?: (at: number) => void,
) {
  return queryOptions({
    queryKey: ['verify', account.homeAccountId, account.tenantId, config.digitalTwinsScope, retryWhileMissing] as const,
    queryFn: () => verifyDigitalTwinsToken(msal, config, account),
    retry: (failureCount, error) => retryWhileMissing && isServicePrincipalMissing(error) && failureCount < SP_RETRY_DELAYS_MS.length,
    // TanStack counts failures before this one: 0 when scheduling the first retry.
    retryDelay: (failureCount) => {
      const delay = SP_RETRY_DELAYS_MS[Math.min(failureCount, SP_RETRY_DELAYS_MS.length - 1)]!;
      onRetryScheduled?.(Date.now() + delay);
      return delay;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
