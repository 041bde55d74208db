import { describe, expect, it } from 'vitest';
import type { LoggedRequest } from '@twin-onboarding/emulator';
import { duplicateWork } from './duplicate-work';

const SUB = '/subscriptions/3c5e9a10-1111-4b2c-9d3e-000000000001/providers/Microsoft.IoTSpaces';
let seq = 0;
const req = (method: string, path: string, at: number): LoggedRequest => ({
  seq: ++seq,
  at,
  method,
  host: 'management.azure.com',
  path,
  status: 200,
});

describe('the e2e guard against duplicate work', () => {
  it('passes a registration watched with the back-off', () => {
    const schedule = [0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 18, 21].map((s) =>
      req('GET', `${SUB}?api-version=2021-04-01`, s * 1000),
    );
    const requests = [req('POST', `${SUB}/register?api-version=2021-04-01`, 0), ...schedule];
    expect(duplicateWork({ requests })).toEqual([]);
  });

  it('flags a second register and a polling loop', () => {
    const loop = Array.from({ length: 20 }, (_, i) => req('GET', `${SUB}?api-version=2021-04-01`, i * 300));
    const requests = [
      req('POST', `${SUB}/register?api-version=2021-04-01`, 0),
      req('POST', `${SUB}/register?api-version=2021-04-01`, 500),
      ...loop,
    ];
    expect(duplicateWork({ requests })).toEqual([
      '2 register calls for 3c5e9a10-1111-4b2c-9d3e-000000000001/microsoft.iotspaces',
      '20 provider reads of 3c5e9a10-1111-4b2c-9d3e-000000000001/microsoft.iotspaces within 10 s',
    ]);
    expect(duplicateWork({ requests: requests.slice(0, 2) }, 2)).toEqual([]);
  });

  it('flags a role assignment given twice, but not a retry of one ARM did not process', () => {
    const put = (status: number, name = '0a4e5b1c-7d2f-5e3a-9b4c-1d2e3f4a5b6c') => ({
      ...req(
        'PUT',
        `/subscriptions/3c5e9a10-1111-4b2c-9d3e-000000000001/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`,
        0,
      ),
      status,
    });
    // A claims challenge, a throttle, then the one that went through.
    expect(duplicateWork({ requests: [put(401), put(429), put(201)] })).toEqual([]);
    expect(duplicateWork({ requests: [put(201), put(201, '9f8e7d6c-5b4a-5392-8170-6f5e4d3c2b1a')] })).toEqual([]);
    expect(duplicateWork({ requests: [put(201), put(200)] })).toEqual([
      '2 role assignment PUTs of /subscriptions/3c5e9a10-1111-4b2c-9d3e-000000000001/resourcegroups/rg-twins/providers/microsoft.digitaltwins/digitaltwinsinstances/contoso-twins/providers/microsoft.authorization/roleassignments/0a4e5b1c-7d2f-5e3a-9b4c-1d2e3f4a5b6c',
    ]);
  });
});
