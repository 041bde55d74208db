import { describe, expect, it } from 'vitest';
import {
  ServerError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { parseConfig } from '../config/schema';
import { queryKeys } from '../azure/query-keys';
import {
  askAgain,
  isServicePrincipalMissing,
  RECENT_REGISTRATION_MS,
  registeredRecently,
  secondsUntil,
  SP_RETRY_DELAYS_MS,
  verificationStatus,
  verifyQueryOptions,
  type VerificationFacts,
} from './verify';

const parsed = parseConfig({}, 'https://x.example.com');
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const account = { homeAccountId: 'h', tenantId: 't' } as AccountInfo;
const msal = {} as IPublicClientApplication;
const missing = new ServerError(
  'invalid_client',
  'c',
  'Error(s): 650052 - Description: AADSTS650052: no service principal',
  undefined,
  '650052',
);
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
    const options = verifyQueryOptions(msal, config, account, true);
    const retry = options.retry as RetryFn;
    const delay = options.retryDelay as DelayFn;
    // The schedule itself, written out: 3 s first, growing, about a minute (63 s) in all.
    const expected = [3_000, 5_000, 8_000, 12_000, 15_000, 20_000];
    expect(SP_RETRY_DELAYS_MS).toEqual(expected);
    expect(expected.map((_, failuresSoFar) => delay(failuresSoFar, missing))).toEqual(expected);
    expect(expected.map((_, n) => retry(n, missing))).toEqual([true, true, true, true, true, true]);
    expect(retry(expected.length, missing)).toBe(false);
  });

  it('is keyed by the query-key factory, per account, directory and scope: one token, one key', () => {
    expect(verifyQueryOptions(msal, config, account, true).queryKey).toEqual(
      queryKeys.digitalTwinsToken('h', 't', config.digitalTwinsScope),
    );
    expect(verifyQueryOptions(msal, config, account, false).queryKey).toEqual(
      verifyQueryOptions(msal, config, account, true).queryKey,
    );
  });

  it('asks again once a registration completed, only when the last answer gave up at once on the service principal', () => {
    const failed = { isFetching: false, isError: true, error: missing, failureCount: 1 };
    expect(askAgain(true, failed)).toBe(true);
    expect(askAgain(false, failed)).toBe(false);
    // It already waited it out: the card for the last resort stays.
    expect(askAgain(true, { ...failed, failureCount: SP_RETRY_DELAYS_MS.length + 1 })).toBe(false);
    expect(askAgain(true, { ...failed, isFetching: true })).toBe(false);
    expect(askAgain(true, { ...failed, error: consent })).toBe(false);
    expect(askAgain(true, { isFetching: false, isError: false, error: null, failureCount: 0 })).toBe(false);
  });

  it('never retries consent or when no registration just happened', () => {
    expect((verifyQueryOptions(msal, config, account, true).retry as RetryFn)(0, consent)).toBe(false);
    expect((verifyQueryOptions(msal, config, account, false).retry as RetryFn)(0, missing)).toBe(false);
  });
});

describe('when verification waits for a registration', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  it('waits out AADSTS650052 only when a registration completed in the last 15 minutes', () => {
    expect(registeredRecently({}, now)).toBe(false);
    expect(registeredRecently({ a: new Date(now - 60_000).toISOString() }, now)).toBe(true);
    expect(registeredRecently({ a: new Date(now - RECENT_REGISTRATION_MS + 1_000).toISOString() }, now)).toBe(true);
    expect(registeredRecently({ a: new Date(now - RECENT_REGISTRATION_MS).toISOString() }, now)).toBe(false);
    expect(
      registeredRecently({ a: new Date(now - 3_600_000).toISOString(), b: new Date(now - 5_000).toISOString() }, now),
    ).toBe(true);
  });

  it('counts down in whole seconds and never below zero', () => {
    expect(secondsUntil(now + 3_000, now)).toBe(3);
    expect(secondsUntil(now + 2_001, now)).toBe(3);
    expect(secondsUntil(now + 1, now)).toBe(1);
    expect(secondsUntil(now - 500, now)).toBe(0);
  });
});

describe('what the verify step shows', () => {
  const idle: VerificationFacts = {
    isFetching: false,
    isError: false,
    error: null,
    failureCount: 0,
    failureReason: null,
    providerState: 'Registered',
    consentError: null,
  };

  it('asks silently first: a fetch with no failure yet is "asking", nothing else', () => {
    expect(verificationStatus({ ...idle, isFetching: true })).toMatchObject({
      asking: true,
      waiting: false,
      needsConsent: false,
      problemError: null,
      offerRegister: false,
    });
  });

  it('between attempts on a missing service principal it waits, naming the next attempt of seven', () => {
    const status = verificationStatus({ ...idle, isFetching: true, failureCount: 2, failureReason: missing });
    expect(status).toMatchObject({ asking: false, waiting: true, attempt: 3, attempts: 7, problemError: null });
  });

  it('a retry of any other failure is not a wait', () => {
    expect(
      verificationStatus({ ...idle, isFetching: true, failureCount: 1, failureReason: new Error('x') }),
    ).toMatchObject({ asking: true, waiting: false });
  });

  it('goes interactive only when MSAL says interaction is required: the consent offer, not a problem card', () => {
    const status = verificationStatus({ ...idle, isError: true, error: consent });
    expect(status).toMatchObject({ needsConsent: true, problemError: null, asking: false });
  });

  it('shows any other failure as a problem, and offers to register when the service principal is missing and the provider is not registered', () => {
    expect(
      verificationStatus({ ...idle, isError: true, error: missing, providerState: 'NotRegistered' }),
    ).toMatchObject({
      needsConsent: false,
      problemError: missing,
      offerRegister: true,
    });
    expect(verificationStatus({ ...idle, isError: true, error: missing, providerState: undefined }).offerRegister).toBe(
      true,
    );
    expect(verificationStatus({ ...idle, isError: true, error: missing }).offerRegister).toBe(false);
    expect(
      verificationStatus({ ...idle, isError: true, error: new Error('x'), providerState: 'NotRegistered' })
        .offerRegister,
    ).toBe(false);
  });

  it('a consent page that could not be opened is the problem shown, whatever the query says', () => {
    const failed = new Error('popup');
    expect(verificationStatus({ ...idle, isError: true, error: consent, consentError: failed }).problemError).toBe(
      failed,
    );
  });
});
