import type { AuthenticationResult } from '@azure/msal-browser';
import type { StepUpRecord } from '../azure/claims-challenge';
import { arrayOf, createStore } from '../storage/store';

/**
 * The step-ups this tab took (sessionStorage: they must survive the redirect to Microsoft's page and back, and
 * nothing else). They hold no token, only the claims asked for and the call that was challenged.
 */
const stepUps = createStore<StepUpRecord[]>(
  'step-ups',
  1,
  [],
  arrayOf(
    (r) => typeof (r as StepUpRecord)?.startedAt === 'number' && typeof (r as StepUpRecord).operation === 'string',
  ),
);

export function readStepUps(): StepUpRecord[] {
  return stepUps.get();
}

export function writeStepUps(records: StepUpRecord[]): void {
  stepUps.set(records.slice(-10));
}

/**
 * After the page load's redirect handling: a pending step-up came back with a token (completed) or not (dropped,
 * the card that explains the redirect's error is shown instead). Returns the step-up that completed, if one did.
 */
export function noteStepUpReturned(
  result: AuthenticationResult | null,
  failed: boolean,
  now: number = Date.now(),
): StepUpRecord | undefined {
  const records = readStepUps();
  const pending = records.find((r) => r.completedAt === undefined);
  if (!pending) return undefined;
  if (failed || !result) {
    // Nothing came back yet (a reload on the way) keeps waiting; an error ends the attempt.
    if (failed) writeStepUps(records.filter((r) => r !== pending));
    return undefined;
  }
  const completed = { ...pending, completedAt: now };
  writeStepUps(records.map((r) => (r === pending ? completed : r)));
  return completed;
}
