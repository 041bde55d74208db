import { describe, expect, it } from 'vitest';
import { contrastRatio, DEMO_APP, DEMO_CLIENT_ID, formatRatio, parseConfig, parseHexColor } from './schema';

const origin = 'https://onboard.example.com';
const GUID = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
/** A live deployment: only live mode hands off to returnUrl. */
const LIVE = { clientId: GUID, appName: 'Contoso Twins' };

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
    const result = parseConfig(
      {
        clientId: GUID,
        appName: 'Contoso Twins',
        authority: 'https://login.microsoftonline.us/organizations/',
        armEndpoint: 'https://management.usgovcloudapi.net/',
      },
      origin,
    );
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

  it("a demo run hands nothing to the developer's returnUrl: its directory and subscription are made up", () => {
    const live = {
      clientId: GUID,
      appName: 'Contoso Twins',
      returnUrl: 'https://app.contoso.com/ready?tenant={tenantId}',
      allowedReturnOrigins: ['https://app.contoso.com'],
    };
    const chosen = parseConfig(live, origin, { forceDemo: true });
    expect(chosen.ok && chosen.config.mode).toBe('demo');
    expect(chosen.ok && chosen.config.returnUrl).toBeUndefined();
    // A demo-only deployment that names one does not hand off either; live mode does.
    const demoOnly = parseConfig({ returnUrl: `${origin}/done` }, origin);
    expect(demoOnly.ok && demoOnly.config.returnUrl).toBeUndefined();
    const real = parseConfig(live, origin);
    expect(real.ok && real.config.returnUrl).toBe(live.returnUrl);
    // Still validated in a demo: a bad one is a configuration problem of the deployment, whichever mode is shown.
    const bad = parseConfig({ ...live, returnUrl: 'https://evil.example/' }, origin, { forceDemo: true });
    expect(bad.ok).toBe(false);
  });

  it('the demo consents to a made-up product of a made-up developer, never to Microsoft', () => {
    const result = parseConfig({}, origin);
    expect(result.ok && result.config.appName).toBe(DEMO_APP.name);
    expect(DEMO_APP.name).not.toMatch(/Azure|Microsoft/);
    expect(DEMO_APP.publisher).not.toMatch(/Azure|Microsoft/);
  });

  it('live mode needs appName: a missing one is named', () => {
    const result = parseConfig({ clientId: GUID }, origin);
    expect(result).toEqual({
      ok: false,
      problems: [{ key: 'appName', value: undefined, expected: expect.stringContaining('required with a clientId') }],
    });
    // Named once, even when it is there but of the wrong type.
    const wrongType = parseConfig({ clientId: GUID, appName: 7 }, origin);
    expect(wrongType.ok === false && wrongType.problems).toEqual([{ key: 'appName', value: 7, expected: 'a string' }]);
  });

  it('branding keys are kept', () => {
    const result = parseConfig(
      {
        clientId: GUID,
        appName: 'Contoso Twins',
        logoUrl: '/branding/logo.svg?v=2',
        accentColor: '#5C2E91',
        supportContact: 'mailto:twins@contoso.com',
      },
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
    expect(result.ok === false && result.problems).toEqual([
      { key: 'logoUrl', value: logoUrl, expected: expect.stringContaining('a path on this site') },
    ]);
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
    for (const bad of ['36c', '#36', '#3366cc0', '#ggg', 'blue', 'rgb(0,0,0)'])
      expect(parseHexColor(bad)).toBeUndefined();
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });

  it('an accent colour too light for white text is refused with the measured ratio', () => {
    const light = parseConfig({ accentColor: '#777777' }, origin);
    expect(light.ok === false && light.problems).toEqual([
      { key: 'accentColor', value: '#777777', expected: expect.stringContaining('contrast of 4.47:1, needs 4.5:1') },
    ]);
    const yellow = parseConfig({ accentColor: '#ffb900' }, origin);
    expect(yellow.ok === false && yellow.problems[0]!.expected).toContain('contrast of 1.72:1, needs 4.5:1');
    expect(parseConfig({ accentColor: '#767676' }, origin)).toMatchObject({
      ok: true,
      config: { accentColor: '#767676' },
    });
    const notHex = parseConfig({ accentColor: 'rebeccapurple' }, origin);
    expect(notHex.ok === false && notHex.problems[0]).toMatchObject({
      key: 'accentColor',
      expected: expect.stringContaining('hex colour'),
    });
  });

  it.each([
    'http://contoso.com/support',
    'mailto:',
    'mailto:support',
    'mailto:a@b.com,c@d.com',
    'javascript:alert(1)',
    'support@contoso.com',
    'https://user:pw@contoso.com/',
    'tel:+15555550100',
  ])('supportContact %j is refused', (supportContact) => {
    const result = parseConfig({ supportContact }, origin);
    expect(result.ok === false && result.problems).toEqual([
      { key: 'supportContact', value: supportContact, expected: expect.stringContaining('mailto:') },
    ]);
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
    [
      { returnUrl: 'http://app.contoso.com/x', allowedReturnOrigins: ['https://app.contoso.com'] },
      'returnUrl',
      'https',
    ],
    [{ clientID: GUID }, 'clientID', 'known keys'],
    // A placeholder may not stand where it would choose the site, even on an allowed origin.
    [
      { returnUrl: 'https://{tenantId}.contoso.com/', allowedReturnOrigins: ['https://app.contoso.com'] },
      'returnUrl',
      '{tenantId}',
    ],
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
    [
      'authority',
      'https://user:secret@login.microsoftonline.com/organizations',
      'user name or password',
      'https://user:***@login.microsoftonline.com/organizations',
    ],
    ['authority', 'https://user@login.microsoftonline.com/organizations', 'user name or password', undefined],
    ['authority', 'https://@login.microsoftonline.com/organizations', 'user name or password', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations?domain_hint=contoso.com', 'query string', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations?', 'query string', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations#x', 'fragment', undefined],
    ['authority', 'https://login.microsoftonline.com/organizations#', 'fragment', undefined],
    [
      'armEndpoint',
      'https://admin:hunter2@management.azure.com',
      'user name or password',
      'https://admin:***@management.azure.com',
    ],
    [
      'armEndpoint',
      'https://:hunter2@management.azure.com',
      'user name or password',
      'https://:***@management.azure.com',
    ],
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
    const result = parseConfig(
      { ...LIVE, returnUrl: 'https://app.contoso.com/start', allowedReturnOrigins: ['https://app.contoso.com'] },
      origin,
    );
    expect(result.ok && result.config.returnUrl).toBe('https://app.contoso.com/start');
  });

  it('returnUrl keeps its placeholders as written, on this site or an allowed one', () => {
    const own = parseConfig({ ...LIVE, returnUrl: `${origin}/ready/{tenantId}?subscription={subscriptionId}` }, origin);
    expect(own.ok && own.config.returnUrl).toBe(`${origin}/ready/{tenantId}?subscription={subscriptionId}`);
    const other = parseConfig(
      { ...LIVE, returnUrl: 'https://app.contoso.com/#{tenantId}', allowedReturnOrigins: ['https://app.contoso.com'] },
      origin,
    );
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

describe('authority and armEndpoint: the known clouds, or allowCustomCloud', () => {
  const live = (extra: Record<string, unknown>) => parseConfig({ ...LIVE, ...extra }, origin);
  const problems = (extra: Record<string, unknown>) => {
    const result = live(extra);
    return result.ok ? [] : result.problems.map((p) => ({ key: p.key, value: p.value, expected: p.expected }));
  };

  it.each([
    ['https://login.microsoftonline.com/organizations', 'https://management.azure.com'],
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com', 'https://management.azure.com/'],
    ['https://login.microsoftonline.us/organizations', 'https://management.usgovcloudapi.net'],
    ['https://login.chinacloudapi.cn/organizations', 'https://management.chinacloudapi.cn'],
    ['https://login.partner.microsoftonline.cn/organizations', 'https://management.chinacloudapi.cn'],
    ['https://LOGIN.microsoftonline.com/organizations', 'https://Management.Azure.com'],
  ])('%s with %s is a known pair', (authority, armEndpoint) => {
    expect(problems({ authority, armEndpoint })).toEqual([]);
  });

  it('a sign-in host of no known cloud is named, with the hosts that are known and the way out', () => {
    for (const authority of [
      'https://login.microsoftonline.com.evil.example/organizations',
      'https://login.evil.example/organizations',
      'https://login.microsoftonline.com:8443/organizations',
    ]) {
      expect(problems({ authority })).toEqual([
        {
          key: 'authority',
          value: authority,
          expected: expect.stringMatching(
            /^a sign-in host of a cloud this portal knows \(login\.microsoftonline\.com, login\.microsoftonline\.us, .*\), or "allowCustomCloud": true in config\.json for another cloud$/,
          ),
        },
      ]);
    }
  });

  it("an ARM endpoint of another cloud, or of none, is named with the one the authority's cloud uses", () => {
    expect(problems({ authority: 'https://login.microsoftonline.us/organizations' })).toEqual([
      {
        key: 'armEndpoint',
        value: 'https://management.azure.com',
        expected: expect.stringContaining(
          'https://management.usgovcloudapi.net, the Azure Resource Manager of Azure Government',
        ),
      },
    ]);
    expect(problems({ armEndpoint: 'https://management.azure.com.evil.example' })).toEqual([
      {
        key: 'armEndpoint',
        value: 'https://management.azure.com.evil.example',
        expected: expect.stringContaining('https://management.azure.com, the Azure Resource Manager of Azure'),
      },
    ]);
  });

  it('"allowCustomCloud": true lets any https pair through (the CSP must still allow it); anything but a boolean is refused', () => {
    const custom = {
      authority: 'https://login.sovereign.example/organizations',
      armEndpoint: 'https://arm.sovereign.example',
      allowCustomCloud: true,
    };
    const result = live(custom);
    expect(result.ok && [result.config.authority, result.config.armEndpoint]).toEqual([
      'https://login.sovereign.example/organizations',
      'https://arm.sovereign.example',
    ]);
    // Still an https URL of the right shape.
    expect(problems({ ...custom, armEndpoint: 'http://arm.sovereign.example' }).map((p) => p.key)).toEqual([
      'armEndpoint',
    ]);
    expect(problems({ ...custom, allowCustomCloud: false }).map((p) => p.key)).toEqual(['authority']);
    expect(problems({ allowCustomCloud: 'yes' })).toEqual([
      { key: 'allowCustomCloud', value: 'yes', expected: expect.stringContaining('true or false') },
    ]);
    // Demo mode ignores the configured cloud, but a file that breaks the rule is still the deployment's problem.
    expect(
      parseConfig({ ...LIVE, authority: 'https://login.evil.example/organizations' }, origin, { forceDemo: true }).ok,
    ).toBe(false);
  });
});
