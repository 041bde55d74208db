import { describe, expect, it } from 'vitest';
import type { AuthenticationResult } from '@azure/msal-browser';
import { MANDATORY_MFA_CLAIMS, type ClaimsChallenge } from '../azure/claims-challenge';
import { MemoryStorage } from '../testing/memory-storage';
import { noteStepUpReturned, readStepUps } from './step-up';
import { noteStepUpStarted } from './step-up-start';

const challenge: ClaimsChallenge = {
  claims: MANDATORY_MFA_CLAIMS,
  source: 'header',
  kind: 'mandatory-mfa',
  contexts: ['p1'],
};
const result = {} as AuthenticationResult;
const OP = 'POST /subscriptions/s/providers/Microsoft.IoTSpaces/register';

describe('the step-ups a tab took', () => {
  it('a step-up is complete only when the sign-in came back with a token', () => {
    const storage = new MemoryStorage();
    noteStepUpStarted('t1', OP, challenge, 10, storage);
    expect(noteStepUpReturned(null, false, 20, storage)).toBeUndefined();
    expect(readStepUps(storage)).toHaveLength(1);
    expect(noteStepUpReturned(result, false, 30, storage)).toMatchObject({
      tenantId: 't1',
      completedAt: 30,
      operation: OP,
    });
    // A later page load has nothing pending to complete.
    expect(noteStepUpReturned(result, false, 40, storage)).toBeUndefined();
  });

  it('a sign-in that came back with an error drops the attempt (the next challenge is a first one again)', () => {
    const storage = new MemoryStorage();
    noteStepUpStarted('t1', OP, challenge, 10, storage);
    expect(noteStepUpReturned(null, true, 20, storage)).toBeUndefined();
    expect(readStepUps(storage)).toEqual([]);
  });

  it('survives a corrupt store', () => {
    const storage = new MemoryStorage();
    storage.setItem('twin-onboarding.step-ups', '{not json');
    expect(readStepUps(storage)).toEqual([]);
  });
});
