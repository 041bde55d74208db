import type { StepUpRecord } from '../azure/claims-challenge';
import { readStepUps, writeStepUps } from '../auth/step-up';

/**
 * The write a claims challenge held up goes out once more after the step-up, and only once: the register step asks
 * here (a module of the wizard's chunk: the landing page never needs it).
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

/** The challenged write was sent once more: never again from this record. */
export function noteResent(record: StepUpRecord, now: number = Date.now()): void {
  writeStepUps(
    readStepUps().map((r) =>
      r.startedAt === record.startedAt && r.operation === record.operation ? { ...r, resentAt: now } : r,
    ),
  );
}
