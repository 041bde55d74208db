import { describe, expect, it } from 'vitest';
import { roleAssignmentName, uuidV5 } from './role-assignment-name';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const SCOPE =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.DigitalTwins/digitalTwinsInstances/twins';
const GROUP = '0f6a7c4e-2b1d-4e3f-8a9b-1c2d3e4f5a6b';
const OWNER = 'bcd981a7-7f74-457b-83e1-cceb9e632ffe';

describe('the role assignment name', () => {
  it('is RFC 9562 version 5 (the published example: DNS namespace, www.example.com)', async () => {
    expect(await uuidV5('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is the same for the same scope, principal and role whatever their case, so a retry sends the same assignment', async () => {
    const a = await roleAssignmentName(SCOPE, GROUP, OWNER);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await roleAssignmentName(SCOPE.toUpperCase(), GROUP.toUpperCase(), OWNER.toUpperCase())).toBe(a);
  });

  it('differs when the principal, the role or the scope differs', async () => {
    const a = await roleAssignmentName(SCOPE, GROUP, OWNER);
    expect(await roleAssignmentName(SCOPE, GROUP.replace('0f', '1f'), OWNER)).not.toBe(a);
    expect(await roleAssignmentName(SCOPE, GROUP, 'd57506d4-4c8d-48b1-8587-93c323f6a5a3')).not.toBe(a);
    expect(await roleAssignmentName(`${SCOPE}2`, GROUP, OWNER)).not.toBe(a);
  });
});
