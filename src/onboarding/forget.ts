import { clearTenantHint } from '../auth/tenant-hint';
import { choicesStore } from './choices';
import { journalStore } from './journal';
import { exchangeRecord } from '../exchanges/record';

/**
 * Signing out forgets the portal's notes (choices, timestamps, ids, exchanges) along with MSAL's tokens, and the
 * directory a link named: whoever signs in next in this tab starts from their own directory.
 */
export function forgetSession(): void {
  choicesStore.clear();
  journalStore.clear();
  exchangeRecord.clear();
  clearTenantHint();
}
