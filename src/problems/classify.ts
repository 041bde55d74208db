import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ClaimsChallenge } from '../azure/claims-challenge';
import {
  ArmError,
  MalformedResponseError,
  NetworkError,
  RegistrationFailedError,
  isTokenRefusal,
} from '../azure/errors';
import { catalogue, type CatalogueEntries, type CatalogueEntry, type ProblemContext } from './catalogue';
import { answeredId, idLabel, idValue } from './ids';
import type { Problem } from './types';
import type { CatalogueKey } from './keys';
import { aadstsNumber, aadstsOf, firstAadsts } from '../exchanges/aadsts';

/** The fields MSAL's AuthError family carries (duck-typed, so this module stays free of MSAL). */
interface AuthErrorLike {
  errorCode: string;
  errorMessage?: string;
  subError?: string;
  correlationId?: string;
  errorNo?: string;
  traceId?: string;
  timestamp?: string;
}

function isAuthErrorLike(error: unknown): error is AuthErrorLike {
  return (
    typeof error === 'object' && error !== null && typeof (error as { errorCode?: unknown }).errorCode === 'string'
  );
}

/** The AADSTS number: MSAL's errorNo (from error_codes) first, else the code that prefixes the description. */
export function aadstsCode(error: AuthErrorLike): string | undefined {
  // MSAL may hand errorNo over as a number although it is typed as a string.
  const errorNo = error.errorNo === undefined || error.errorNo === null ? '' : String(error.errorNo);
  if (/^\d+$/.test(errorNo)) return errorNo;
  // MSAL v5 wraps the description ("Error(s): … - Description: AADSTS650052: …"); the code is the first "AADSTSn:".
  const code = firstAadsts(error.errorMessage, { labelled: true });
  return code && aadstsNumber(code);
}

/** Entra puts its ids at the end of error_description; they are for display only, never for branching. */
function idFromDescription(description: string | undefined, label: string): string | undefined {
  const match = new RegExp(`${label}:\\s*([0-9a-fA-F-]{36})`).exec(description ?? '');
  return match?.[1];
}

function timestampFromDescription(description: string | undefined): string | undefined {
  return /Timestamp:\s*(\d{4}-\d{2}-\d{2}[ T][\d:.]+Z?)/.exec(description ?? '')?.[1];
}

/** A catalogue entry as a card's content; ids without a value are left out. */
export function problemFromEntry(
  key: CatalogueKey,
  entry: CatalogueEntry,
  ids: Array<[string, string | undefined]>,
  detail: string | undefined,
): Problem {
  return {
    key,
    title: entry.title,
    explanation: entry.explanation,
    remedy: entry.remedy,
    links: entry.links ?? [],
    transient: entry.transient ?? false,
    ids: ids.filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== ''),
    detail,
  };
}

/** Whether the catalogue has a card for `key` (made of a code Azure or MSAL sent: it may have none). */
export function isCatalogueKey(entries: CatalogueEntries, key: string): key is CatalogueKey {
  return Object.hasOwn(entries, key);
}

/** `key`'s card, or the generic one when the catalogue has none for it. */
function build(
  key: string,
  ctx: ProblemContext,
  ids: Array<[string, string | undefined]>,
  detail: string | undefined,
): Problem {
  const entries = catalogue(ctx);
  const known = isCatalogueKey(entries, key) ? key : 'generic';
  return problemFromEntry(known, entries[known] ?? entries.generic, ids, detail);
}

/** MSAL's codes for an Entra answer that lacks what a sign-in needs (a token, its nonce, the state, client info). */
const MALFORMED_SIGN_IN = new Set([
  'nonce_mismatch',
  'state_mismatch',
  'invalid_state',
  'null_or_empty_token',
  'token_parsing_error',
  'client_info_decoding_error',
  'client_info_empty_error',
]);

/** Entra ID and MSAL errors: the AADSTS code picks the card, else the OAuth error, else MSAL's own code. */
function describeAuthError(error: AuthErrorLike, ctx: ProblemContext, at: string): Problem {
  const code = aadstsCode(error);
  const entries = catalogue(ctx);
  let key: string;
  if (code && isCatalogueKey(entries, `aadsts-${code}`)) key = `aadsts-${code}`;
  else if (error.errorCode === 'access_denied') key = 'aadsts-65004';
  else if (error.errorCode === 'consent_required' || error.subError === 'consent_required') key = 'aadsts-65001';
  else if (error.errorCode === 'login_required') key = 'aadsts-50058';
  else if (MALFORMED_SIGN_IN.has(error.errorCode)) key = 'malformed-sign-in';
  else key = `msal-${error.errorCode}`;
  return build(
    key,
    ctx,
    [
      ['AADSTS code', code ? aadstsOf(code) : undefined],
      ['Error', error.errorCode],
      ['Sub-error', error.subError],
      ['Trace ID', error.traceId || idFromDescription(error.errorMessage, 'Trace ID')],
      ['Correlation ID', idFromDescription(error.errorMessage, 'Correlation ID') ?? error.correlationId],
      ['Timestamp', error.timestamp || timestampFromDescription(error.errorMessage) || at],
    ],
    error.errorMessage || undefined,
  );
}

/**
 * ARM asked for more claims. The first time, the card offers the sign-in with them (the `step-up` action); after
 * that sign-in the same challenge means a policy the sign-in cannot satisfy: a card for the admin, no action.
 */
