/**
 * When to read again while a new role assignment is on its way to being effective (Azure applies role changes
 * after a delay). Quick at first, when most assignments show up; then no more often than every 5 s, then less.
 */

/** Before this, reads every 3 s. */
export const QUICK_PHASE_MS = 30_000;
/** From here on the portal says that Azure can take longer, and what to do. */
export const TAKING_LONGER_MS = 180_000;

/** The wait before the next read, given how long ago the role was assigned. */
export function nextCheckDelay(elapsedMs: number): number {
  if (elapsedMs < QUICK_PHASE_MS) return 3_000;
  if (elapsedMs < 60_000) return 5_000;
  if (elapsedMs < TAKING_LONGER_MS) return 10_000;
  return 30_000;
}

/** The moments (ms after the assignment) of the reads in the first `durationMs`: the bench's budget is their count. */
export function checkTimes(durationMs: number): number[] {
  const times: number[] = [];
  for (let t = 0; t <= durationMs; t += nextCheckDelay(t)) times.push(t);
  return times;
}

/** Whether to say that Azure is taking longer than usual. */
export function takingLonger(elapsedMs: number): boolean {
  return elapsedMs >= TAKING_LONGER_MS;
}
