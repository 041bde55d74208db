import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID, parseConfig } from './schema';

const origin = 'https://onboard.example.com';
const GUID = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

describe('config.json validation', () => {
  it('no clientId means demo mode with every default', () => {
    const result = parseConfig({}, origin);
    expect(result).toEqual({
      ok: true,
      config: {
        mode: 'demo',
        canGoLive: false,
        clientId: DEMO_CLIENT_ID,
        authority: 'https://login.microsoftonline.com/organizations',
        redirectUri: `${origin}/`,
        bridgeRedirectUri: `${origin}/redirect.html`,
        armEndpoint: 'https://management.azure.com',
        providerNamespace: 'Microsoft.IoTSpaces',
        digitalTwinsScope: 'https://digitaltwins.azure.net/.default',
        appName: 'Azure Digital Twins',
        returnUrl: undefined,
        allowedReturnOrigins: [],
      },
    });
  });

  it('a clientId means live mode; a sovereign cloud is kept', () => {
    const result = parseConfig({ clientId: GUID, authority: 'https://login.microsoftonline.us/organizations/', armEndpoint: 'https://management.usgovcloudapi.net/' }, origin);
    expect(result.ok && result.config).toMatchObject({
      mode: 'live',
      clientId: GUID,
      authority: 'https://login.microsoftonline.us/organizations',
      armEndpoint: 'https://management.usgovcloudapi.net',
    });
  });

  it('the user can choose the demo on a live deployment', () => {
    const result = parseConfig({ clientId: GUID }, origin, { forceDemo: true });
    expect(result.ok && result.config.mode).toBe('demo');
    expect(result.ok && result.config.clientId).toBe(DEMO_CLIENT_ID);
    expect(result.ok && result.config.canGoLive).toBe(true);
  });

  it.each([
    [{ clientId: 'abc' }, 'clientId', 'GUID'],
    [{ authority: 'http://login.microsoftonline.com/organizations' }, 'authority', 'https'],
    [{ authority: 'https://login.microsoftonline.com' }, 'authority', 'tenant'],
    [{ redirectUri: 'https://other.example.com/' }, 'redirectUri', origin],
    [{ armEndpoint: 'https://management.azure.com/subscriptions' }, 'armEndpoint', 'origin'],
    [{ providerNamespace: 'IoTSpaces' }, 'providerNamespace', 'Microsoft.DigitalTwins'],
    [{ digitalTwinsScope: 'digitaltwins' }, 'digitalTwinsScope', '.default'],
    [{ appName: 'x'.repeat(81) }, 'appName', '80'],
    [{ appName: 42 }, 'appName', 'string'],
    [{ returnUrl: 'https://evil.example.net/' }, 'returnUrl', 'allowedReturnOrigins'],
    [{ returnUrl: 'javascript:alert(1)' }, 'returnUrl', 'https'],
    [{ allowedReturnOrigins: ['http://app.contoso.com'] }, 'allowedReturnOrigins', 'https'],
    [{ returnUrl: 'http://app.contoso.com/x', allowedReturnOrigins: ['https://app.contoso.com'] }, 'returnUrl', 'https'],
    [{ clientID: GUID }, 'clientID', 'known keys'],
  ])('%j is refused, naming %s', (raw, key, expected) => {
    const result = parseConfig(raw, origin);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.key === key);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.expected).toContain(expected);
    expect(problem!.value).toEqual((raw as Record<string, unknown>)[key]);
  });

  it.each([
    ['authority', 'https://user:secret@login.microsoftonline.com/organizations', 'user name or password', 'https://user:***@login.microsoftonline.com/organizations'],
    ['authority', 'https://user@login.microsoftonline.com/organizations', 'user name or password', undefined],
    ['authority', 'https://@login.microsoftonline.com/organizations', 'user name or password', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations?domain_hint=contoso.com', 'query string', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations?', 'query string', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations#x', 'fragment', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations#', 'fragment', undefined],
    ['armEndpoint', 'https://admin:hunter2@management.azure.com', 'user name or password', 'https://admin:***@management.azure.com'],
    ['armEndpoint', 'https://:hunter2@management.azure.com', 'user name or password', 'https://:***@management.azure.com'],
    ['armEndpoint', 'https://management.azure.com/?api-version=2022-12-01', 'query string', undefined],
    ['armEndpoint', 'https://management.azure.com?', 'query string', undefined],
    ['armEndpoint', 'https://management.azure.com/#', 'fragment', undefined],
  ])('%s %s is refused for its %s, naming the key and never showing a password', (key, value, what, shown) => {
    const result = parseConfig({ clientId: GUID, [key]: value }, origin);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ key, value: shown ?? value });
    expect(result.problems[0]!.expected).toContain(`without a ${what}`);
    expect(JSON.stringify(result.problems)).not.toMatch(/secret|hunter2/);
  });

  it('returnUrl may go to an allow-listed origin', () => {
    const result = parseConfig({ returnUrl: 'https://app.contoso.com/start', allowedReturnOrigins: ['https://app.contoso.com'] }, origin);
    expect(result.ok && result.config.returnUrl).toBe('https://app.contoso.com/start');
  });

  it('reports every problem at once', () => {
    const result = parseConfig({ clientId: 'x', armEndpoint: 'ftp://x' }, origin);
    expect(result.ok === false && result.problems.map((p) => p.key)).toEqual(['clientId', 'armEndpoint']);
  });

  it('a file that is not an object is one problem', () => {
    expect(parseConfig([1], origin)).toMatchObject({ ok: false, problems: [{ key: '(file)' }] });
  });
});
