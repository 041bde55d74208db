import { describe, expect, it } from 'vitest';
import { REDACTED, redactExchange, redactUrl } from '../exchanges/redact';
import type { RawExchange } from '../exchanges/types';
import {
  APP,
  ARM_SCOPE,
  OIDC,
  REDIRECT,
  arm,
  authorizeUrl,
  body,
  interactiveSignIn,
  makeEmulator,
  pkce,
  redeem,
  redirectParams,
  type TokenBody,
} from '@twin-onboarding/emulator/testkit';
import { decodeClaims } from '@twin-onboarding/emulator';

/** A real sign-in against the emulator: the code, the verifier, the tokens and the exchanges that carried them. */
async function realSignIn() {
  const { emu } = makeEmulator('happy');
  const { verifier, challenge } = await pkce();
  const step = await interactiveSignIn(emu, emu.scenario.users[0]!.id, { challenge });
  if (step.kind !== 'redirect') throw new Error('no redirect');
  const code = redirectParams(step).get('code')!;
  const clientInfoCheck = redirectParams(step).get('client_info');
  const tokenRes = await redeem(emu, code, verifier, `${ARM_SCOPE} ${OIDC}`);
  const tokens = body<TokenBody>(tokenRes);
  const tokenRequestBody = new URLSearchParams({
    client_id: APP.clientId,
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: REDIRECT,
    scope: `${ARM_SCOPE} ${OIDC}`,
    client_info: '1',
  }).toString();
  const armRes = await arm(emu, '/subscriptions?api-version=2022-12-01', tokens.access_token, 'GET', {
    'x-ms-client-request-id': 'ours-1',
  });
  const secrets = [
    code,
    verifier,
    tokens.access_token,
    tokens.refresh_token!,
    tokens.id_token!,
    tokens.client_info,
    clientInfoCheck,
  ].filter((s): s is string => !!s && s.length > 8);
  const exchanges: RawExchange[] = [
    {
      at: 1,
      durationMs: 3,
      method: 'POST',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token?client-request-id=abc',
      status: tokenRes.status,
      requestHeaders: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8',
        Cookie: `session=${tokens.refresh_token}`,
      },
      requestBody: tokenRequestBody,
      responseHeaders: { ...tokenRes.headers, 'set-cookie': `x=${tokens.id_token}` },
      responseBody: tokenRes.body,
      claims: decodeClaims(tokens.access_token),
    },
    {
      at: 2,
      durationMs: 4,
      method: 'GET',
      url: 'https://management.azure.com/subscriptions?api-version=2022-12-01',
      status: armRes.status,
      requestHeaders: new Headers({
        authorization: `Bearer ${tokens.access_token}`,
        'x-ms-client-request-id': 'ours-1',
      }),
      responseHeaders: new Headers(armRes.headers),
      responseBody: armRes.body,
    },
    // The sign-in's answer, as a Location header would carry it.
    {
      at: 3,
      durationMs: 0,
      method: 'GET',
      url: authorizeUrl({ challenge }),
      status: 302,
      responseHeaders: { location: step.location },
    },
  ];
  return { exchanges, secrets, tokens };
}

