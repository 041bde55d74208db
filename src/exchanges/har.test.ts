import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { buildHar } from './har';
import { redactExchange } from './redact';

describe('buildHar', () => {
  afterEach(() => i18n.activate('en'));

  it('keeps the glosses in English whatever the page speaks: the file is for support', () => {
    i18n.load('de', {});
    i18n.activate('de');
    const throttled = redactExchange(
      {
        at: 0,
        durationMs: 1,
        method: 'GET',
        url: 'https://management.azure.com/subscriptions',
        status: 429,
        responseHeaders: { 'retry-after': '4' },
      },
      1,
    );
    const har = buildHar([throttled], { name: 'Twin Onboarding', version: '1' }, true);
    expect(har.log.entries[0]?.comment).toBe(
      'Azure throttled the portal (too many requests) and asked it to wait 4 sec (Retry-After).',
    );
  });

  it('holds no sign-in name or session id: login_hint, X-AnchorMailbox, session_state, sid, logout_hint', () => {
    const upn = 'ada.admin@contoso.onmicrosoft.com';
    const session = '3f8e2c1a-5b7d-4e9f-a1c3-d5e7f9b1c3e5';
    const sid = '00aa11bb-22cc-33dd-44ee-55ff66aa77bb';
    const exchanges = [
      // The authorize request MSAL builds for a known account, and Entra ID's answer back to the portal.
      redactExchange(
        {
          at: 0,
          durationMs: 5,
          method: 'GET',
          url: `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=c&login_hint=${encodeURIComponent(upn)}&X-AnchorMailbox=UPN%3A${encodeURIComponent(upn)}&state=s`,
          status: 302,
          responseHeaders: {
            location: `https://portal.example/#code=c1&client_info=e30&state=s&session_state=${session}&sid=${sid}`,
          },
        },
        1,
      ),
      // The token request: the anchor as a header (not on the allow-list) and, in some MSAL versions, a form field.
      redactExchange(
        {
          at: 1,
          durationMs: 5,
          method: 'POST',
          url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
          status: 200,
          requestHeaders: {
            'content-type': 'application/x-www-form-urlencoded',
            'X-AnchorMailbox': `Oid:${sid}@${session}`,
          },
          requestBody: `grant_type=refresh_token&x-anchormailbox=${encodeURIComponent(`UPN:${upn}`)}&scope=openid`,
        },
        2,
      ),
      redactExchange(
        { at: 2, durationMs: 1, method: 'GET', url: `/logout?logout_hint=${encodeURIComponent(upn)}`, status: 302 },
        3,
      ),
    ];
    const har = JSON.stringify(buildHar(exchanges, { name: 'Twin Onboarding', version: '1' }, false));
    for (const personal of [upn, encodeURIComponent(upn), session, sid]) expect(har).not.toContain(personal);
    // What tells the story stays: which request, its state, that an answer came.
    const [authorize, token] = JSON.parse(har).log.entries as Array<{
      request: { queryString: Array<{ name: string; value: string }>; headers: Array<{ name: string }> };
    }>;
    expect(authorize!.request.queryString).toContainEqual({ name: 'login_hint', value: '[redacted]' });
    expect(authorize!.request.queryString).toContainEqual({ name: 'state', value: 's' });
    expect(token!.request.headers.map((h) => h.name.toLowerCase())).not.toContain('x-anchormailbox');
  });
});
