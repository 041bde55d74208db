import { describe, expect, it } from 'vitest';
import { english } from '../i18n/i18n';
import { gloss } from './gloss';
import { redactExchange } from './redact';
import type { RawExchange } from './types';

const ARM = 'https://management.azure.com';
const INSTANCE =
  '/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg/providers/Microsoft.DigitalTwins/digitalTwinsInstances/twins';
const say = (raw: Partial<RawExchange> & Pick<RawExchange, 'method' | 'url' | 'status'>) =>
  gloss(redactExchange({ at: 0, durationMs: 1, ...raw }, 1), english);

describe("glosses of today's Digital Twins exchanges", () => {
  it('the Resource Graph search, and its throttling', () => {
    const url = `${ARM}/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01`;
    expect(say({ method: 'POST', url, status: 200, responseBody: '{"data":[]}' })).toBe(
      'The portal searched every subscription the account can read for Azure Digital Twins instances, in one Azure Resource Graph query.',
    );
    expect(say({ method: 'POST', url, status: 429 })).toContain('Azure Resource Graph throttled the portal');
  });

  it('the three reads at the instance, and a refusal there is "cannot tell", not a failure to register', () => {
    const at = (what: string, query: string) =>
      `${ARM}${INSTANCE}/providers/Microsoft.Authorization/${what}?api-version=2022-04-01${query}`;
    expect(
      say({
        method: 'GET',
        url: at('roleAssignments', '&$filter=atScope()'),
        status: 200,
        responseBody: '{"value":[]}',
      }),
    ).toBe(
      'The portal read the role assignments that apply at the Digital Twins instance, made there or inherited from above.',
    );
    expect(say({ method: 'GET', url: at('roleDefinitions', ''), status: 200, responseBody: '{"value":[]}' })).toContain(
      'which data actions each role grants',
    );
    expect(say({ method: 'GET', url: at('permissions', ''), status: 200, responseBody: '{"value":[]}' })).toBe(
      'The portal read what the signed-in account may do on the Digital Twins instance, data actions included.',
    );
    expect(
      say({
        method: 'GET',
        url: at('permissions', ''),
        status: 403,
        responseBody: '{"error":{"code":"AuthorizationFailed"}}',
      }),
    ).toContain('the portal says it cannot tell from here');
  });

  it('giving the role: the look-up by name, the PUT, and the eligible roles', () => {
    const named = `${ARM}${INSTANCE}/providers/Microsoft.Authorization/roleAssignments/7d0c3a5e-1f2b-5c4d-8e6f-0a1b2c3d4e5f?api-version=2022-04-01`;
    expect(
      say({ method: 'GET', url: named, status: 404, responseBody: '{"error":{"code":"RoleAssignmentNotFound"}}' }),
    ).toContain('the portal may make it');
    expect(say({ method: 'GET', url: named, status: 200, responseBody: '{}' })).toContain('it is there');
    expect(say({ method: 'PUT', url: named, status: 201, responseBody: '{}' })).toContain(
      'Azure made the role assignment',
    );
    expect(
      say({
        method: 'GET',
        url: `${ARM}${INSTANCE}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances?api-version=2020-10-01&$filter=asTarget()`,
        status: 200,
        responseBody: '{"value":[]}',
      }),
    ).toContain('Privileged Identity Management');
  });

  it('the subscription-scope permissions read keeps its own gloss', () => {
    expect(
      say({
        method: 'GET',
        url: `${ARM}/subscriptions/s/providers/Microsoft.Authorization/permissions?api-version=2015-07-01`,
        status: 200,
        responseBody: '{"value":[]}',
      }),
    ).toBe('The portal read what the signed-in account may do on the subscription.');
  });
});
