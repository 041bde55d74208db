import { describe, expect, it, vi } from 'vitest';
import type { AuthenticationResult } from '@azure/msal-browser';
import { MANDATORY_MFA_CLAIMS, type ClaimsChallenge } from '../azure/claims-challenge';
import { MemoryStorage } from '../testing/memory-storage';
import { storageName } from '../storage/store';

function freshStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  vi.stubGlobal('sessionStorage', storage);
  return storage;
}
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
    freshStorage();
    noteStepUpStarted('t1', OP, challenge, undefined, 10);
    expect(noteStepUpReturned(null, false, 20)).toBeUndefined();
    expect(readStepUps()).toHaveLength(1);
    expect(noteStepUpReturned(result, false, 30)).toMatchObject({
      tenantId: 't1',
      completedAt: 30,
      operation: OP,
    });
    // A later page load has nothing pending to complete.
    expect(noteStepUpReturned(result, false, 40)).toBeUndefined();
  });

  it('a sign-in that came back with an error drops the attempt (the next challenge is a first one again)', () => {
    freshStorage();
    noteStepUpStarted('t1', OP, challenge, undefined, 10);
    expect(noteStepUpReturned(null, true, 20)).toBeUndefined();
    expect(readStepUps()).toEqual([]);
  });

  it('survives a corrupt store', () => {
    const storage = freshStorage();
    storage.setItem(storageName('step-ups'), '{not json');
    expect(readStepUps()).toEqual([]);
  });
});
