import type { ClaimsChallenge, ResumableWrite } from '../azure/claims-challenge';
import { readStepUps, writeStepUps } from './step-up';

/** Before the redirect to Microsoft's page: what was asked, for which call (and what to send again, if given). */
export function noteStepUpStarted(
  tenantId: string,
  operation: string,
  challenge: ClaimsChallenge,
  resume?: ResumableWrite,
  now: number = Date.now(),
): void {
  const others = readStepUps().filter((r) => r.completedAt !== undefined);
  writeStepUps([
    ...others,
    {
      tenantId,
      claims: challenge.claims,
      operation,
      kind: challenge.kind,
      source: challenge.source,
      startedAt: now,
      ...(resume ? { resume } : {}),
    },
  ]);
}
