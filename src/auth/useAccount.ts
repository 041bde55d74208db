import { useMsal } from '@azure/msal-react';
import type { AccountInfo } from '@azure/msal-browser';

/** The signed-in account: MSAL's active account, else the first cached one. */
export function useSignedInAccount(): AccountInfo | null {
  const { instance, accounts } = useMsal();
  return instance.getActiveAccount() ?? accounts[0] ?? null;
}
