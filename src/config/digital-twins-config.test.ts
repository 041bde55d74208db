import { describe, expect, it } from 'vitest';
import { parseConfig } from './schema';

const origin = 'https://onboard.example.com';

function problemsOf(raw: Record<string, unknown>) {
  const result = parseConfig(raw, origin);
  return result.ok ? [] : result.problems.map((p) => ({ key: p.key, value: p.value, expected: p.expected }));
}

describe('config.json "digitalTwins"', () => {
  it('absent: nothing changes (no digitalTwins, the 2018 namespace)', () => {
    const result = parseConfig({}, origin);
    expect(result.ok && result.config.digitalTwins).toBeUndefined();
    expect(result.ok && result.config.providerNamespace).toBe('Microsoft.IoTSpaces');
  });

  it('a complete value is kept, and the namespace to register becomes Microsoft.DigitalTwins', () => {
    const result = parseConfig({ digitalTwins: { hosting: 'customer', caller: 'app', dataRole: 'reader' } }, origin);
    expect(result.ok && result.config.digitalTwins).toEqual({ hosting: 'customer', caller: 'app', dataRole: 'reader' });
    expect(result.ok && result.config.providerNamespace).toBe('Microsoft.DigitalTwins');
  });

  it('Microsoft.DigitalTwins set explicitly (any case) is accepted', () => {
    const result = parseConfig(
      {
        providerNamespace: 'microsoft.digitaltwins',
        digitalTwins: { hosting: 'customer', caller: 'users', dataRole: 'owner' },
      },
      origin,
    );
    expect(result.ok).toBe(true);
  });

  it('dataRole is required: no default', () => {
    expect(problemsOf({ digitalTwins: { hosting: 'customer', caller: 'users' } })).toEqual([
      expect.objectContaining({
        key: 'digitalTwins.dataRole',
        value: undefined,
        expected: expect.stringContaining('required'),
      }),
    ]);
  });

  it('each bad value is named with its own key path and the value found', () => {
    const problems = problemsOf({
      digitalTwins: { hosting: 'partner', caller: 'everyone', dataRole: 'Owner', colour: 'blue' },
    });
    expect(problems.map((p) => [p.key, p.value])).toEqual([
      ['digitalTwins.colour', 'blue'],
      ['digitalTwins.hosting', 'partner'],
      ['digitalTwins.caller', 'everyone'],
      ['digitalTwins.dataRole', 'Owner'],
    ]);
    expect(problems[1]!.expected).toContain('"customer"');
    expect(problems[2]!.expected).toContain('"users"');
    expect(problems[3]!.expected).toContain('"owner"');
  });

  it.each([null, 'customer', ['customer'], 42])('%j is not an object', (value) => {
    expect(problemsOf({ digitalTwins: value })).toEqual([
      expect.objectContaining({ key: 'digitalTwins', value, expected: expect.stringContaining('"hosting"') }),
    ]);
  });

  it('another namespace with digitalTwins is a contradiction, named', () => {
    expect(
      problemsOf({
        providerNamespace: 'Microsoft.IoTSpaces',
        digitalTwins: { hosting: 'customer', caller: 'users', dataRole: 'owner' },
      }),
    ).toEqual([
      expect.objectContaining({
        key: 'providerNamespace',
        value: 'Microsoft.IoTSpaces',
        expected: expect.stringContaining('Microsoft.DigitalTwins'),
      }),
    ]);
  });

  it('returnUrl may carry {instanceHostName}', () => {
    const result = parseConfig({ returnUrl: `${origin}/ready?host={instanceHostName}&t={tenantId}` }, origin);
    expect(result.ok).toBe(true);
  });
});

describe('config.json "digitalTwins" with the instance in the developer\'s directory', () => {
  const developer = {
    hosting: 'developer',
    hostName: 'proseware-twins.api.weu.digitaltwins.azure.net',
    tenantId: 'DDDDDDDD-0000-4000-8000-000000000001',
    dataRole: 'reader',
  };

  it('a complete value is kept (the GUID in lower case)', () => {
    const result = parseConfig({ digitalTwins: developer }, origin);
    expect(result.ok && result.config.digitalTwins).toEqual({
      hosting: 'developer',
      hostName: 'proseware-twins.api.weu.digitaltwins.azure.net',
      tenantId: 'dddddddd-0000-4000-8000-000000000001',
      dataRole: 'reader',
    });
  });

  it.each([
    [{ tenantId: 'contoso.onmicrosoft.com' }, 'digitalTwins.tenantId', 'GUID'],
    [{ tenantId: undefined }, 'digitalTwins.tenantId', 'GUID'],
    [
      { hostName: 'proseware.api.weu.digitaltwins.azure.net.evil.example' },
      'digitalTwins.hostName',
      '.digitaltwins.azure.net',
    ],
    [
      { hostName: 'https://proseware.api.weu.digitaltwins.azure.net' },
      'digitalTwins.hostName',
      '.digitaltwins.azure.net',
    ],
    [{ hostName: 'digitaltwins.azure.net' }, 'digitalTwins.hostName', '.digitaltwins.azure.net'],
    [{ hostName: 42 }, 'digitalTwins.hostName', '.digitaltwins.azure.net'],
    [{ dataRole: undefined }, 'digitalTwins.dataRole', 'required'],
  ])('%j is named with its key path', (change, key, expected) => {
    const problems = problemsOf({ digitalTwins: { ...developer, ...change } });
    expect(problems).toEqual([expect.objectContaining({ key, expected: expect.stringContaining(expected) })]);
  });

  it('"caller" is not asked for in this mode; the hosting word lists both modes', () => {
    expect(parseConfig({ digitalTwins: developer }, origin).ok).toBe(true);
    expect(problemsOf({ digitalTwins: { ...developer, hosting: 'partner' } })[0]).toMatchObject({
      key: 'digitalTwins.hosting',
      expected: expect.stringContaining('"developer"'),
    });
  });
});
