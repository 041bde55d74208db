/**
 * Multifactor authentication and authentication contexts, as far as the emulator models them: what a claims
 * request (the authorize or token request's `claims`) asks for, what a token says was done (`amr`, `acrs`), and
 * ARM's claims challenge for a write made without it (docs/emulator-contract.md, "MFA and claims challenges").
 */
import { base64UrlEncodeText } from './encoding';

/** What Azure CLI and PowerShell are handed for mandatory MFA: the authentication context `p1`, essential. */
export const MANDATORY_MFA_CLAIMS = '{"access_token":{"acrs":{"essential":true,"values":["p1"]}}}';

/** A Conditional Access authentication context id: c1 to c99 (Entra's naming); `p1` is Microsoft's mandatory MFA. */
export function isAuthContextId(id: string): boolean {
  return /^c([1-9]|[1-9]\d)$/.test(id) || id === 'p1';
}

export interface ClaimsAsked {
  /** the authentication context ids asked for (`access_token.acrs`) */
  acrs: string[];
  /** asks for MFA: an authentication context (each of them means MFA here) or `amr` with `mfa` */
  mfa: boolean;
}

/** Reads a claims request (JSON text, as MSAL sends it); nothing when absent or not a JSON object. */
export function claimsAsked(claims: string | undefined | null): ClaimsAsked {
  const none: ClaimsAsked = { acrs: [], mfa: false };
  if (!claims) return none;
  let parsed: unknown;
  try {
    parsed = JSON.parse(claims);
  } catch {
    return none;
  }
  if (typeof parsed !== 'object' || parsed === null) return none;
  const request = parsed as Record<
    string,
    { acrs?: { value?: unknown; values?: unknown }; amr?: { value?: unknown; values?: unknown } } | undefined
  >;
  const values = (claim: { value?: unknown; values?: unknown } | undefined): string[] =>
    [claim?.value, ...(Array.isArray(claim?.values) ? claim.values : [])].filter(
      (v): v is string => typeof v === 'string',
    );
  const acrs = values(request.access_token?.acrs).filter(isAuthContextId);
  const amr = [...values(request.access_token?.amr), ...values(request.id_token?.amr)];
  return { acrs, mfa: acrs.length > 0 || amr.includes('mfa') };
}

/** The `amr` claim: a password, and `mfa` once a second factor was done in this sign-in session. */
export function amrClaim(mfa: boolean): string[] {
  return mfa ? ['pwd', 'mfa'] : ['pwd'];
}

/** The claims a write on ARM is missing, if any: `{ acrs }` asks for exactly those contexts. */
export function missingForWrite(
  required: { mfa: boolean; authContext: string | undefined },
  token: { amr: string[]; acrs: string[] },
): string | undefined {
  if (required.authContext && !token.acrs.includes(required.authContext)) {
    return JSON.stringify({ access_token: { acrs: { essential: true, value: required.authContext } } });
  }
  if (required.mfa && !token.amr.includes('mfa')) return MANDATORY_MFA_CLAIMS;
  return undefined;
}

/** Standard base64, as the claims-challenge format carries it (padded). */
export function base64Claims(claims: string): string {
  const url = base64UrlEncodeText(claims);
  const standard = url.replace(/-/g, '+').replace(/_/g, '/');
  return standard + '='.repeat((4 - (standard.length % 4)) % 4);
}
