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
      'config.json: "digitalTwins.extra" is not a known key; expected one of hosting, caller, dataRole.',
      'config.json: "digitalTwins.hosting" is "developer"; expected "customer".',
      'config.json: "digitalTwins.dataRole" is missing (required, no default); expected "owner" or "reader".',
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
});
