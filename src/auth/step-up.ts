import type { AuthenticationResult } from '@azure/msal-browser';
import type { ClaimsChallenge, StepUpRecord } from '../azure/claims-challenge';

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

function write(records: StepUpRecord[], storage: Storage): void {
  try {
    storage.setItem(KEY, JSON.stringify(records.slice(-10)));
  } catch {
    // Storage full or blocked: the worst case is one more step-up card, never a loop (the redirect is a click).
  }
}

/** Before the redirect to Microsoft's page: what was asked, for which call. */
export function noteStepUpStarted(
  tenantId: string,
  operation: string,
  challenge: ClaimsChallenge,
  now: number = Date.now(),
  storage: Storage = sessionStorage,
): void {
  const others = readStepUps(storage).filter((r) => r.completedAt !== undefined);
  write([...others, { tenantId, claims: challenge.claims, operation, kind: challenge.kind, source: challenge.source, startedAt: now }], storage);
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
    if (failed) write(records.filter((r) => r !== pending), storage);
    return undefined;
  }
  const completed = { ...pending, completedAt: now };
  write(records.map((r) => (r === pending ? completed : r)), storage);
  return completed;
}

/** The challenged write was sent once more: never again from this record. */
export function noteResent(record: StepUpRecord, now: number = Date.now(), storage: Storage = sessionStorage): void {
  write(
    readStepUps(storage).map((r) => (r.startedAt === record.startedAt && r.operation === record.operation ? { ...r, resentAt: now } : r)),
    storage,
  );
}
