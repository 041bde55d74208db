import { describe, expect, it } from 'vitest';
import {
  MANDATORY_MFA_CLAIMS,
  claimsFromBody,
  claimsFromHeader,
  decodeClaims,
  isRepeatedChallenge,
  readClaimsChallenge,
  type StepUpRecord,
} from './claims-challenge';
import { createArmClient } from './arm-client';

const b64 = (text: string) => btoa(text);
const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const AUTH_CONTEXT = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const header = (claims: string) =>
  `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${claims}"`;
const mfaBody = JSON.stringify({
  error: { code: 'RequestDisallowedByPolicy', message: 'Resource was disallowed by policy. Reasons: MFA is required.' },
});

describe('reading ARM claims challenges', () => {
  it('reads the base64 claims of an insufficient_claims header: mandatory MFA asks for the p1 context', () => {
    const challenge = readClaimsChallenge(401, 'RequestDisallowedByPolicy', header(b64(MANDATORY_MFA_CLAIMS)), mfaBody);
    expect(challenge).toEqual({
      claims: MANDATORY_MFA_CLAIMS,
      source: 'header',
      kind: 'mandatory-mfa',
      contexts: ['p1'],
    });
  });

  it('tells a Conditional Access authentication context (c1…c99) from mandatory MFA', () => {
    expect(readClaimsChallenge(401, 'InvalidAuthenticationToken', header(b64(AUTH_CONTEXT)), '')).toMatchObject({
      kind: 'auth-context',
      contexts: ['c1'],
    });
    const cae = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    expect(readClaimsChallenge(401, 'InvalidAuthenticationToken', header(b64(cae)), '')).toMatchObject({
      kind: 'other',
      contexts: [],
    });
  });

  it('decodes URL-safe and unpadded base64 as well, and plain JSON', () => {
    expect(decodeClaims(b64url(AUTH_CONTEXT))).toBe(AUTH_CONTEXT);
    expect(decodeClaims(AUTH_CONTEXT)).toBe(AUTH_CONTEXT);
  });

  it('refuses malformed claims: not base64, not JSON, not an object', () => {
    expect(decodeClaims('%%%')).toBeUndefined();
    expect(decodeClaims(b64('not json'))).toBeUndefined();
    expect(decodeClaims(b64('[1,2]'))).toBeUndefined();
    expect(decodeClaims('a')).toBeUndefined();
    expect(claimsFromHeader(header('%%%'))).toBeUndefined();
  });

  it('needs error="insufficient_claims": an invalid_token challenge with a claims-looking part is not one', () => {
    expect(
      claimsFromHeader(
        `Bearer authorization_uri="https://login.microsoftonline.com/t", error="invalid_token", claims="${b64(AUTH_CONTEXT)}"`,
      ),
    ).toBeUndefined();
    expect(claimsFromHeader(null)).toBeUndefined();
  });

  it('without a readable header, takes the claims from the error body when it has them', () => {
    const body = JSON.stringify({
      error: { code: 'RequestDisallowedByPolicy', message: 'm', claims: b64(AUTH_CONTEXT) },
    });
    expect(readClaimsChallenge(401, 'RequestDisallowedByPolicy', null, body)).toMatchObject({
      claims: AUTH_CONTEXT,
      source: 'body',
      kind: 'auth-context',
    });
    expect(claimsFromBody(JSON.stringify({ claims: AUTH_CONTEXT }))).toBe(AUTH_CONTEXT);
    expect(claimsFromBody('<html>')).toBeUndefined();
  });

  it('with neither, a 401 RequestDisallowedByPolicy is taken as mandatory MFA; a malformed header falls back the same way', () => {
    expect(readClaimsChallenge(401, 'RequestDisallowedByPolicy', null, mfaBody)).toEqual({
      claims: MANDATORY_MFA_CLAIMS,
      source: 'assumed',
      kind: 'mandatory-mfa',
      contexts: ['p1'],
    });
    expect(readClaimsChallenge(401, 'RequestDisallowedByPolicy', header('not*base64'), mfaBody)?.source).toBe(
      'assumed',
    );
  });

  it('is never a challenge without a 401: a 403 RequestDisallowedByPolicy is Azure Policy refusing, not a sign-in matter', () => {
    expect(
      readClaimsChallenge(403, 'RequestDisallowedByPolicy', header(b64(MANDATORY_MFA_CLAIMS)), mfaBody),
    ).toBeUndefined();
    expect(readClaimsChallenge(401, 'InvalidAuthenticationToken', null, '')).toBeUndefined();
  });
});

