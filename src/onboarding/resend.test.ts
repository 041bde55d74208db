import { describe, expect, it, vi } from 'vitest';
import { MANDATORY_MFA_CLAIMS, type ClaimsChallenge, type StepUpRecord } from '../azure/claims-challenge';
import { MemoryStorage } from '../testing/memory-storage';

function freshStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  vi.stubGlobal('sessionStorage', storage);
  return storage;
}
import { noteStepUpReturned, readStepUps } from '../auth/step-up';
import { noteStepUpStarted } from '../auth/step-up-start';
import { noteResent, pendingAssignment, pendingResend } from './resend';

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
      undefined,
      10,
    );
    const done = noteStepUpReturned({} as never, false, 20)!;
    expect(pendingResend(readStepUps(), 't1', op)).toBeDefined();
    noteResent(done, 30);
    expect(pendingResend(readStepUps(), 't1', op)).toBeUndefined();
  });
});

describe('giving the role again after a step-up', () => {
  const SCOPE = '/subscriptions/s/resourcegroups/rg/providers/microsoft.digitaltwins/digitaltwinsinstances/twins';
  const ROLE = 'bcd981a7-7f74-457b-83e1-cceb9e632ffe';
  const request = {
    scope: SCOPE,
    name: '6f1c2a8e-0000-5000-8000-000000000001',
    roleGuid: ROLE,
    principalId: 'a1',
    principalType: 'User' as const,
  };
  const grant = (over: Partial<StepUpRecord> = {}) =>
    record({
      operation: `PUT ${SCOPE}/providers/Microsoft.Authorization/roleAssignments/${request.name}`,
      resume: { kind: 'assign-role', request, roleName: 'Azure Digital Twins Data Owner', you: true },
      ...over,
    });

  it('resumes the same assignment once the step-up came back, once, for this instance and role only', () => {
    expect(pendingAssignment([grant()], 't1', SCOPE, ROLE)).toBeUndefined();
    expect(pendingAssignment([grant({ completedAt: 2 })], 't1', SCOPE, ROLE)?.resume?.request).toEqual(request);
    expect(pendingAssignment([grant({ completedAt: 2 })], 't1', SCOPE.toUpperCase(), ROLE.toUpperCase())).toBeDefined();
    expect(pendingAssignment([grant({ completedAt: 2, resentAt: 3 })], 't1', SCOPE, ROLE)).toBeUndefined();
    expect(pendingAssignment([grant({ completedAt: 2 })], 't2', SCOPE, ROLE)).toBeUndefined();
    expect(pendingAssignment([grant({ completedAt: 2 })], 't1', `${SCOPE}-other`, ROLE)).toBeUndefined();
    expect(pendingAssignment([grant({ completedAt: 2 })], 't1', SCOPE, 'another-role')).toBeUndefined();
  });

  it("never takes the register step's record for an assignment, nor the assignment's for register", () => {
    const register = record({ completedAt: 2 });
    expect(pendingAssignment([register], 't1', SCOPE, ROLE)).toBeUndefined();
    expect(pendingResend([grant({ completedAt: 2 })], 't1', register.operation)).toBeUndefined();
  });

  it('the record keeps the assignment through the redirect, and a reload after the resend sends nothing', () => {
    freshStorage();
    const challenge: ClaimsChallenge = {
      claims: MANDATORY_MFA_CLAIMS,
      source: 'header',
      kind: 'mandatory-mfa',
      contexts: [],
    };
    noteStepUpStarted('t1', grant().operation, challenge, grant().resume, 10);
    expect(pendingAssignment(readStepUps(), 't1', SCOPE, ROLE)).toBeUndefined();
    const done = noteStepUpReturned({} as never, false, 20)!;
    expect(done.resume?.request).toEqual(request);
    expect(pendingAssignment(readStepUps(), 't1', SCOPE, ROLE)).toBeDefined();
    noteResent(done, 30);
    expect(pendingAssignment(readStepUps(), 't1', SCOPE, ROLE)).toBeUndefined();
  });
});
