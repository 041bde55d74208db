import { describe, expect, it } from 'vitest';
import { ServicePrincipalStillMissingError, verificationStatus } from './verify';

describe("today's Digital Twins: the last resort for the service principal", () => {
  const missing = (code: string) => ({
    errorCode: code === '500011' ? 'invalid_resource' : 'invalid_client',
    errorMessage: `AADSTS${code}: no service principal`,
    errorNo: code,
  });
  const facts = {
    isFetching: false,
    isError: true,
    failureCount: 0,
    failureReason: null,
    providerState: undefined,
    consentError: null,
  };

  it.each(['650052', '500011'])(
    'AADSTS%s with the namespace registered (an instance exists) becomes the last-resort card',
    (code) => {
      const status = verificationStatus({ ...facts, error: missing(code), namespaceRegistered: true });
      expect(status.problemError).toBeInstanceOf(ServicePrincipalStillMissingError);
      expect((status.problemError as Error).cause).toEqual(missing(code));
      expect(status.offerRegister).toBe(false);
    },
  );

  it('without an instance (or without digitalTwins) the usual card, and registering is offered', () => {
    const status = verificationStatus({ ...facts, error: missing('650052') });
    expect(status.problemError).toEqual(missing('650052'));
    expect(status.offerRegister).toBe(true);
  });

  it('another error stays itself', () => {
    const other = { errorCode: 'invalid_request', errorMessage: 'AADSTS50020: not here', errorNo: '50020' };
    expect(verificationStatus({ ...facts, error: other, namespaceRegistered: true }).problemError).toBe(other);
  });
});
