import { choicesStore } from './choices';
import { journalStore } from './journal';

/** Signing out forgets the portal's notes (choices, timestamps, ids) along with MSAL's tokens. */
export function forgetSession(): void {
  choicesStore.set(() => ({}));
  journalStore.set(() => ({}));
}