describe('redactExchange', () => {
  it('lets no code, verifier, token, client_info, cookie or Authorization header through, from real exchanges', async () => {
    const { exchanges, secrets } = await realSignIn();
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    // The raw exchanges do carry them: the assertion below looks for strings that were there.
    expect(
      secrets.every((s) =>
        JSON.stringify(
          exchanges.map((e) => ({ ...e, requestHeaders: Object.fromEntries(new Headers(e.requestHeaders)) })),
        ).includes(s),
      ),
    ).toBe(true);
    const kept = JSON.stringify(exchanges.map((e, i) => redactExchange(e, i + 1)));
    for (const secret of secrets) expect(kept).not.toContain(secret);
    expect(kept).not.toMatch(/eyJ[\w-]{4,}\.[\w-]{4,}/);
    expect(kept.toLowerCase()).not.toMatch(/"authorization"|bearer|cookie/);
  });

  it('keeps what tells the story: form field names, story headers, the facts of the answer and four claims', async () => {
    const { exchanges } = await realSignIn();
    const token = redactExchange(exchanges[0]!, 1);
    expect(token.service).toBe('entra');
    expect(token.path).toBe('/organizations/oauth2/v2.0/token?client-request-id=abc');
    expect(Object.fromEntries(token.form!)).toMatchObject({
      grant_type: 'authorization_code',
      code: REDACTED,
      code_verifier: REDACTED,
      client_info: REDACTED,
    });
    expect(token.outcome.issued).toEqual(['access_token', 'id_token', 'refresh_token']);
    expect(Object.keys(token.claims!).sort()).toEqual(['aud', 'exp', 'scp', 'tid']);
    expect(token.claims!.aud).toBe('https://management.azure.com');

    const list = redactExchange(exchanges[1]!, 2);
    expect(list.service).toBe('arm');
    expect(list.requestHeaders).toEqual({ 'x-ms-client-request-id': 'ours-1' });
    expect(list.responseHeaders['x-ms-correlation-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(list.responseHeaders['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(list.outcome.items).toBe(2);
    expect(list.outcome.nextLink).toBe(true);

    const back = redactExchange(exchanges[2]!, 3);
    expect(back.responseHeaders.location).toMatch(/#code=\[redacted\]&client_info=\[redacted\]&state=/);
  });

  it("reads Entra's and ARM's error bodies down to their codes", () => {
    const entra = redactExchange(
      {
        at: 0,
        durationMs: 1,
        method: 'POST',
        url: 'https://login.microsoftonline.com/t/oauth2/v2.0/token',
        status: 400,
        responseBody: JSON.stringify({
          error: 'invalid_resource',
          error_description: 'AADSTS650052: The app needs access...',
          error_codes: [650052],
        }),
      },
      1,
    );
    expect(entra.outcome).toEqual({ error: 'invalid_resource', aadsts: 'AADSTS650052' });
    const armError = redactExchange(
      {
        at: 0,
        durationMs: 1,
        method: 'GET',
        url: 'https://management.azure.com/x',
        status: 401,
        responseBody: '{"error":{"code":"InvalidAuthenticationToken","message":"..."}}',
      },
      2,
    );
    expect(armError.outcome).toEqual({ error: 'InvalidAuthenticationToken' });
    expect(
      redactExchange(
        {
          at: 0,
          durationMs: 1,
          method: 'GET',
          url: 'https://management.azure.com/x',
          status: 200,
          responseBody: 'not json',
        },
        3,
      ).outcome,
    ).toEqual({});
  });

  it('redacts secret fields in a URL query and fragment, JWT-shaped strings anywhere, and keeps the rest', () => {
    const jwt = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl';
    expect(redactUrl(`https://app.example/?code=abc&state=s1#id_token=${jwt}&session_state=x`)).toBe(
      'https://app.example/?code=[redacted]&state=s1#id_token=[redacted]&session_state=[redacted]',
    );
    expect(redactUrl(`https://app.example/cb?note=${jwt}`)).toBe('https://app.example/cb?note=[redacted]');
    // Relative addresses (a Location header, a page of this site) keep their form and lose their secrets.
    expect(redactUrl(`/?code=abc&state=s1#id_token=${jwt}`)).toBe('/?code=[redacted]&state=s1#id_token=[redacted]');
    expect(redactUrl('/demo/sign-in?client_info=e30&code_verifier=v&scope=openid')).toBe(
      '/demo/sign-in?client_info=[redacted]&code_verifier=[redacted]&scope=openid',
    );
    expect(redactUrl('?refresh_token=r1')).toBe('?refresh_token=[redacted]');
    expect(redactUrl('#code=c1&state=s')).toBe('#code=[redacted]&state=s');
    expect(redactUrl('#opaque-fragment')).toBe(`#${REDACTED}`);
    expect(redactUrl('callback?code=c2')).toBe('callback?code=[redacted]');
    expect(redactUrl('//user:pw@app.example/cb?code=c3')).toBe('//app.example/cb?code=[redacted]');
    const relative = redactExchange(
      {
        at: 0,
        durationMs: 0,
        method: 'GET',
        url: '/?code=abc',
        status: 302,
        responseHeaders: { location: '/done?code=def' },
      },
      1,
    );
    expect([relative.url, relative.path, relative.host, relative.responseHeaders.location]).toEqual([
      '/?code=[redacted]',
      '/?code=[redacted]',
      '',
      '/done?code=[redacted]',
    ]);
    // Why no answer came is a code, never free text that could carry a secret.
    const entry = redactExchange(
      { at: 0, durationMs: 0, method: 'GET', url: 'https://management.azure.com/', status: 0, failure: 'no-answer' },
      1,
    );
    expect(entry.failure).toBe('no-answer');
  });
});
