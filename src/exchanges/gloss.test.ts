import { describe, expect, it } from 'vitest';
import { setupI18n } from '@lingui/core';
import { english } from '../i18n/i18n';
import { gloss as glossIn } from './gloss';
import { redactExchange } from './redact';
import type { Exchange, RawExchange } from './types';

/** The glosses in English, as the HAR file (and the English page) reads them. */
const gloss = (e: Exchange) => glossIn(e, english);

const ARM = 'https://management.azure.com';
const TOKEN = 'https://login.microsoftonline.com/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/oauth2/v2.0/token';
const SUB = '/subscriptions/11111111-2222-4333-8444-555555555555';

function say(raw: Partial<RawExchange> & Pick<RawExchange, 'method' | 'url' | 'status'>): string {
  return gloss(redactExchange({ at: 0, durationMs: 1, ...raw }, 1));
}

const form = (scope: string, grant = 'refresh_token') => ({
  requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
  requestBody: new URLSearchParams({ grant_type: grant, scope: `${scope} openid profile offline_access` }).toString(),
});

describe('gloss', () => {
  it('says what a register answer and a provider read mean', () => {
    expect(
      say({
        method: 'POST',
        url: `${ARM}${SUB}/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01`,
        status: 200,
        responseBody: '{"registrationState":"Registering"}',
      }),
    ).toBe('Azure accepted the registration of Microsoft.IoTSpaces; the provider is now Registering.');
    expect(
      say({
        method: 'GET',
        url: `${ARM}${SUB}/providers/Microsoft.IoTSpaces?api-version=2021-04-01`,
        status: 200,
        responseBody: '{"registrationState":"Registered"}',
      }),
    ).toBe('Microsoft.IoTSpaces is Registered on this subscription.');
  });

  it('names the wait Azure asked for, and the refusals', () => {
    expect(
      say({
        method: 'GET',
        url: `${ARM}/subscriptions?api-version=2022-12-01`,
        status: 429,
        responseHeaders: { 'retry-after': '4' },
      }),
    ).toBe('Azure throttled the portal (too many requests) and asked it to wait 4 sec (Retry-After).');
    expect(
      say({
        method: 'GET',
        url: `${ARM}/subscriptions`,
        status: 401,
        responseBody: '{"error":{"code":"InvalidAuthenticationToken"}}',
      }),
    ).toBe(
      'Azure refused the access token (401 InvalidAuthenticationToken): the portal gets a fresh one (InvalidAuthenticationToken).',
    );
    expect(say({ method: 'GET', url: `${ARM}/subscriptions`, status: 503 })).toMatch(/temporary problem \(503\)/);
    expect(say({ method: 'GET', url: `${ARM}/subscriptions`, status: 0, failure: 'no-answer' })).toBe(
      'No answer came back: the network gave none (offline, or the connection failed).',
    );
  });

  it('tells the claims challenge of ARM (401 RequestDisallowedByPolicy) from an Azure Policy refusal (403)', () => {
    const register = `${ARM}${SUB}/providers/Microsoft.IoTSpaces/register?api-version=2021-04-01`;
    const body = '{"error":{"code":"RequestDisallowedByPolicy"}}';
    expect(say({ method: 'POST', url: register, status: 401, responseBody: body })).toMatch(
      /^Azure asks for a stronger sign-in before this change/,
    );
    expect(say({ method: 'POST', url: register, status: 403, responseBody: body })).toBe(
      'Azure refused the request: 403 RequestDisallowedByPolicy.',
    );
  });

  it('counts a page of subscriptions', () => {
    expect(
      say({
        method: 'GET',
        url: `${ARM}/subscriptions?api-version=2022-12-01`,
        status: 200,
        responseBody: '{"value":[{},{}],"nextLink":"x"}',
      }),
    ).toBe('Azure listed 2 subscriptions, with more on the next page.');
  });

  it('explains the token endpoint: 650052 before registration, 65001 consent, issued for ARM and Digital Twins', () => {
    expect(
      say({
        method: 'POST',
        url: TOKEN,
        status: 400,
        ...form('https://digitaltwins.azure.net/.default'),
        responseBody: '{"error":"invalid_resource","error_codes":[650052]}',
      }),
    ).toBe(
      'Entra ID refused a token for Azure Digital Twins: Entra ID does not know Azure Digital Twins in this directory yet: its service principal is missing until the resource provider is registered (AADSTS650052).',
    );
    expect(
      say({
        method: 'POST',
        url: TOKEN,
        status: 400,
        ...form('https://digitaltwins.azure.net/.default'),
        responseBody: '{"error":"invalid_grant","error_codes":[65001]}',
      }),
    ).toMatch(/needs consent first: nobody has agreed to let the app use Azure Digital Twins yet \(AADSTS65001\)/);
    expect(
      say({
        method: 'POST',
        url: TOKEN,
        status: 200,
        ...form('https://management.azure.com/user_impersonation', 'authorization_code'),
        claims: { exp: Date.UTC(2026, 10, 26, 13, 5) / 1000 },
      }),
    ).toBe('Entra ID issued a token for Azure Resource Manager for the sign-in code, valid until 13:05 UTC.');
    expect(say({ method: 'POST', url: TOKEN, status: 200, ...form('https://digitaltwins.azure.net/.default') })).toBe(
      'Entra ID issued a token for Azure Digital Twins with the refresh token.',
    );
  });

  it("tells where Microsoft's sign-in and admin consent pages sent the browser back (demo), never the code", () => {
    const authorize = `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=c&scope=${encodeURIComponent('https://digitaltwins.azure.net/.default openid')}`;
    const code = 'one-time-code-0123456789';
    const signedIn = redactExchange(
      {
        at: 0,
        durationMs: 1,
        method: 'GET',
        url: authorize,
        status: 302,
        responseHeaders: { location: `https://onboard.example.com/#code=${code}&client_info=eyJ1aWQiOiJ4In0&state=s` },
      },
      1,
    );
    expect(gloss(signedIn)).toBe(
      'Entra ID’s sign-in page sent the browser back with a one-time sign-in code (never shown), which MSAL redeems at the token endpoint.',
    );
    expect(JSON.stringify(signedIn)).not.toContain(code);
    const declined = new URLSearchParams({
      error: 'access_denied',
      error_description: 'AADSTS65004: User declined to consent to access the app.',
      state: 's',
    });
    expect(
      say({
        method: 'GET',
        url: authorize,
        status: 302,
        responseHeaders: { location: `https://onboard.example.com/#${declined}` },
      }),
    ).toBe(
      'Entra ID’s sign-in page sent the browser back without a sign-in code: the person declined the permissions the app asked for (AADSTS65004, access_denied).',
    );
    const adminConsent = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=c';
    expect(
      say({
        method: 'GET',
        url: adminConsent,
        status: 302,
        responseHeaders: { location: 'https://onboard.example.com/?admin_consent=True&tenant=t' },
      }),
    ).toMatch(/^Entra ID’s admin consent page sent the browser back: an administrator granted/);
    expect(
      say({
        method: 'GET',
        url: adminConsent,
        status: 302,
        responseHeaders: { location: 'https://onboard.example.com/?admin_consent=True&error=access_denied' },
      }),
    ).toBe('Entra ID’s admin consent page sent the browser back without consent (access_denied).');
  });

  it('words what MSAL reported in live mode, without a status', () => {
    expect(
      say({
        kind: 'msal',
        method: 'POST',
        url: TOKEN,
        status: 0,
        scopes: ['https://management.azure.com/.default'],
        expiresOn: Date.UTC(2026, 10, 26, 14, 0),
      }),
    ).toBe('Entra ID issued a token for Azure Resource Manager, valid until 14:00 UTC.');
    expect(
      say({
        kind: 'msal',
        method: 'POST',
        url: TOKEN,
        status: 0,
        scopes: ['https://digitaltwins.azure.net/.default'],
        msalError: 'invalid_grant',
        aadsts: 'AADSTS650052',
      }),
    ).toMatch(/^Entra ID refused a token for Azure Digital Twins: .* \(AADSTS650052\)\.$/);
  });
});

describe('gloss in another language', () => {
  it('writes numbers and times as the language given writes them', () => {
    const german = setupI18n({ locale: 'de', messages: { de: {} } });
    const throttled = redactExchange(
      {
        at: 0,
        durationMs: 1,
        method: 'GET',
        url: `${ARM}/subscriptions`,
        status: 429,
        responseHeaders: { 'retry-after': '4' },
      },
      1,
    );
    expect(glossIn(throttled, german)).toContain('4 Sek.');
  });
});
