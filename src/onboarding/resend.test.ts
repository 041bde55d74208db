import { describe, expect, it, vi } from 'vitest';
import { MANDATORY_MFA_CLAIMS, type StepUpRecord } from '../azure/claims-challenge';
import { MemoryStorage } from '../testing/memory-storage';

function freshStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  vi.stubGlobal('sessionStorage', storage);
  return storage;
}
import { noteStepUpReturned, readStepUps } from '../auth/step-up';
import { noteStepUpStarted } from '../auth/step-up-start';
import { noteResent, pendingResend } from './resend';

const record = (over: Partial<StepUpRecord> = {}): StepUpRecord => ({
  tenantId: 't1',
  claims: MANDATORY_MFA_CLAIMS,
  operation: 'POST /subscriptions/s/providers/Microsoft.IoTSpaces/register',
  kind: 'mandatory-mfa',
  source: 'header',
  startedAt: 1,
  ...over,
});

describe('sending a held-up write once more', () => {
  it('the held-up write is sent once more only after the step-up came back, and only once', () => {
    const op = 'POST /subscriptions/S/providers/Microsoft.IoTSpaces/register';
    expect(pendingResend([record()], 't1', op)).toBeUndefined();
    expect(pendingResend([record({ completedAt: 2 })], 't1', op)).toBeDefined();
    expect(pendingResend([record({ completedAt: 2, resentAt: 3 })], 't1', op)).toBeUndefined();
    expect(
      pendingResend([record({ completedAt: 2 })], 't1', 'POST /subscriptions/other/providers/x/register'),
    ).toBeUndefined();
  });

  it('notes the resend in the tab record, so a reload does not send it again', () => {
    freshStorage();
    const op = 'POST /subscriptions/s/providers/Microsoft.IoTSpaces/register';
    noteStepUpStarted(
      't1',
      op,
      { claims: MANDATORY_MFA_CLAIMS, source: 'header', kind: 'mandatory-mfa', contexts: ['p1'] },
      10,
    );
    const done = noteStepUpReturned({} as never, false, 20)!;
    expect(pendingResend(readStepUps(), 't1', op)).toBeDefined();
    noteResent(done, 30);
    expect(pendingResend(readStepUps(), 't1', op)).toBeUndefined();
  });
});
