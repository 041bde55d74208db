/**
 * The virtual clock: wall time plus an offset that tests and the demo controls move forward. Only the
 * offset is persisted, so a restored emulator keeps ticking with real time from where it was.
 */
export class VirtualClock {
  offsetMs: number;
  private readonly baseNow: () => number;

  constructor(baseNow: () => number, offsetMs = 0) {
    this.baseNow = baseNow;
    this.offsetMs = offsetMs;
  }

  now(): number {
    return this.baseNow() + this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('clock.advance() takes a non-negative number of ms');
    this.offsetMs += ms;
  }
}

/** Entra's timestamp format in error descriptions: "2026-11-26 14:57:03Z". */
export function formatAadTimestamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, 'Z');
}
