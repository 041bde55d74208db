import { useCallback, useSyncExternalStore } from 'react';
import { useMsal } from '@azure/msal-react';
import { EventType, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { isOwnAccount } from './msal';

/** "homeAccountId|tenantId" of MSAL's active account: it changes when the user switches directory. */
function useActiveAccountKey(instance: IPublicClientApplication): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      const id = instance.addEventCallback((message) => {
        if (message.eventType === EventType.ACTIVE_ACCOUNT_CHANGED) notify();
      });
      return () => {
        if (id) instance.removeEventCallback(id);
      };
    },
    [instance],
  );
  const key = () => {
    const active = instance.getActiveAccount();
    return active ? `${active.homeAccountId}|${active.tenantId}` : '';
  };
  // The same on the server: the prerendered page has no account, and it is hydrated only when none is signed in.
  return useSyncExternalStore(subscribe, key, key);
}

/** The signed-in account (in the directory the user works in): MSAL's active account, else the first cached one. */
export function useSignedInAccount(): AccountInfo | null {
  const { instance, accounts } = useMsal();
  const { config } = useRuntime();
  // Re-render on a directory switch: setActiveAccount alone does not change msal-react's account list.
  useActiveAccountKey(instance);
  const active = instance.getActiveAccount();
  if (isOwnAccount(active, config.clientId)) return active;
  return accounts.find((a) => isOwnAccount(a, config.clientId)) ?? null;
}
