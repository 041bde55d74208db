import type { StepUpRecord } from '../azure/claims-challenge';
import { readStepUps, writeStepUps } from '../auth/step-up';

/**
 * The write a claims challenge held up goes out once more after the step-up, and only once: the register step and
 * the verdict card's "give the role" ask here (a module of the wizard's chunk: the landing page never needs it).
 */

/** The completed step-up whose challenged call is `operation` and was not sent again yet: what to send once more. */
export function pendingResend(
  records: readonly StepUpRecord[],
  tenantId: string,
  operation: string,
): StepUpRecord | undefined {
  const key = operation.toLowerCase();
  return records.find(
    (r) =>
      r.tenantId === tenantId &&
      r.completedAt !== undefined &&
      r.resentAt === undefined &&
      r.operation.toLowerCase() === key,
  );
}

/**
 * The completed step-up that held up giving `roleGuid` on the instance `scope` and was not resumed yet: its record
 * carries the assignment (principal, type, deterministic name), which the verdict card gives again, by the same rule
 * as a click (a GET by name, the PUT only when it is not there).
 */
export function pendingAssignment(
  records: readonly StepUpRecord[],
  tenantId: string,
  scope: string,
  roleGuid: string,
): StepUpRecord | undefined {
  return records.find(
    (r) =>
      r.tenantId === tenantId &&
      r.completedAt !== undefined &&
      r.resentAt === undefined &&
      r.resume?.kind === 'assign-role' &&
      r.resume.request.scope.toLowerCase() === scope.toLowerCase() &&
      r.resume.request.roleGuid.toLowerCase() === roleGuid.toLowerCase(),
  );
}

/** The challenged write was sent once more: never again from this record. */
export function noteResent(record: StepUpRecord, now: number = Date.now()): void {
  writeStepUps(
    readStepUps().map((r) =>
      r.startedAt === record.startedAt && r.operation === record.operation ? { ...r, resentAt: now } : r,
    ),
  );
}