function describeClaimsChallenge(
  error: ArmError,
  challenge: ClaimsChallenge,
  ctx: ProblemContext,
  at: string,
): Problem {
  const policy = challenge.kind === 'auth-context' ? 'auth-context' : 'mfa';
  const problem = build(
    error.afterStepUp ? `arm-claims-repeated-${policy}` : `arm-claims-${policy}`,
    ctx,
    [
      ['Error code', error.code],
      ['HTTP status', String(error.status)],
      ['Claims requested', challenge.claims],
      ['x-ms-correlation-request-id', answeredId(error.correlationId)],
      ['x-ms-request-id', answeredId(error.requestId)],
      ['x-ms-client-request-id', error.clientRequestId],
      ['Request', error.operation],
      ['Time (UTC)', at],
    ],
    error.message,
  );
  return error.afterStepUp
    ? problem
    : { ...problem, action: 'step-up', stepUp: { operation: error.operation, challenge } };
}

/**
 * A read ARM refused (403): for the reads that only inform (who holds a role, what a role grants, the admin's own
 * permissions) that is "cannot tell from here", said where it matters, never a problem card.
 */
export function isReadRefused(error: unknown): boolean {
  return error instanceof ArmError && error.status === 403;
}

export function describeProblem(error: unknown, ctx: ProblemContext, now: Date = new Date()): Problem {
  const at = now.toISOString();
  if (error instanceof Error && error.name === 'ServicePrincipalStillMissingError') {
    // The namespace is registered (an instance proves it) and Entra ID still refuses: the last resort, with the ids of
    // what Entra answered.
    const cause = describeProblem(error.cause, ctx, now);
    return build('digital-twins-service-principal-missing', ctx, cause.ids, cause.detail);
  }
  if (error instanceof Error && error.name === 'SignInRequiredError') {
    // Say what to do (sign in again), and keep the ids of what Entra actually answered.
    const cause = describeProblem(error.cause, ctx, now);
    return { ...build('sign-in-required', ctx, cause.ids, cause.detail), action: 'sign-in-again' };
  }
  if (error instanceof ArmError && error.claimsChallenge)
    return describeClaimsChallenge(error, error.claimsChallenge, ctx, at);
  if (error instanceof ArmError) {
    const key =
      error.status === 429
        ? 'arm-throttled'
        : error.status >= 500
          ? 'arm-server'
          : error.code === 'AuthorizationFailed' && /^PUT .*\/roleAssignments\//i.test(error.operation)
            ? 'role-assignment-write-denied'
            : `arm-${error.code}`;
    const problem = build(
      key,
      ctx,
      [
        ['Error code', error.code],
        ['HTTP status', String(error.status)],
        // ARM answered, so it sent its ids; the browser may still have hidden them.
        ['x-ms-correlation-request-id', answeredId(error.correlationId)],
        ['x-ms-request-id', answeredId(error.requestId)],
        ['x-ms-client-request-id', error.clientRequestId],
        ['Request', error.operation],
        ['Time (UTC)', at],
      ],
      error.message,
    );
    // ARM still refused a freshly fetched token: only a new sign-in can help.
    return isTokenRefusal(error) ? { ...problem, action: 'sign-in-again' } : problem;
  }
  if (error instanceof RegistrationFailedError) {
    return build(
      'registration-failed',
      ctx,
      [
        ['Subscription', error.subscriptionId],
        ['Resource provider', error.namespace],
        // Known only when this tab saw the register call's answer (its client request id is then known too).
        [
          'x-ms-correlation-request-id (register call)',
          error.clientRequestId ? answeredId(error.correlationId) : undefined,
        ],
        ['x-ms-client-request-id (register call)', error.clientRequestId],
        ['Time (UTC)', at],
      ],
      error.message,
    );
  }
  if (error instanceof NetworkError) {
    return build(
      'network',
      ctx,
      [
        ['x-ms-client-request-id', error.clientRequestId],
        ['Request', error.operation],
        ['Time (UTC)', at],
      ],
      error.message,
    );
  }
  if (error instanceof MalformedResponseError) {
    return build(
      'malformed',
      ctx,
      [
        ['x-ms-correlation-request-id', error.clientRequestId ? answeredId(error.correlationId) : error.correlationId],
        ['x-ms-client-request-id', error.clientRequestId],
        ['Request', error.operation],
        ['Time (UTC)', at],
      ],
      error.message,
    );
  }
  if (error instanceof Error && error.name === 'AdminConsentError' && isAuthErrorLike(error)) {
    // The admin declined (or closed the page): not a sign-in to retry, a decision to report back. Without
    // admin_consent the answer came from "Need admin approval": whoever opened the link is not an administrator.
    const problem = describeAuthError(error, ctx, at);
    const fromConsentPage = (error as { fromConsentPage?: unknown }).fromConsentPage !== false;
    if (!fromConsentPage && error.subError === 'cancel')
      return build('admin-consent-not-admin', ctx, problem.ids, problem.detail);
    return problem.key === 'aadsts-65004' || problem.key === 'aadsts-65001'
      ? build('admin-consent-declined', ctx, problem.ids, problem.detail)
      : problem;
  }
  if (isAuthErrorLike(error)) return describeAuthError(error, ctx, at);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return build('generic', ctx, [['Time (UTC)', at]], detail);
}

/** Plain text for the "Copy details" button, in the card's language (`i18n`, the one it was described in). */
export function problemAsText(problem: Problem, i18n: I18n): string {
  const remedy = problem.remedy;
  const lines = [problem.title, '', problem.explanation, '', i18n._(msg`What to do: ${remedy}`), ''];
  for (const [label, value] of problem.ids) {
    const name = idLabel(label, i18n);
    const shown = idValue(value, i18n);
    lines.push(
      i18n._(
        msg({ message: `${name}: ${shown}`, comment: 'One id in copied problem details: its label, then its value' }),
      ),
    );
  }
  const detail = problem.detail;
  if (detail)
    lines.push(
      '',
      i18n._(msg({ message: `Details: ${detail}`, comment: 'The raw text the service sent with an error' })),
    );
  return lines.join('\n');
}
