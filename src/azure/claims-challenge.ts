/**
 * Claims challenges from Azure Resource Manager: a 401 that says the token lacks something a sign-in can add,
 * usually multifactor authentication (Azure's mandatory MFA for create, update and delete since 2025) or a
 * Conditional Access authentication context. The challenge rides in `WWW-Authenticate` (`error="insufficient_claims"`,
 * `claims="<base64 JSON>"`), which a browser can read only if ARM exposes the header to scripts (undocumented), so
 * the error body and, last, ARM's policy code stand in for it. docs/emulator-contract.md names the sources.
 */

import type { AssignmentRequest } from './role-assignment';

/** What Azure CLI and PowerShell are handed for mandatory MFA: the authentication context `p1`, essential. */
export const MANDATORY_MFA_CLAIMS = '{"access_token":{"acrs":{"essential":true,"values":["p1"]}}}';

export type ChallengeKind = 'mandatory-mfa' | 'auth-context' | 'other';

export interface ClaimsChallenge {
  /** the claims request as JSON text: what MSAL's `claims` takes */
  claims: string;
  /** where the portal read it: the header, the error body, or neither (ARM's policy code alone: assumed MFA) */
  source: 'header' | 'body' | 'assumed';
  kind: ChallengeKind;
  /** the authentication context ids asked for (`acrs`), e.g. p1 or c1 */
  contexts: string[];
}

/** A claims request as JSON object text, from base64 (standard or URL alphabet, padded or not) or plain JSON. */
export function decodeClaims(value: string): string | undefined {
  const trimmed = value.trim();
  let text = trimmed;
  if (!trimmed.startsWith('{')) {
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return undefined;
    const standard = trimmed.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    if (standard.length % 4 === 1) return undefined;
    try {
      const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
      text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    } catch {
      return undefined;
    }
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? JSON.stringify(parsed) : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a `Bearer … error="insufficient_claims", claims="…"` challenge; anything else is not one. */
export function claimsFromHeader(header: string | null): string | undefined {
  if (!header || !/\berror\s*=\s*"?insufficient_claims"?/i.test(header)) return undefined;
  const value = /\bclaims\s*=\s*"([^"]*)"/i.exec(header)?.[1];
  return value === undefined ? undefined : decodeClaims(value);
}

/** Claims an error body carries (`error.claims` or a top-level `claims`), as Entra's token endpoint does in its errors. */
export function claimsFromBody(bodyText: string): string | undefined {
  try {
    const body = JSON.parse(bodyText) as { claims?: unknown; error?: { claims?: unknown } };
    const value = body?.error?.claims ?? body?.claims;
    if (typeof value === 'string') return decodeClaims(value);
    if (typeof value === 'object' && value !== null) return decodeClaims(JSON.stringify(value));
  } catch {
    // not JSON: no claims here
  }
  return undefined;
}

/** The authentication context ids a claims request asks for: `access_token.acrs`'s `value` or `values`. */
export function requestedContexts(claims: string): string[] {
  try {
    const acrs = (JSON.parse(claims) as { access_token?: { acrs?: { value?: unknown; values?: unknown } } })
      .access_token?.acrs;
    const values = [acrs?.value, ...(Array.isArray(acrs?.values) ? acrs.values : [])];
    return values.filter((v): v is string => typeof v === 'string' && v !== '');
  } catch {
    return [];
  }
}

export function challengeKind(contexts: string[]): ChallengeKind {
  if (contexts.includes('p1')) return 'mandatory-mfa';
  if (contexts.some((c) => /^c\d+$/i.test(c))) return 'auth-context';
  return 'other';
}

function challenge(claims: string, source: ClaimsChallenge['source']): ClaimsChallenge {
  const contexts = requestedContexts(claims);
  return { claims, source, kind: challengeKind(contexts), contexts };
}

/**
 * The claims challenge in an ARM answer, if it is one: only a 401 can be. The header first; else claims in the body;
 * else a 401 `RequestDisallowedByPolicy` (how ARM words mandatory MFA) is taken as a request for MFA.
 */
export function readClaimsChallenge(
  status: number,
  code: string,
  wwwAuthenticate: string | null,
  bodyText: string,
): ClaimsChallenge | undefined {
  if (status !== 401) return undefined;
  const fromHeader = claimsFromHeader(wwwAuthenticate);
  if (fromHeader) return challenge(fromHeader, 'header');
  const fromBody = claimsFromBody(bodyText);
  if (fromBody) return challenge(fromBody, 'body');
  if (code === 'RequestDisallowedByPolicy') return challenge(MANDATORY_MFA_CLAIMS, 'assumed');
  return undefined;
}

/**
 * A challenged write that is not the step's own call, so the step cannot rebuild it on the way back: what it needs to
 * send it again (giving a role: the same assignment, by its deterministic name).
 */
export interface ResumableWrite {
  kind: 'assign-role';
  request: AssignmentRequest;
  roleName: string;
  /** the signed-in admin themself */
  you: boolean;
}

/** A step-up this tab took: the claims it asked Microsoft's sign-in page for, and whether it came back signed in. */
export interface StepUpRecord {
  tenantId: string;
  claims: string;
  /** the call that was challenged, e.g. "POST /subscriptions/…/register" */
  operation: string;
  kind: ChallengeKind;
  source: ClaimsChallenge['source'];
  startedAt: number;
  /** the sign-in with the claims came back with a token */
  completedAt?: number;
  /** the challenged write was sent once more after the step-up */
  resentAt?: number;
  /** what to send once more, when the call alone does not say (see ResumableWrite) */
  resume?: ResumableWrite;
}

/** Step-ups one directory may take in a tab: a third challenge after two step-ups is a loop, whatever it asks for. */
export const MAX_STEP_UPS = 2;

/**
 * The no-loop rule: a challenge met after a completed step-up that asked for the same claims (or after the most a tab
 * may take) cannot be cured by another sign-in; it is a policy the sign-in could not satisfy, for an admin to look at.
 */
export function isRepeatedChallenge(records: readonly StepUpRecord[], tenantId: string, claims: string): boolean {
  const done = records.filter((r) => r.tenantId === tenantId && r.completedAt !== undefined);
  return done.some((r) => r.claims === claims) || done.length >= MAX_STEP_UPS;
}
