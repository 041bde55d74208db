import { createContext } from 'react';

/** The deployment's `supportContact` (mailto: or https:), shown on every problem card when set. */
export const SupportContactContext = createContext<string | undefined>(undefined);

/** What the link says: the address of a mailto:, the rest of an https URL without its scheme. */
export function supportContactLabel(contact: string): string {
  if (contact.startsWith('mailto:')) {
    const address = contact.slice('mailto:'.length).split('?', 1)[0]!;
    try {
      return decodeURIComponent(address);
    } catch {
      return address;
    }
  }
  return contact.replace(/^https:\/\//, '').replace(/\/$/, '');
}
