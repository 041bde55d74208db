import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/**
 * What a card or the report says for an id Azure sends in a response header that the browser could not read:
 * ARM does not document which headers it exposes to cross-origin scripts, so its x-ms-* ids (and Retry-After)
 * may be invisible to the portal. Never a blank: support can still find the call by our x-ms-client-request-id.
 * Kept in English in the data (the report is read by support); `idValue` says it in the page's language.
 */
export const UNREADABLE_ID = 'not readable by the browser (support can use x-ms-client-request-id)';

const UNREADABLE_ID_MESSAGE = msg({
  message: 'not readable by the browser (support can use x-ms-client-request-id)',
  comment: 'Shown in place of an Azure id the browser could not read; x-ms-client-request-id is an HTTP header name',
});

/** The id, or the words for one the browser could not read, for a call that got an answer. */
export function answeredId(value: string | undefined): string {
  return value === undefined || value === '' ? UNREADABLE_ID : value;
}

/** An id's value as shown: itself, or the words for an unreadable one in the page's language. */
export function idValue(value: string, i18n: I18n): string {
  return value === UNREADABLE_ID ? i18n._(UNREADABLE_ID_MESSAGE) : value;
}

/**
 * The labels of `Problem.ids` and the journal's ids, which stay English in the data (the report's JSON uses
 * them). Header names (x-ms-…) are not words: they are shown as they are, as is any label not listed here.
 */
const ID_LABELS: Record<string, MessageDescriptor> = {
  'Trace ID': msg({ message: 'Trace ID', comment: 'Label of an id Microsoft Entra ID sends with an error' }),
  'Correlation ID': msg({
    message: 'Correlation ID',
    comment: 'Label of an id Microsoft Entra ID sends with an error',
  }),
  'Time (UTC)': msg`Time (UTC)`,
  Timestamp: msg({ message: 'Timestamp', comment: 'Label: when Microsoft Entra ID answered with an error' }),
  Request: msg({ message: 'Request', comment: 'Label: the HTTP method and path of the call that failed' }),
  Attempt: msg({ message: 'Attempt', comment: 'Label: which attempt of a call this was (a number)' }),
  'Waited (ms)': msg({ message: 'Waited (ms)', comment: 'Label: how long the portal waited, in milliseconds' }),
  'Retry-After (s)': msg({
    message: 'Retry-After (s)',
    comment: 'Label: the Retry-After HTTP header (keep its name), in seconds',
  }),
  Subscription: msg({ message: 'Subscription', comment: 'Label: an Azure subscription id' }),
  'Resource provider': msg({ message: 'Resource provider', comment: 'Label: an Azure resource provider namespace' }),
  'Error code': msg({ message: 'Error code', comment: 'Label: the error code Azure Resource Manager answered with' }),
  'HTTP status': msg`HTTP status`,
  'AADSTS code': msg({
    message: 'AADSTS code',
    comment: 'Label: a Microsoft Entra ID error code such as AADSTS50020; keep AADSTS',
  }),
  Error: msg({ message: 'Error', comment: 'Label: the OAuth or MSAL error code' }),
  'Sub-error': msg({ message: 'Sub-error', comment: 'Label: the OAuth sub-error code' }),
  'Claims requested': msg({
    message: 'Claims requested',
    comment: 'Label: the claims (JSON) Azure asked the sign-in to add, e.g. multifactor authentication',
  }),
  'State returned': msg({
    message: 'State returned',
    comment: 'Label: the registration state Azure answered the register call with',
  }),
};

/** Ids of the register call: the header name stays, the words around it are translated. */
const REGISTER_CALL = / \(register call\)$/;

/** An id's label as shown: translated when it is one of the portal's words, else (header names) as it is. */
export function idLabel(label: string, i18n: I18n): string {
  const known = ID_LABELS[label];
  if (known) return i18n._(known);
  if (REGISTER_CALL.test(label)) {
    const header = label.replace(REGISTER_CALL, '');
    return i18n._(
      msg({
        message: `${header} (register call)`,
        comment: '{header} is an HTTP header name such as x-ms-client-request-id',
      }),
    );
  }
  return label;
}
