import { describe, expect, it } from 'vitest';
import { isReadOnlyState, subscriptionStanding } from './models';

describe('subscription states (Microsoft Learn, "Azure subscription states")', () => {
  it.each([
    ['Enabled', 'usable', false],
    ['Warned', 'at-risk', false],
    ['PastDue', 'at-risk', false],
    ['Expired', 'read-only', true],
    ['Disabled', 'read-only', true],
    ['Deleted', 'deleted', true],
    ['SomethingNew', 'unknown', false],
  ] as const)('%s is %s; refuses a registration: %s', (state, standing, refused) => {
    expect(subscriptionStanding(state)).toBe(standing);
    expect(isReadOnlyState(state)).toBe(refused);
  });
});
