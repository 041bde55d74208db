import { describe, expect, it, vi } from 'vitest';
import { ServerError, InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { parseConfig } from '../config/schema';
import { isServicePrincipalMissing, verifyQueryOptions } from './verify';

const parsed = parseConfig({}, 'https://x.example.com');
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const account = { homeAccountId: 'h', tenantId: 't' } as AccountInfo;
const msal = {} as IPublicClientApplication;
const missing = new ServerError('invalid_client', 'c', 'Error(s): 650052 - Description: AADSTS650052: no service principal', undefined, '650052');
const consent = new InteractionRequiredAuthError('invalid_grant', 'c', 'AADSTS65001: consent', 'consent_required');

type RetryFn = (count: number, error: unknown) => boolean;
type DelayFn = (count: number, error: unknown) => number;

describe('verification retries', () => {
  it('recognises a missing Digital Twins service principal', () => {
    expect(isServicePrincipalMissing(missing)).toBe(true);
    expect(isServicePrincipalMissing(consent)).toBe(false);
    expect(isServicePrincipalMissing(new Error('x'))).toBe(false);
  });

  it('right after a registration, retries AADSTS650052 on the schedule, then stops', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const scheduled: number[] = [];
      const options = verifyQueryOptions(msal, config, account, true, (at) => scheduled.push(at));
      const retry = options.retry as RetryFn;
      const delay = options.retryDelay as DelayFn;
      // The schedule itself, written out: 3 s first, growing, about a minute (63 s) in all.
      const expected = [3_000, 5_000, 8_000, 12_000, 15_000, 20_000];
      expect(expected.map((_, failuresSoFar) => delay(failuresSoFar, missing))).toEqual(expected);
      // The countdown is told when each retry will happen.
      expect(scheduled).toEqual(expected.map((ms) => 1_000_000 + ms));
      expect(expected.map((_, n) => retry(n, missing))).toEqual([true, true, true, true, true, true]);
      expect(retry(expected.length, missing)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never retries consent or when no registration just happened', () => {
    expect((verifyQueryOptions(msal, config, account, true).retry as RetryFn)(0, consent)).toBe(false);
    expect((verifyQueryOptions(msal, config, account, false).retry as RetryFn)(0, missing)).toBe(false);
  });
});
