import { describe, expect, it } from 'vitest';
import { buildHar } from '../exchanges/har';
import { redactExchange } from '../exchanges/redact';
import type { Exchange } from '../exchanges/types';
import {
  APP,
  ARM_SCOPE,
  OIDC,
  arm,
  body,
  makeEmulator,
  signedIn,
  tokenRequest,
  type TokenBody,
} from '@twin-onboarding/emulator/testkit';
import { decodeClaims } from '@twin-onboarding/emulator';

/** The fields HAR 1.2 requires (http://www.softwareishard.com/blog/har-12-spec/), as problems found; [] when valid. */
function harProblems(har: unknown): string[] {
  const problems: string[] = [];
  const need = (cond: boolean, what: string) => void (cond || problems.push(what));
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const headersOk = (v: unknown) =>
    Array.isArray(v) && v.every((h) => obj(h) && typeof h.name === 'string' && typeof h.value === 'string');
  if (!obj(har) || !obj(har.log)) return ['no log object'];
  const log = har.log;
  need(log.version === '1.2', 'log.version 1.2');
  need(
    obj(log.creator) && typeof log.creator.name === 'string' && typeof log.creator.version === 'string',
    'log.creator name and version',
  );
  need(Array.isArray(log.entries), 'log.entries');
  (Array.isArray(log.entries) ? log.entries : []).forEach((e: unknown, i) => {
    const at = `entries[${i}]`;
    if (!obj(e)) return void problems.push(`${at} not an object`);
    need(
      typeof e.startedDateTime === 'string' && !Number.isNaN(Date.parse(e.startedDateTime)),
      `${at}.startedDateTime ISO 8601`,
    );
    need(typeof e.time === 'number' && e.time >= 0, `${at}.time`);
    need(obj(e.cache), `${at}.cache`);
    const t = e.timings;
    need(
      obj(t) && ['send', 'wait', 'receive'].every((k) => typeof t[k] === 'number'),
      `${at}.timings send/wait/receive`,
    );
    const req = e.request;
    need(
      obj(req) &&
        typeof req.method === 'string' &&
        typeof req.url === 'string' &&
        typeof req.httpVersion === 'string' &&
        Array.isArray(req.cookies) &&
        headersOk(req.headers) &&
        headersOk(req.queryString) &&
        typeof req.headersSize === 'number' &&
        typeof req.bodySize === 'number',
      `${at}.request fields`,
    );
    if (obj(req) && req.postData !== undefined)
      need(
        obj(req.postData) && typeof req.postData.mimeType === 'string' && typeof req.postData.text === 'string',
        `${at}.request.postData`,
      );
    const res = e.response;
    need(
      obj(res) &&
        typeof res.status === 'number' &&
        typeof res.statusText === 'string' &&
        typeof res.httpVersion === 'string' &&
        Array.isArray(res.cookies) &&
        headersOk(res.headers) &&
        obj(res.content) &&
        typeof res.content.size === 'number' &&
        typeof res.content.mimeType === 'string' &&
        typeof res.redirectURL === 'string' &&
        typeof res.headersSize === 'number' &&
        typeof res.bodySize === 'number',
      `${at}.response fields`,
    );
  });
  return problems;
}

describe('buildHar', () => {
  it('builds a valid HAR 1.2 from real exchanges, with no issued token in it', async () => {
    const { emu } = makeEmulator('happy');
    const tokens = await signedIn(emu, emu.scenario.users[0]!.id);
    const refreshed = await tokenRequest(emu, {
      client_id: APP.clientId,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      scope: `${ARM_SCOPE} ${OIDC}`,
      client_info: '1',
    });
    const again = body<TokenBody>(refreshed);
    const list = await arm(emu, '/subscriptions?api-version=2022-12-01', again.access_token);
    const entries: Exchange[] = [
      redactExchange(
        {
          at: Date.UTC(2026, 10, 26, 12),
          durationMs: 12.4,
          method: 'POST',
          url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
          status: 200,
          requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
          requestBody: new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: tokens.refresh_token!,
            client_info: '1',
          }).toString(),
          responseHeaders: refreshed.headers,
          responseBody: refreshed.body,
          claims: decodeClaims(again.access_token),
        },
        1,
      ),
      redactExchange(
        {
          at: Date.UTC(2026, 10, 26, 12, 0, 1),
          durationMs: 30,
          method: 'GET',
          url: 'https://management.azure.com/subscriptions?api-version=2022-12-01',
          status: list.status,
          requestHeaders: { authorization: `Bearer ${again.access_token}` },
          responseHeaders: list.headers,
          responseBody: list.body,
        },
        2,
      ),
      redactExchange(
        {
          kind: 'msal',
          at: 0,
          durationMs: 0,
          method: 'POST',
          url: 'https://login.microsoftonline.com/x/oauth2/v2.0/token',
          status: 0,
        },
        3,
      ),
    ];
    const har = buildHar(entries, { name: 'Twin Onboarding', version: '1' }, true);
    const text = JSON.stringify(har);
    expect(harProblems(JSON.parse(text))).toEqual([]);
    expect(har.log.entries).toHaveLength(2); // MSAL's reports are not HTTP exchanges
    expect(har.log.entries[0]!.request.postData!.params).toContainEqual({ name: 'refresh_token', value: '[redacted]' });
    expect(har.log.entries[1]!.request.queryString).toEqual([{ name: 'api-version', value: '2022-12-01' }]);
    expect(har.log.entries[1]!.comment).toMatch(/Azure listed 2 subscriptions/);
    for (const token of [
      tokens.access_token,
      tokens.refresh_token!,
      tokens.id_token!,
      again.access_token,
      again.refresh_token!,
    ]) {
      expect(text).not.toContain(token);
      const payload = token.split('.')[1];
      if (payload && payload.length >= 16) expect(text).not.toContain(payload);
    }
  });

  it('the validator finds a missing field (it can fail)', () => {
    const har = buildHar(
      [redactExchange({ at: 0, durationMs: 1, method: 'GET', url: 'https://management.azure.com/x', status: 200 }, 1)],
      { name: 'x', version: '1' },
      false,
    );
    const broken = JSON.parse(JSON.stringify(har)) as {
      log: { entries: Array<{ response: Record<string, unknown> }> };
    };
    delete broken.log.entries[0]!.response.redirectURL;
    expect(harProblems(broken)).toEqual(['entries[0].response fields']);
  });
});
