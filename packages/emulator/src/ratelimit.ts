/**
 * ARM's token-bucket throttling (docs/emulator-contract.md, "Throttling"): per principal and subscription (or tenant), reads 250 refilled
 * at 25/s, writes 200 at 10/s, driven by the virtual clock. Gives the rate-limit headers their plausible,
 * decreasing values, and a real 429 if a client hammers ARM.
 */
import type { EmulatorState } from './types';

export type RateKind = 'subscription-reads' | 'subscription-writes' | 'tenant-reads' | 'tenant-writes';

const LIMITS: Record<RateKind, { capacity: number; perSecond: number }> = {
  'subscription-reads': { capacity: 250, perSecond: 25 },
  'subscription-writes': { capacity: 200, perSecond: 10 },
  'tenant-reads': { capacity: 250, perSecond: 25 },
  'tenant-writes': { capacity: 200, perSecond: 10 },
};

/** The global subscription limit is 15 times the per-principal one. */
const GLOBAL_FACTOR = 15;

export type RateResult =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; retryAfterSeconds: number; headers: Record<string, string> };

export function consumeRate(state: EmulatorState, key: string, kind: RateKind, now: number): RateResult {
  const { capacity, perSecond } = LIMITS[kind];
  const bucketKey = `${key}|${kind}`;
  const bucket = state.rateBuckets[bucketKey] ?? { tokens: capacity, at: now };
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  let tokens = Math.min(capacity, bucket.tokens + elapsed * perSecond);
  if (tokens < 1) {
    state.rateBuckets[bucketKey] = { tokens, at: now };
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)),
      headers: rateHeaders(kind, 0, capacity),
    };
  }
  tokens -= 1;
  state.rateBuckets[bucketKey] = { tokens, at: now };
  return { ok: true, headers: rateHeaders(kind, Math.floor(tokens), capacity) };
}

function rateHeaders(kind: RateKind, remaining: number, capacity: number): Record<string, string> {
  const headers: Record<string, string> = { [`x-ms-ratelimit-remaining-${kind}`]: String(remaining) };
  if (kind === 'subscription-reads' || kind === 'subscription-writes') {
    const globalKind = kind === 'subscription-reads' ? 'global-reads' : 'global-writes';
    headers[`x-ms-ratelimit-remaining-subscription-${globalKind}`] = String(remaining + (GLOBAL_FACTOR - 1) * capacity);
  }
  return headers;
}
