import { describe, expect, it } from 'vitest';
import { deriveStep, doneSteps, stepNumber, waitsForProviderState } from './step';
import { pollDelay, STUCK_AFTER_MS } from '../azure/providers';

const base = { signedIn: true, subscriptionId: 'sub', verifyRequested: false, providerState: 'NotRegistered' };

describe('the wizard step is derived from facts', () => {
  it.each([
    [{ ...base, signedIn: false }, 'sign-in'],
    [{ ...base, subscriptionId: undefined }, 'subscription'],
    [{ ...base, subscriptionId: undefined, verifyRequested: true }, 'verify'],
    [base, 'register'],
    [{ ...base, providerState: 'Registering' }, 'register'],
    [{ ...base, providerState: undefined }, 'register'],
    [{ ...base, providerState: 'Registered' }, 'verify'],
  ] as const)('%j → %s', (facts, step) => {
    expect(deriveStep(facts)).toBe(step);
  });

  it('marks the steps behind the user as done', () => {
    expect(doneSteps({ ...base, signedIn: false })).toEqual([]);
    expect(doneSteps({ ...base, subscriptionId: undefined })).toEqual(['sign-in']);
    expect(doneSteps(base)).toEqual(['sign-in', 'subscription']);
    expect(doneSteps({ ...base, providerState: 'Registered' })).toEqual(['sign-in', 'subscription', 'register']);
    // Asked to verify first: registering is not done for that.
    expect(doneSteps({ ...base, verifyRequested: true })).toEqual(['sign-in', 'subscription']);
  });

  it("waits for ARM's answer after a reload rather than guess a step, unless verification was asked for", () => {
    expect(waitsForProviderState({ ...base, providerState: undefined, providerPending: true })).toBe(true);
    expect(waitsForProviderState({ ...base, providerPending: false })).toBe(false);
    expect(
      waitsForProviderState({ ...base, providerState: undefined, providerPending: true, verifyRequested: true }),
    ).toBe(false);
    expect(
      waitsForProviderState({ ...base, subscriptionId: undefined, providerState: undefined, providerPending: true }),
    ).toBe(false);
  });

  it('numbers steps from 1 to 4', () => {
    expect([stepNumber('sign-in'), stepNumber('subscription'), stepNumber('register'), stepNumber('verify')]).toEqual([
      1, 2, 3, 4,
    ]);
  });
});

describe('polling a registration', () => {
  it('reads at most 25 times in a 60 s registration and never waits more than 3 s', () => {
    let t = 0;
    let reads = 1; // the read that saw Registering
    while (t < 60_000) {
      t += pollDelay(t);
      reads++;
    }
    expect(reads).toBeLessThanOrEqual(25);
    expect(Math.max(...[0, 5_000, 20_000, 599_000].map(pollDelay))).toBe(3_000);
  });

  it('slows to every 30 s once a registration looks stuck', () => {
    expect(pollDelay(STUCK_AFTER_MS)).toBe(30_000);
    expect(pollDelay(STUCK_AFTER_MS * 6)).toBe(30_000);
  });
});
