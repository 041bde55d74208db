/**
 * What a card or the report says for an id Azure sends in a response header that the browser could not read:
 * ARM does not document which headers it exposes to cross-origin scripts, so its x-ms-* ids (and Retry-After)
 * may be invisible to the portal. Never a blank: support can still find the call by our x-ms-client-request-id.
 */
export const UNREADABLE_ID = 'not readable by the browser (support can use x-ms-client-request-id)';

/** The id, or the words for one the browser could not read, for a call that got an answer. */
export function answeredId(value: string | undefined): string {
  return value === undefined || value === '' ? UNREADABLE_ID : value;
}
