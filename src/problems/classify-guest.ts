import { describeProblem, problemFromEntry } from './classify';
import { guestCatalogue, type GuestContext } from './guest-catalogue';
import type { GuestCatalogueKey } from './keys';
import type { Problem } from './types';

/**
 * A failure of the token request to the developer's directory, as its card: the guest catalogue's words for `key`
 * (chosen by the AADSTS code, src/onboarding/guest-access.ts), with the ids and raw text the usual classification
 * reads out of Entra's answer. Without a key, the usual card.
 */
export function describeGuestProblem(
  error: unknown,
  key: GuestCatalogueKey | undefined,
  ctx: GuestContext,
  now: Date = new Date(),
): Problem {
  const usual = describeProblem(error, ctx, now);
  if (!key) return usual;
  const ids = key === 'guest-other-directory' ? otherDirectoryIds(error, now) : usual.ids;
  return problemFromEntry(key, guestCatalogue(ctx)[key], ids, usual.detail);
}

function otherDirectoryIds(error: unknown, now: Date): Array<[string, string]> {
  const issuedBy = (error as { issuedBy?: unknown }).issuedBy;
  return [
    ['Tenant ID', typeof issuedBy === 'string' ? issuedBy : ''],
    ['Time (UTC)', now.toISOString()],
  ].filter((pair): pair is [string, string] => pair[1] !== '');
}
