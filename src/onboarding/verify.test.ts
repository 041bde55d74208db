import { describe, expect, it } from 'vitest';
import { ServerError, InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { parseConfig } from '../config/schema';
import { isServicePrincipalMissing, SP_RETRY_DELAYS_MS, verifyQueryOptions } from './verify';

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
    const scheduled: number[] = [];
    const options = verifyQueryOptions(msal, config, account, true, (at) => scheduled.push(at));
    const retry = options.retry as RetryFn;
    const delay = options.retryDelay as DelayFn;
    const delays = SP_RETRY_DELAYS_MS.map((_, failuresSoFar) => delay(failuresSoFar, missing));
    expect(delays).toEqual(SP_RETRY_DELAYS_MS);
    expect(delays[0]).toBe(3_000);
    expect(scheduled).toHaveLength(SP_RETRY_DELAYS_MS.length);
    expect(SP_RETRY_DELAYS_MS.map((_, n) => retry(n, missing))).toEqual(SP_RETRY_DELAYS_MS.map(() => true));
    expect(retry(SP_RETRY_DELAYS_MS.length, missing)).toBe(false);
    // about a minute of waiting in all
    expect(SP_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60_000);
  });

  it('never retries consent or when no registration just happened', () => {
    expect((verifyQueryOptions(msal, config, account, true).retry as RetryFn)(0, consent)).toBe(false);
    expect((verifyQueryOptions(msal, config, account, false).retry as RetryFn)(0, missing)).toBe(false);
  });
});
