import { choicesStore } from './choices';
import { journalStore } from './journal';
import { exchangeRecord } from '../exchanges/record';

/** Signing out forgets the portal's notes (choices, timestamps, ids, exchanges) along with MSAL's tokens. */
export function forgetSession(): void {
  choicesStore.set(() => ({}));
  journalStore.set(() => ({}));
  exchangeRecord.clear();
}
