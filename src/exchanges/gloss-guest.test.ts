import { describe, expect, it } from 'vitest';
import { english } from '../i18n/i18n';
import { gloss } from './gloss';
import { redactExchange } from './redact';
import type { RawExchange } from './types';

const DEV = '5e7a9c1b-3d4f-4a6b-8c8d-0e1f2a3b4c5d';
const say = (raw: Partial<RawExchange> & Pick<RawExchange, 'method' | 'url' | 'status'>) =>
  gloss(redactExchange({ at: 0, durationMs: 1, ...raw }, 1), english);
const refused = (code: number) =>
  say({
    method: 'POST',
    url: `https://login.microsoftonline.com/${DEV}/oauth2/v2.0/token`,
    status: 400,
    requestBody:
      'grant_type=refresh_token&scope=https%3A%2F%2Fdigitaltwins.azure.net%2F.default+openid&refresh_token=x',
    responseBody: JSON.stringify({
      error: code === 50020 ? 'invalid_grant' : 'invalid_request',
      error_description: `AADSTS${code}: text`,
      error_codes: [code],
    }),
  });

describe("glosses of a guest's token request in the developer's directory", () => {
  it.each([
    [500212, 'outbound cross-tenant access settings'],
    [500213, 'inbound cross-tenant access settings'],
    [500021, 'tenant restrictions'],
    [53000, 'compliant device'],
    [53003, 'blocked the request'],
    [50020, 'not a member of this directory'],
  ])('AADSTS%i says why, in words', (code, words) => {
    const text = refused(code);
    expect(text).toMatch(
      new RegExp(`^Entra ID refused a token for Azure Digital Twins: .*${words}.*\\(AADSTS${code}\\)\\.$`),
    );
  });
});
