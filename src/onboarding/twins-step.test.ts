import { describe, expect, it } from 'vitest';
import {
  deriveTwinsStep,
  doneTwinsSteps,
  STEPS,
  stepNumber,
  stepsFor,
  GUEST_STEPS,
  deriveGuestStep,
  TWINS_STEPS,
  twinsWaitsForProviderState,
} from './step';

const base = {
  signedIn: true,
  instanceId: undefined,
  registerWanted: false,
  subscriptionId: undefined,
  providerState: undefined,
};
const INSTANCE = '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.DigitalTwins/digitalTwinsInstances/twins';

describe('steps by mode', () => {
  it('without digitalTwins: the four steps of the 2018 flow, unchanged', () => {
    expect(stepsFor(undefined)).toBe(STEPS);
    expect(stepsFor(undefined).map((s) => s.id)).toEqual(['sign-in', 'subscription', 'register', 'verify']);
  });

  it('with digitalTwins: the instance after sign-in and before registering; access last', () => {
    expect(stepsFor({ hosting: 'customer' }).map((s) => s.id)).toEqual(['sign-in', 'instance', 'register', 'access']);
    expect(stepNumber('instance', TWINS_STEPS)).toBe(2);
    expect(stepNumber('access', TWINS_STEPS)).toBe(4);
    expect(stepNumber('instance')).toBe(0);
  });

  it("instance in the developer's directory: nothing to choose or register in the customer's; the check right after sign-in", () => {
    expect(stepsFor({ hosting: 'developer' })).toBe(GUEST_STEPS);
    expect(stepsFor({ hosting: 'developer' }).map((s) => s.id)).toEqual(['sign-in', 'guest-access']);
    expect(deriveGuestStep(false)).toBe('sign-in');
    expect(deriveGuestStep(true)).toBe('guest-access');
    expect(stepNumber('guest-access', GUEST_STEPS)).toBe(2);
  });
});

describe('the Digital Twins step is derived from facts', () => {
  it.each([
    [{ ...base, signedIn: false }, 'sign-in'],
    [{ ...base, signedIn: false, instanceId: INSTANCE }, 'sign-in'],
    [base, 'instance'],
    [{ ...base, instanceId: INSTANCE }, 'access'],
    // An instance chosen wins over a registration under way: the instance proves the namespace registered.
    [
      { ...base, instanceId: INSTANCE, registerWanted: true, subscriptionId: 's1', providerState: 'Registering' },
      'access',
    ],
    [{ ...base, registerWanted: true }, 'register'],
    [{ ...base, registerWanted: true, subscriptionId: 's1' }, 'register'],
    [{ ...base, registerWanted: true, subscriptionId: 's1', providerState: 'Registering' }, 'register'],
    // Registered: back to the instance step, to create one and check again.
    [{ ...base, registerWanted: true, subscriptionId: 's1', providerState: 'Registered' }, 'instance'],
    // Only a wish to register leads there; a subscription left from elsewhere does not.
    [{ ...base, subscriptionId: 's1', providerState: 'NotRegistered' }, 'instance'],
  ] as const)('%j → %s', (facts, step) => {
    expect(deriveTwinsStep(facts)).toBe(step);
  });

  it('marks the steps behind the user as done; an instance proves registration', () => {
    expect(doneTwinsSteps({ ...base, signedIn: false })).toEqual([]);
    expect(doneTwinsSteps(base)).toEqual(['sign-in']);
    expect(doneTwinsSteps({ ...base, instanceId: INSTANCE })).toEqual(['sign-in', 'instance', 'register']);
    expect(
      doneTwinsSteps({ ...base, registerWanted: true, subscriptionId: 's1', providerState: 'Registering' }),
    ).toEqual(['sign-in']);
    expect(
      doneTwinsSteps({ ...base, registerWanted: true, subscriptionId: 's1', providerState: 'Registered' }),
    ).toEqual(['sign-in', 'register']);
  });

  it("waits for ARM's answer after a reload only during a registration", () => {
    expect(
      twinsWaitsForProviderState({ ...base, registerWanted: true, subscriptionId: 's1', providerPending: true }),
    ).toBe(true);
    expect(
      twinsWaitsForProviderState({ ...base, registerWanted: true, subscriptionId: 's1', providerPending: false }),
    ).toBe(false);
    expect(twinsWaitsForProviderState({ ...base, subscriptionId: 's1', providerPending: true })).toBe(false);
    expect(
      twinsWaitsForProviderState({
        ...base,
        instanceId: INSTANCE,
        registerWanted: true,
        subscriptionId: 's1',
        providerPending: true,
      }),
    ).toBe(false);
  });
});
