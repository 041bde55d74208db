import { describe, expect, it } from 'vitest';
import { actionMatches, canRegister } from './permissions';

const owner = { actions: ['*'], notActions: [] };
const contributor = {
  actions: ['*'],
  notActions: [
    'Microsoft.Authorization/*/Delete',
    'Microsoft.Authorization/*/Write',
    'Microsoft.Authorization/elevateAccess/Action',
  ],
};
const reader = { actions: ['*/read'], notActions: [] };

describe('register permission prediction', () => {
  it('matches RBAC wildcards without regard to case', () => {
    expect(actionMatches('*', 'Microsoft.IoTSpaces/register/action')).toBe(true);
    expect(actionMatches('*/register/action', 'Microsoft.IoTSpaces/register/action')).toBe(true);
    expect(actionMatches('microsoft.iotspaces/*', 'Microsoft.IoTSpaces/register/action')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.IoTSpaces/register/action')).toBe(false);
    expect(actionMatches('Microsoft.IoT*/register/action', 'Microsoft.IoTSpaces/register/action')).toBe(true);
    expect(actionMatches('Microsoft.IoTSpaces.Extra/*', 'Microsoft.IoTSpaces/register/action')).toBe(false);
  });

  it('Owner and Contributor can register; Reader cannot; a notAction in the same entry excludes', () => {
    expect(canRegister([owner], 'Microsoft.IoTSpaces')).toBe(true);
    expect(canRegister([contributor], 'Microsoft.IoTSpaces')).toBe(true);
    expect(canRegister([reader], 'Microsoft.IoTSpaces')).toBe(false);
    expect(canRegister([], 'Microsoft.IoTSpaces')).toBe(false);
    expect(canRegister([{ actions: ['*'], notActions: ['*/register/action'] }], 'Microsoft.IoTSpaces')).toBe(false);
    // Another assignment may grant what one entry excludes: entries are separate role assignments.
    expect(
      canRegister([{ actions: ['*'], notActions: ['*/register/action'] }, reader, owner], 'Microsoft.IoTSpaces'),
    ).toBe(true);
  });
});
