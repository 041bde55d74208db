/**
 * The answer of the admin consent endpoint (/{tenant}/v2.0/adminconsent), which comes back in the portal's
 * address. Entra ID sends `admin_consent=True` with its errors as well, so `error` decides, never that flag.
 */

/** An admin consent that did not happen: declined, or refused by Entra ID. Shaped like MSAL's errors. */
export class AdminConsentError extends Error {
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly subError: string | undefined;
  /** The answer came from the admin consent endpoint itself (`admin_consent` present), not from "Need admin approval". */
  readonly fromConsentPage: boolean;

  constructor(errorCode: string, errorMessage: string, subError?: string, fromConsentPage = true) {
    super(`${errorCode}: ${errorMessage}`);
    this.name = 'AdminConsentError';
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.subError = subError;
    this.fromConsentPage = fromConsentPage;
  }
}

export type AdminConsentReturn =
  { kind: 'approved'; tenant: string | undefined } | { kind: 'failed'; error: AdminConsentError };

/** Null when the address is not an admin consent answer. */
export function adminConsentReturn(search: string): AdminConsentReturn | null {
  const q = new URLSearchParams(search);
  // Someone who is not an administrator who opens the link meets Entra's "Need admin approval" page; returning from
  // it comes back as error=access_denied&error_subcode=cancel without admin_consent. MSAL's own answers come in the
  // fragment and carry a code or its state, so a query like this is that return.
  if (!q.has('admin_consent')) {
    if (q.get('error') === 'access_denied' && q.get('error_subcode') === 'cancel' && !q.has('code')) {
      return {
        kind: 'failed',
        error: new AdminConsentError('access_denied', q.get('error_description') ?? '', 'cancel', false),
      };
    }
    return null;
  }
  const error = q.get('error');
  if (error)
    return {
      kind: 'failed',
      error: new AdminConsentError(error, q.get('error_description') ?? '', q.get('error_subcode') ?? undefined),
    };
  if (q.get('admin_consent')?.toLowerCase() === 'true')
    return { kind: 'approved', tenant: q.get('tenant') ?? undefined };
  return null;
}
