import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/schema.ts';
import { checkDeploy, DIGITAL_TWINS_VALUES, digitalTwinsProblems } from './check-deploy.mjs';

const swa = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8'));
const origin = 'https://onboard.example.com';

describe('check-deploy: the "digitalTwins" key', () => {
  it('absent or complete: no problem', () => {
    expect(digitalTwinsProblems({})).toEqual([]);
    expect(
      checkDeploy({ digitalTwins: { hosting: 'customer', caller: 'users', dataRole: 'owner' } }, swa).problems,
    ).toEqual([]);
  });

  it('names each bad value with its key path and what is expected', () => {
    const problems = checkDeploy({ digitalTwins: { hosting: 'developer', caller: 'app', extra: 1 } }, swa).problems;
    expect(problems).toEqual([
      'config.json: "digitalTwins.extra" is not a known key; expected one of hosting, caller, dataRole, tenantId, hostName.',
      'config.json: "digitalTwins.dataRole" is missing (required, no default); expected "owner" or "reader".',
      `config.json: "digitalTwins.tenantId" is missing; expected the instance's tenant ID, a GUID.`,
      'config.json: "digitalTwins.hostName" is missing; expected a host name ending in .digitaltwins.azure.net.',
    ]);
  });

  it('not an object, or another namespace beside it', () => {
    expect(digitalTwinsProblems({ digitalTwins: 'yes' })[0]).toContain('"digitalTwins" is "yes"');
    expect(
      digitalTwinsProblems({
        providerNamespace: 'Microsoft.IoTSpaces',
        digitalTwins: { hosting: 'customer', caller: 'app', dataRole: 'reader' },
      }),
    ).toEqual([
      'config.json: "providerNamespace" is "Microsoft.IoTSpaces"; with "digitalTwins" it must be "Microsoft.DigitalTwins" or absent.',
    ]);
  });

  it('accepts and refuses exactly what the portal does', () => {
    const values = [...Object.values(DIGITAL_TWINS_VALUES).flat(), 'developer', 'Owner', '', undefined];
    for (const hosting of values) {
      for (const caller of values) {
        for (const dataRole of values) {
          const config = { digitalTwins: { hosting, caller, dataRole } };
          expect(digitalTwinsProblems(config).length === 0).toBe(parseConfig(config, origin).ok);
        }
      }
    }
  });

  it("the developer's directory: its tenant ID and host name, as the portal checks them", () => {
    const tenants = ['5e7a9c1b-3d4f-4a6b-8c8d-0e1f2a3b4c5d', 'proseware.onmicrosoft.com', undefined];
    const hosts = [
      'p.api.weu.digitaltwins.azure.net',
      'p.digitaltwins.azure.net.example.com',
      'https://p.api.weu.digitaltwins.azure.net',
      undefined,
    ];
    for (const tenantId of tenants) {
      for (const hostName of hosts) {
        for (const caller of ['users', undefined]) {
          const config = { digitalTwins: { hosting: 'developer', tenantId, hostName, dataRole: 'reader', caller } };
          expect(digitalTwinsProblems(config).length === 0, JSON.stringify(config)).toBe(
            parseConfig(config, origin).ok,
          );
        }
      }
    }
    expect(
      digitalTwinsProblems({
        digitalTwins: { hosting: 'developer', tenantId: tenants[0], hostName: hosts[0], dataRole: 'owner' },
      }),
    ).toEqual([]);
  });
});
