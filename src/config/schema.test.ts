import { describe, expect, it } from 'vitest';
import { contrastRatio, DEMO_APP, DEMO_CLIENT_ID, formatRatio, parseConfig, parseHexColor } from './schema';

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
        appName: 'Proseware Twin Studio',
        logoUrl: undefined,
        accentColor: undefined,
        supportContact: undefined,
        returnUrl: undefined,
        allowedReturnOrigins: [],
      },
    });
  });

  it('a clientId means live mode; a sovereign cloud is kept', () => {
    const result = parseConfig({ clientId: GUID, appName: 'Contoso Twins', authority: 'https://login.microsoftonline.us/organizations/', armEndpoint: 'https://management.usgovcloudapi.net/' }, origin);
    expect(result.ok && result.config).toMatchObject({
      mode: 'live',
      clientId: GUID,
      authority: 'https://login.microsoftonline.us/organizations',
      armEndpoint: 'https://management.usgovcloudapi.net',
    });
  });

  it('the user can choose the demo on a live deployment', () => {
    const result = parseConfig({ clientId: GUID, appName: 'Contoso Twins' }, origin, { forceDemo: true });
    expect(result.ok && result.config.mode).toBe('demo');
    expect(result.ok && result.config.clientId).toBe(DEMO_CLIENT_ID);
    expect(result.ok && result.config.canGoLive).toBe(true);
    // The deployment's product, not the demo's made-up one.
    expect(result.ok && result.config.appName).toBe('Contoso Twins');
  });

  it('the demo consents to a made-up product of a made-up developer, never to Microsoft', () => {
    const result = parseConfig({}, origin);
    expect(result.ok && result.config.appName).toBe(DEMO_APP.name);
    expect(DEMO_APP.name).not.toMatch(/Azure|Microsoft/);
    expect(DEMO_APP.publisher).not.toMatch(/Azure|Microsoft/);
  });

  it('live mode needs appName: a missing one is named', () => {
    const result = parseConfig({ clientId: GUID }, origin);
    expect(result).toEqual({ ok: false, problems: [{ key: 'appName', value: undefined, expected: expect.stringContaining('required with a clientId') }] });
    // Named once, even when it is there but of the wrong type.
    const wrongType = parseConfig({ clientId: GUID, appName: 7 }, origin);
    expect(wrongType.ok === false && wrongType.problems).toEqual([{ key: 'appName', value: 7, expected: 'a string' }]);
  });

  it('branding keys are kept', () => {
    const result = parseConfig(
      { clientId: GUID, appName: 'Contoso Twins', logoUrl: '/branding/logo.svg?v=2', accentColor: '#5C2E91', supportContact: 'mailto:twins@contoso.com' },
      origin,
    );
    expect(result.ok && result.config).toMatchObject({
      logoUrl: '/branding/logo.svg?v=2',
      accentColor: '#5c2e91',
      supportContact: 'mailto:twins@contoso.com',
    });
    expect(parseConfig({ supportContact: 'https://contoso.com/twins/support' }, origin)).toMatchObject({ ok: true });
  });

  it.each([
    'https://cdn.example.com/logo.svg',
    '//cdn.example.com/logo.svg',
    '/\\cdn.example.com/logo.svg',
    '\\cdn.example.com/logo.svg',
    'logo.svg',
    'data:image/svg+xml,<svg/>',
    'javascript:alert(1)',
    '/branding/../../etc/passwd',
    '/branding/%2e%2e/secret.svg',
    '/branding/%2E%2E%2Fsecret.svg',
    '/branding/./logo.svg',
    '/branding/logo .svg',
    '/branding/\tlogo.svg',
    '/%zz.svg',
  ])('logoUrl %j is refused: not a path on this site', (logoUrl) => {
    const result = parseConfig({ logoUrl }, origin);
    expect(result.ok === false && result.problems).toEqual([{ key: 'logoUrl', value: logoUrl, expected: expect.stringContaining('a path on this site') }]);
  });

  it('contrast ratios match known values', () => {
    const white: [number, number, number] = [255, 255, 255];
    expect(contrastRatio(white, [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    // Fluent's brand blue, this portal's own primary colour.
    expect(contrastRatio(white, parseHexColor('#0f6cbd')!)).toBeCloseTo(5.38, 2);
    // The classic pair: #767676 is the lightest grey that passes on white, #777777 fails.
    expect(contrastRatio(white, parseHexColor('#767676')!)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(white, parseHexColor('#777777')!)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHexColor('#777777')!, white)).toBe(contrastRatio(white, parseHexColor('#777777')!));
    expect(parseHexColor('#36c')).toEqual([0x33, 0x66, 0xcc]);
    expect(parseHexColor('#3366CC')).toEqual([0x33, 0x66, 0xcc]);
    for (const bad of ['36c', '#36', '#3366cc0', '#ggg', 'blue', 'rgb(0,0,0)']) expect(parseHexColor(bad)).toBeUndefined();
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });

  it('an accent colour too light for white text is refused with the measured ratio', () => {
    const light = parseConfig({ accentColor: '#777777' }, origin);
    expect(light.ok === false && light.problems).toEqual([
      { key: 'accentColor', value: '#777777', expected: expect.stringContaining('contrast of 4.47:1, needs 4.5:1') },
    ]);
    const yellow = parseConfig({ accentColor: '#ffb900' }, origin);
    expect(yellow.ok === false && yellow.problems[0]!.expected).toContain('contrast of 1.72:1, needs 4.5:1');
    expect(parseConfig({ accentColor: '#767676' }, origin)).toMatchObject({ ok: true, config: { accentColor: '#767676' } });
    const notHex = parseConfig({ accentColor: 'rebeccapurple' }, origin);
    expect(notHex.ok === false && notHex.problems[0]).toMatchObject({ key: 'accentColor', expected: expect.stringContaining('hex colour') });
  });

  it.each(['http://contoso.com/support', 'mailto:', 'mailto:support', 'mailto:a@b.com,c@d.com', 'javascript:alert(1)', 'support@contoso.com', 'https://user:pw@contoso.com/', 'tel:+15555550100'])(
    'supportContact %j is refused',
    (supportContact) => {
      const result = parseConfig({ supportContact }, origin);
      expect(result.ok === false && result.problems).toEqual([{ key: 'supportContact', value: supportContact, expected: expect.stringContaining('mailto:') }]);
    },
  );

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
    // A placeholder may not stand where it would choose the site, even on an allowed origin.
    [{ returnUrl: 'https://{tenantId}.contoso.com/', allowedReturnOrigins: ['https://app.contoso.com'] }, 'returnUrl', '{tenantId}'],
    [{ returnUrl: `${origin}:{subscriptionId}/` }, 'returnUrl', '{tenantId}'],
    [{ returnUrl: `${origin}/{tenant}` }, 'returnUrl', '{tenantId}'],
    // Parsed as is, these would pass for this site: the placeholder check is what refuses them.
    [{ returnUrl: origin.replace('//', '//{tenantId}@') + '/' }, 'returnUrl', '{tenantId}'],
    [{ returnUrl: `${origin}/{tenantId` }, 'returnUrl', '{tenantId}'],
    [{ returnUrl: 'https://evil.example.net/?t={tenantId}' }, 'returnUrl', 'allowedReturnOrigins'],
    // This site's name as a user name before another host, and an address without a scheme.
    [{ returnUrl: `${origin}@evil.example.net/` }, 'returnUrl', 'allowedReturnOrigins'],
    [{ returnUrl: '//evil.example.net/' }, 'returnUrl', 'https'],
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
    const result = parseConfig({ clientId: GUID, appName: 'Contoso Twins', [key]: value }, origin);
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

  it('returnUrl keeps its placeholders as written, on this site or an allowed one', () => {
    const own = parseConfig({ returnUrl: `${origin}/ready/{tenantId}?subscription={subscriptionId}` }, origin);
    expect(own.ok && own.config.returnUrl).toBe(`${origin}/ready/{tenantId}?subscription={subscriptionId}`);
    const other = parseConfig({ returnUrl: 'https://app.contoso.com/#{tenantId}', allowedReturnOrigins: ['https://app.contoso.com'] }, origin);
    expect(other.ok && other.config.returnUrl).toBe('https://app.contoso.com/#{tenantId}');
  });

  it('reports every problem at once', () => {
    const result = parseConfig({ clientId: 'x', armEndpoint: 'ftp://x' }, origin);
    expect(result.ok === false && result.problems.map((p) => p.key)).toEqual(['clientId', 'armEndpoint', 'appName']);
  });

  it('a file that is not an object is one problem', () => {
    expect(parseConfig([1], origin)).toMatchObject({ ok: false, problems: [{ key: '(file)' }] });
  });
});
