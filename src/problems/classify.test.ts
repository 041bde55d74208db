import { describe, expect, it } from 'vitest';
import { InteractionRequiredAuthError, ServerError, BrowserAuthError } from '@azure/msal-browser';
import { ArmError, NetworkError } from '../azure/errors';
import { aadstsCode, describeProblem, problemAsText } from './classify';
import { catalogue } from './catalogue';
import { MalformedResponseError, RegistrationFailedError } from '../azure/errors';
import { SignInRequiredError } from '../auth/tokens';
import { UNREADABLE_ID } from './ids';

const ctx = { providerNamespace: 'Microsoft.IoTSpaces', appName: 'Contoso Twins' };
const desc = (code: number, text: string) =>
  `AADSTS${code}: ${text} Trace ID: 11111111-1111-1111-1111-111111111111 Correlation ID: 22222222-2222-2222-2222-222222222222 Timestamp: 2026-11-26 10:00:00Z`;

describe('problem classification', () => {
  it('AADSTS650052 from the token endpoint is "not set up yet", with the ids from the description', () => {
    const error = new ServerError('invalid_client', 'msal-corr', desc(650052, 'The app is trying to access a service'), undefined, '650052');
    const problem = describeProblem(error, ctx);
    expect(problem.key).toBe('aadsts-650052');
    expect(problem.title).toBe("Contoso Twins isn't set up in your directory yet");
    expect(problem.remedy).toContain('Microsoft.IoTSpaces');
    expect(Object.fromEntries(problem.ids)).toMatchObject({
      'AADSTS code': 'AADSTS650052',
      Error: 'invalid_client',
      'Trace ID': '11111111-1111-1111-1111-111111111111',
      'Correlation ID': '22222222-2222-2222-2222-222222222222',
      Timestamp: '2026-11-26 10:00:00Z',
    });
  });

  it('reads the AADSTS number from errorNo first, else from the start of the description', () => {
    expect(aadstsCode({ errorCode: 'x', errorNo: '90094', errorMessage: desc(1, 'y') })).toBe('90094');
    expect(aadstsCode({ errorCode: 'x', errorMessage: desc(50020, 'y') })).toBe('50020');
    expect(aadstsCode({ errorCode: 'x', errorMessage: 'mentions AADSTS50020 later' })).toBeUndefined();
    // as MSAL v5 formats a server error's message
    expect(aadstsCode({ errorCode: 'x', errorMessage: `Error(s): 650052 - Timestamp: t - Description: ${desc(650052, 'y')}` })).toBe('650052');
    expect(aadstsCode({ errorCode: 'x', errorNo: 650052 as unknown as string })).toBe('650052');
  });

  it.each([
    [90094, 'access_denied', 'aadsts-90094', 'An administrator must approve this app'],
    [50020, 'invalid_request', 'aadsts-50020', "Your account isn't in this directory"],
    [65004, 'access_denied', 'aadsts-65004', 'Sign-in was cancelled'],
    [50076, 'interaction_required', 'aadsts-50076', 'Multi-factor authentication is required'],
  ])('AADSTS%i (%s) → %s', (code, oauthError, key, title) => {
    const problem = describeProblem(new ServerError(oauthError, 'c', desc(code, 'text')), ctx);
    expect(problem.key).toBe(key);
    expect(problem.title).toBe(title);
  });

  it('an access_denied without a known code is still a cancelled sign-in', () => {
    expect(describeProblem(new ServerError('access_denied', 'c', 'user said no'), ctx).key).toBe('aadsts-65004');
  });

  it('consent_required as interaction-required maps to the consent entry', () => {
    const error = new InteractionRequiredAuthError('invalid_grant', 'c', desc(65001, 'no consent'), 'consent_required', 'ts', 'trace');
    expect(describeProblem(error, ctx).key).toBe('aadsts-65001');
  });

  it.each(['AuthenticationFailed', 'AuthenticationFailedInvalidHeader'])('ARM 401 %s: a header problem, no "sign in again"', (code) => {
    const error = new ArmError({ status: 401, code, message: 'Authentication failed.', operation: 'GET /subscriptions', clientRequestId: 'c-1' });
    const problem = describeProblem(error, ctx);
    expect(problem.key).toBe(`arm-${code}`);
    expect(problem.title).toBe("Azure didn't receive your sign-in");
    expect(problem.action).toBeUndefined();
    expect(describeProblem(new ArmError({ status: 401, code: 'InvalidAuthenticationToken', message: 'm', operation: 'o' }), ctx).action).toBe('sign-in-again');
  });

  it('MSAL browser errors by errorCode', () => {
    const error = new BrowserAuthError('interaction_in_progress', 'c');
    expect(describeProblem(error, ctx).key).toBe('msal-interaction_in_progress');
  });

  it('an unknown MSAL code gets the generic card, still showing the raw code', () => {
    const problem = describeProblem(new ServerError('weird_error', 'corr-x', 'AADSTS999999: who knows'), ctx);
    expect(problem.key).toBe('generic');
    expect(Object.fromEntries(problem.ids)).toMatchObject({ 'AADSTS code': 'AADSTS999999', Error: 'weird_error', 'Correlation ID': 'corr-x' });
  });

  it.each([
    [403, 'AuthorizationFailed', 'arm-AuthorizationFailed'],
    [409, 'ReadOnlyDisabledSubscription', 'arm-ReadOnlyDisabledSubscription'],
    [404, 'InvalidResourceNamespace', 'arm-InvalidResourceNamespace'],
    [404, 'SubscriptionNotFound', 'arm-SubscriptionNotFound'],
    [401, 'InvalidAuthenticationTokenTenant', 'arm-InvalidAuthenticationTokenTenant'],
    [429, 'SubscriptionRequestsThrottled', 'arm-throttled'],
    [503, 'ServiceUnavailable', 'arm-server'],
    [400, 'SomethingNew', 'generic'],
  ])('ARM %i %s → %s', (status, code, key) => {
    const error = new ArmError({ status, code, message: 'msg', operation: 'POST /x', correlationId: 'corr', requestId: 'req', clientRequestId: 'cli' });
    const problem = describeProblem(error, ctx);
    expect(problem.key).toBe(key);
    expect(Object.fromEntries(problem.ids)).toMatchObject({
      'Error code': code,
      'x-ms-correlation-request-id': 'corr',
      'x-ms-request-id': 'req',
      'x-ms-client-request-id': 'cli',
    });
  });

  it('a token ARM still refuses after a refresh offers to sign in again', () => {
    const expired = new ArmError({ status: 401, code: 'ExpiredAuthenticationToken', message: 'm', operation: 'GET /x' });
    expect(describeProblem(expired, ctx)).toMatchObject({ key: 'arm-ExpiredAuthenticationToken', action: 'sign-in-again' });
    const otherTenant = new ArmError({ status: 401, code: 'InvalidAuthenticationTokenTenant', message: 'm', operation: 'GET /x' });
    expect(describeProblem(otherTenant, ctx).action).toBeUndefined();
  });

  it('SignInRequiredError keeps the ids of what Entra answered', () => {
    const cause = new ServerError('invalid_grant', 'corr-1', desc(700084, 'refresh token expired'), undefined, '700084');
    const problem = describeProblem(new SignInRequiredError(cause), ctx);
    expect(problem).toMatchObject({ key: 'sign-in-required', action: 'sign-in-again', title: 'Please sign in again' });
    expect(Object.fromEntries(problem.ids)).toMatchObject({ 'AADSTS code': 'AADSTS700084', Error: 'invalid_grant' });
  });

  it('explains that Microsoft.IoTSpaces is the retired first generation', () => {
    const error = new ArmError({ status: 404, code: 'InvalidResourceNamespace', message: 'm', operation: 'POST /x' });
    const problem = describeProblem(error, ctx);
    expect(problem.explanation).toContain('retired');
    expect(problem.remedy).toContain('Microsoft.DigitalTwins');
  });

  it('network failures are transient and carry the client request id', () => {
    const problem = describeProblem(new NetworkError('GET /x', 'client-n', new TypeError('Failed to fetch')), ctx);
    expect(problem.key).toBe('network');
    expect(problem.transient).toBe(true);
    expect(problemAsText(problem)).toContain('x-ms-client-request-id: client-n');
  });

  it('anything else is generic with its text as detail', () => {
    const problem = describeProblem(new RangeError('boom'), ctx);
    expect(problem.key).toBe('generic');
    expect(problem.detail).toBe('RangeError: boom');
  });

  // Every entry, including ones added later: each is reachable from the error Azure or MSAL gives for it,
  // and its card says what happened, why, what to do, and carries ids for support.
  const errorFor = (key: string): unknown => {
    if (key.startsWith('aadsts-')) {
      const code = Number(key.slice('aadsts-'.length));
      return new ServerError('invalid_request', 'corr-e', desc(code, 'text'), undefined, String(code));
    }
    if (key === 'sign-in-required') return new SignInRequiredError(new ServerError('invalid_grant', 'c', desc(700084, 'expired')));
    if (key === 'arm-throttled') return new ArmError({ status: 429, code: 'TooManyRequests', message: 'm', operation: 'GET /x', correlationId: 'corr' });
    if (key === 'arm-server') return new ArmError({ status: 502, code: 'BadGateway', message: 'm', operation: 'GET /x', correlationId: 'corr' });
    if (key.startsWith('arm-')) return new ArmError({ status: 400, code: key.slice('arm-'.length), message: 'm', operation: 'GET /x', correlationId: 'corr' });
    if (key === 'registration-failed') return new RegistrationFailedError({ subscriptionId: 's', namespace: 'Microsoft.IoTSpaces', correlationId: 'corr' });
    if (key === 'network') return new NetworkError('GET /x', 'client-n', new TypeError('Failed to fetch'));
    if (key === 'malformed') return new MalformedResponseError('GET /x', 'value is not an array', { correlationId: 'corr' });
    if (key === 'malformed-sign-in') return new BrowserAuthError('nonce_mismatch', 'c');
    if (key.startsWith('msal-')) return new BrowserAuthError(key.slice('msal-'.length), 'c');
    return new Error('something else');
  };
  it.each(Object.keys(catalogue(ctx)))('catalogue entry %s is reachable and complete', (key) => {
    const problem = describeProblem(errorFor(key), ctx);
    expect(problem.key).toBe(key);
    expect(problem.title.length).toBeGreaterThan(5);
    expect(problem.explanation.length).toBeGreaterThan(20);
    expect(problem.remedy.length).toBeGreaterThan(20);
    expect(problem.ids.length).toBeGreaterThan(0);
    expect(problemAsText(problem)).toContain(problem.ids[0]![1]);
    for (const link of problem.links) expect(link.href).toMatch(/^https:\/\/(learn\.microsoft\.com|portal\.azure\.com|entra\.microsoft\.com|azure\.status\.microsoft)\//);
  });

  it('ids the browser could not read are named as such, never blank; our client request id is always there', () => {
    const hidden = { message: 'm', operation: 'GET /subscriptions', clientRequestId: 'cli-1' };
    for (const error of [
      new ArmError({ status: 403, code: 'AuthorizationFailed', ...hidden }),
      new ArmError({ status: 503, code: 'ServiceUnavailable', ...hidden }),
      new ArmError({ status: 409, code: 'ReadOnlyDisabledSubscription', ...hidden }),
      new ArmError({ status: 400, code: 'BrandNewCode', ...hidden }),
    ]) {
      const ids = Object.fromEntries(describeProblem(error, ctx).ids);
      expect(ids, error.code).toMatchObject({
        'x-ms-correlation-request-id': UNREADABLE_ID,
        'x-ms-request-id': UNREADABLE_ID,
        'x-ms-client-request-id': 'cli-1',
      });
    }
    const malformed = Object.fromEntries(describeProblem(new MalformedResponseError('GET /x', 'no value', { clientRequestId: 'cli-2' }), ctx).ids);
    expect(malformed).toMatchObject({ 'x-ms-correlation-request-id': UNREADABLE_ID, 'x-ms-client-request-id': 'cli-2' });
    const failed = describeProblem(new RegistrationFailedError({ subscriptionId: 's', namespace: 'N', clientRequestId: 'cli-3' }), ctx);
    expect(Object.fromEntries(failed.ids)).toMatchObject({
      'x-ms-correlation-request-id (register call)': UNREADABLE_ID,
      'x-ms-client-request-id (register call)': 'cli-3',
    });
    // A registration this tab did not send (another tab, before a reload) has no ids to speak of.
    expect(describeProblem(new RegistrationFailedError({ subscriptionId: 's', namespace: 'N' }), ctx).ids.map(([label]) => label)).not.toContain(
      'x-ms-correlation-request-id (register call)',
    );
    expect(UNREADABLE_ID).toMatch(/^not readable by the browser/);
  });

  it('unknown codes from ARM, Entra and MSAL get the generic card with the raw code and ids', () => {
    const arm = describeProblem(new ArmError({ status: 400, code: 'BrandNewCode', message: 'm', operation: 'GET /x', correlationId: 'corr' }), ctx);
    expect(arm.key).toBe('generic');
    expect(problemAsText(arm)).toContain('Error code: BrandNewCode');
    expect(problemAsText(arm)).toContain('x-ms-correlation-request-id: corr');
    const entra = describeProblem(new ServerError('invalid_request', 'corr-u', desc(123456, 'new'), undefined, '123456'), ctx);
    expect(entra.key).toBe('generic');
    expect(problemAsText(entra)).toContain('AADSTS code: AADSTS123456');
    expect(problemAsText(entra)).toContain('Trace ID: 11111111-1111-1111-1111-111111111111');
    const msal = describeProblem(new BrowserAuthError('brand_new_error', 'corr-m'), ctx);
    expect(msal.key).toBe('generic');
    expect(problemAsText(msal)).toContain('Error: brand_new_error');
  });
});
