import type { AuthenticationResult } from '@azure/msal-browser';
import type { StepUpRecord } from '../azure/claims-challenge';

/**
 * The step-ups this tab took (sessionStorage: they must survive the redirect to Microsoft's page and back, and
 * nothing else). They hold no token, only the claims asked for and the call that was challenged.
 */
const KEY = 'twin-onboarding.step-ups';

export function readStepUps(storage: Storage = sessionStorage): StepUpRecord[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as StepUpRecord[]) : [];
  } catch {
    return [];
  }
}

export function writeStepUps(records: StepUpRecord[], storage: Storage = sessionStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(records.slice(-10)));
  } catch {
    // Storage full or blocked: the worst case is one more step-up card, never a loop (the redirect is a click).
  }
}

/**
 * After the page load's redirect handling: a pending step-up came back with a token (completed) or not (dropped,
 * the card that explains the redirect's error is shown instead). Returns the step-up that completed, if one did.
 */
export function noteStepUpReturned(
  result: AuthenticationResult | null,
  failed: boolean,
  now: number = Date.now(),
  storage: Storage = sessionStorage,
): StepUpRecord | undefined {
  const records = readStepUps(storage);
  const pending = records.find((r) => r.completedAt === undefined);
  if (!pending) return undefined;
  if (failed || !result) {
    // Nothing came back yet (a reload on the way) keeps waiting; an error ends the attempt.
    if (failed)
      writeStepUps(
        records.filter((r) => r !== pending),
        storage,
      );
    return undefined;
  }
  const completed = { ...pending, completedAt: now };
  writeStepUps(
    records.map((r) => (r === pending ? completed : r)),
    storage,
  );
  return completed;
}
