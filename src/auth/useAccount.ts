import { useMsal } from '@azure/msal-react';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../app/runtime';
import { isOwnAccount } from './msal';

/** The signed-in account: MSAL's active account, else the first cached one signed in to this app. */
export function useSignedInAccount(): AccountInfo | null {
  const { instance, accounts } = useMsal();
  const { config } = useRuntime();
  const active = instance.getActiveAccount();
  if (isOwnAccount(active, config.clientId)) return active;
  return accounts.find((a) => isOwnAccount(a, config.clientId)) ?? null;
}
