import { queryOptions } from '@tanstack/react-query';
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import { developerDirectoryToken, isFromDirectory } from '../auth/developer-directory';
import { needsInteraction } from '../auth/tokens';
import { queryKeys } from '../azure/query-keys';
import { tokenRecord } from './verify';
import { aadstsCode } from '../problems/classify';
import type { GuestCatalogueKey } from '../problems/keys';

/**
 * The instance is in the developer's directory (`hosting: "developer"`): the decisions of the guest step, pure.
 * Entra ID answers a guest's token request there with an AADSTS code; the code, not MSAL's "interaction required",
 * decides what comes next, because several of them arrive as `invalid_grant` and no sign-in page can fix them (Entra
 * would only show its own error page).
 */

/** Whose change unblocks the person: the developer's directory, the customer's directory, the customer's network, or the person. */
export type Actor = 'developer' | 'customer-admin' | 'customer-network' | 'you';

export type GuestDecision =
  /** someone must change something first; a sign-in page cannot help */
  | { kind: 'explained'; key: GuestCatalogueKey; actor: Actor }
  /** Microsoft's page of the developer's directory can go on (MFA, consent there), on the user's click */
  | { kind: 'interactive'; key: GuestCatalogueKey; actor: Actor; claims: string | undefined }
  /** anything else: the catalogue's usual card */
  | { kind: 'other' };

/** The codes a sign-in page cannot fix, and who can: Entra ID's error reference names each one's cause. */
const EXPLAINED: Record<string, [GuestCatalogueKey, Actor]> = {
  '50020': ['guest-not-invited', 'developer'],
  '500212': ['guest-outbound-blocked', 'customer-admin'],
  '500213': ['guest-inbound-blocked', 'developer'],
  '500021': ['guest-tenant-restrictions', 'customer-network'],
  // tenant restrictions v2 (a cross-tenant access policy the network signals): the same remedy, on the same side
  '5000211': ['guest-tenant-restrictions', 'customer-network'],
  '53000': ['guest-device-required', 'developer'],
  '53003': ['guest-blocked-by-policy', 'developer'],
};

/** The codes that Microsoft's page of that directory resolves with the person there. */
const INTERACTIVE: Record<string, [GuestCatalogueKey, Actor]> = {
  '50076': ['guest-mfa', 'you'],
  '50079': ['guest-mfa', 'you'],
  '50072': ['guest-mfa', 'you'],
  '65001': ['guest-consent', 'you'],
};

function claimsOf(error: unknown): string | undefined {
  const claims = (error as { claims?: unknown }).claims;
  return typeof claims === 'string' && claims !== '' ? claims : undefined;
}

/** What a failed token request from the developer's directory means; the AADSTS code first, MSAL's category second. */
export function guestDecision(error: unknown): GuestDecision {
  if (error instanceof TokenFromOtherDirectoryError)
    return { kind: 'explained', key: 'guest-other-directory', actor: 'developer' };
  if (typeof error !== 'object' || error === null || typeof (error as { errorCode?: unknown }).errorCode !== 'string')
    return { kind: 'other' };
  const code = aadstsCode(error as { errorCode: string });
  const explained = code ? EXPLAINED[code] : undefined;
  if (explained) return { kind: 'explained', key: explained[0], actor: explained[1] };
  const interactive = code ? INTERACTIVE[code] : undefined;
  if (interactive) return { kind: 'interactive', key: interactive[0], actor: interactive[1], claims: claimsOf(error) };
  if (needsInteraction(error))
    return { kind: 'interactive', key: 'guest-sign-in', actor: 'you', claims: claimsOf(error) };
  return { kind: 'other' };
}

/** Microsoft issued a token, but not from the instance's directory: never a pass. */
export class TokenFromOtherDirectoryError extends Error {
  override readonly name = 'TokenFromOtherDirectoryError';
  readonly issuedBy: string;
  readonly expected: string;
  constructor(issuedBy: string, expected: string) {
    super(`The token came from the directory ${issuedBy}, not from the instance's directory ${expected}.`);
    this.issuedBy = issuedBy;
    this.expected = expected;
  }
}

/** What the portal shows and reports of the guest token: never the token itself. */
export type GuestToken = ReturnType<typeof tokenRecord>;

export function guestTokenQueryOptions(
  msal: IPublicClientApplication,
  config: AppConfig,
  account: AccountInfo,
  tenantId: string,
) {
  return queryOptions({
    queryKey: queryKeys.developerDirectoryToken(account.homeAccountId, tenantId, config.digitalTwinsScope),
    queryFn: async (): Promise<GuestToken> => {
      const result = await developerDirectoryToken(msal, config, account, tenantId);
      if (!isFromDirectory(result, tenantId)) throw new TokenFromOtherDirectoryError(result.tenantId, tenantId);
      return tokenRecord(result);
    },
    // Every answer means something a person must change or do: asking again at once changes nothing.
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/**
 * The guest step's state from the query and the way back from Microsoft's page: an error that came back from the
 * redirect to the developer's directory counts as that request's answer.
 */
export function guestStatus(f: { isFetching: boolean; error: unknown; redirectError: unknown }): {
  asking: boolean;
  error: unknown;
  decision: GuestDecision | undefined;
} {
  const error = f.isFetching ? null : (f.redirectError ?? f.error ?? null);
  return { asking: f.isFetching, error, decision: error ? guestDecision(error) : undefined };
}