const record = (over: Partial<StepUpRecord> = {}): StepUpRecord => ({
  tenantId: 't1',
  claims: MANDATORY_MFA_CLAIMS,
  operation: 'POST /subscriptions/s/providers/Microsoft.IoTSpaces/register',
  kind: 'mandatory-mfa',
  source: 'header',
  startedAt: 1,
  ...over,
});

describe('the no-loop rule', () => {
  it('a first challenge may be stepped up; the same challenge after a completed step-up may not', () => {
    expect(isRepeatedChallenge([], 't1', MANDATORY_MFA_CLAIMS)).toBe(false);
    expect(isRepeatedChallenge([record()], 't1', MANDATORY_MFA_CLAIMS)).toBe(false); // started, never came back
    expect(isRepeatedChallenge([record({ completedAt: 2 })], 't1', MANDATORY_MFA_CLAIMS)).toBe(true);
  });

  it('another directory, or other claims, is a new challenge; but never more than two step-ups in a directory', () => {
    expect(isRepeatedChallenge([record({ completedAt: 2 })], 't2', MANDATORY_MFA_CLAIMS)).toBe(false);
    expect(isRepeatedChallenge([record({ completedAt: 2 })], 't1', AUTH_CONTEXT)).toBe(false);
    const two = [record({ completedAt: 2 }), record({ claims: AUTH_CONTEXT, completedAt: 3 })];
    expect(isRepeatedChallenge(two, 't1', '{"access_token":{"acrs":{"essential":true,"value":"c2"}}}')).toBe(true);
  });
});

describe('ARM client and claims challenges', () => {
  function arm(replies: Array<{ status: number; body: unknown; headers?: Record<string, string> }>, repeated = false) {
    const tokens: boolean[] = [];
    let calls = 0;
    const client = createArmClient({
      endpoint: 'https://management.azure.com',
      fetch: (async () => {
        const reply = replies[calls++]!;
        return new Response(JSON.stringify(reply.body), { status: reply.status, headers: reply.headers });
      }) as typeof fetch,
      getToken: async ({ forceRefresh }) => {
        tokens.push(forceRefresh);
        return 'token';
      },
      isRepeatedChallenge: () => repeated,
      sleep: async () => {},
    });
    return { client, tokens, calls: () => calls };
  }

  it('throws a challenge at once: no refreshed token, no second send (a sign-in with the claims is what cures it)', async () => {
    const { client, tokens, calls } = arm([
      { status: 401, body: JSON.parse(mfaBody), headers: { 'www-authenticate': header(b64(MANDATORY_MFA_CLAIMS)) } },
    ]);
    const error = await client
      .request('POST', '/subscriptions/s/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 401,
      code: 'RequestDisallowedByPolicy',
      afterStepUp: false,
      claimsChallenge: { kind: 'mandatory-mfa' },
    });
    expect(calls()).toBe(1);
    expect(tokens).toEqual([false]);
  });

  it('marks the challenge repeated when the tab already stepped up for it', async () => {
    const { client } = arm([{ status: 401, body: JSON.parse(mfaBody) }], true);
    const error = await client.request('GET', '/subscriptions?api-version=2022-12-01').catch((e: unknown) => e);
    expect(error).toMatchObject({ afterStepUp: true, claimsChallenge: { source: 'assumed' } });
  });
});
