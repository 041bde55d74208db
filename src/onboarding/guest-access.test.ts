import { describe, expect, it } from 'vitest';
import { InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { guestDecision, guestStatus, TokenFromOtherDirectoryError } from './guest-access';
import { isFromDirectory } from '../auth/developer-directory';

const DEV = 'dddddddd-0000-4000-8000-000000000001';
const HOME = 'cccccccc-0000-4000-8000-000000000002';
const desc = (code: number) =>
  `AADSTS${code}: text. Trace ID: 11111111-1111-1111-1111-111111111111 Correlation ID: 22222222-2222-2222-2222-222222222222 Timestamp: 2026-12-06 03:00:00Z`;
/** As MSAL hands over a refused refresh-token grant: invalid_grant is "interaction required" to MSAL. */
const refused = (code: number, claims?: string) =>
  new InteractionRequiredAuthError(
    'invalid_grant',
    'corr',
    desc(code),
    undefined,
    undefined,
    undefined,
    claims,
    String(code),
  );

describe("the developer's directory: what a refused token request means, and who must act", () => {
  it.each([
    [50020, 'guest-not-invited', 'developer'],
    [500212, 'guest-outbound-blocked', 'customer-admin'],
    [500213, 'guest-inbound-blocked', 'developer'],
    [500021, 'guest-tenant-restrictions', 'customer-network'],
    [5000211, 'guest-tenant-restrictions', 'customer-network'],
    [53000, 'guest-device-required', 'developer'],
    [53003, 'guest-blocked-by-policy', 'developer'],
  ] as const)(
    "AADSTS%i arrives as invalid_grant, yet no sign-in page can fix it: %s, for %s (never Microsoft's error page)",
    (code, key, actor) => {
      expect(guestDecision(refused(code))).toEqual({ kind: 'explained', key, actor });
      // the same from a server error whose code is only in the description
      expect(guestDecision(new ServerError('invalid_request', 'c', desc(code)))).toEqual({
        kind: 'explained',
        key,
        actor,
      });
    },
  );

  it("MFA and consent there: Microsoft's page of that directory can go on, with the claims asked for", () => {
    const claims = '{"access_token":{"capolids":{"essential":true,"values":["x"]}}}';
    expect(guestDecision(refused(50076, claims))).toEqual({
      kind: 'interactive',
      key: 'guest-mfa',
      actor: 'you',
      claims,
    });
    expect(guestDecision(refused(65001))).toMatchObject({ kind: 'interactive', key: 'guest-consent' });
  });

  it('interaction required without a code the portal knows: a sign-in there, on a click', () => {
    expect(guestDecision(new InteractionRequiredAuthError('login_required', 'c'))).toEqual({
      kind: 'interactive',
      key: 'guest-sign-in',
      actor: 'you',
      claims: undefined,
    });
  });

  it("anything else: the catalogue's usual card", () => {
    expect(guestDecision(new ServerError('temporarily_unavailable', 'c', desc(90033)))).toEqual({ kind: 'other' });
    expect(guestDecision(new TypeError('Failed to fetch'))).toEqual({ kind: 'other' });
  });

  it('a token from any other directory is never a pass', () => {
    expect(isFromDirectory({ tenantId: DEV, idTokenClaims: { tid: DEV } }, DEV)).toBe(true);
    expect(isFromDirectory({ tenantId: DEV.toUpperCase(), idTokenClaims: {} }, DEV)).toBe(true);
    expect(isFromDirectory({ tenantId: HOME, idTokenClaims: { tid: HOME } }, DEV)).toBe(false);
    // the result's tenant and its id token must agree
    expect(isFromDirectory({ tenantId: DEV, idTokenClaims: { tid: HOME } }, DEV)).toBe(false);
    expect(guestDecision(new TokenFromOtherDirectoryError(HOME, DEV))).toEqual({
      kind: 'explained',
      key: 'guest-other-directory',
      actor: 'developer',
    });
  });

  it("the error that came back from the redirect to the developer's directory is that request's answer", () => {
    const back = refused(500213);
    expect(guestStatus({ isFetching: false, error: null, redirectError: back })).toEqual({
      asking: false,
      error: back,
      decision: { kind: 'explained', key: 'guest-inbound-blocked', actor: 'developer' },
    });
    expect(guestStatus({ isFetching: true, error: null, redirectError: back })).toEqual({
      asking: true,
      error: null,
      decision: undefined,
    });
    expect(guestStatus({ isFetching: false, error: null, redirectError: undefined }).error).toBeNull();
  });
});
