import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useRuntime } from '../runtime/runtime';
import { providerQueryOptions } from '../azure/providers';
import { readJournal, updateJournal } from './journal';
import { noteProviderState } from './registration';

/**
 * The configured provider's state on a subscription, read from ARM (polled while it registers), with the journal's
 * timestamps kept for the progress display and the report. Both flows use it: the 2018 one for the chosen
 * subscription, today's Digital Twins one only on the way out of "no instance".
 */
export function useWatchedProvider(tenantId: string, subscriptionId: string | undefined) {
  const { arm, config } = useRuntime();
  const provider = useQuery(
    providerQueryOptions(arm, subscriptionId, config.providerNamespace, () =>
      subscriptionId ? readJournal(tenantId).watchingSince[subscriptionId] : undefined,
    ),
  );
  const providerState = subscriptionId ? provider.data?.registrationState : undefined;

  // The state itself always comes from ARM; the journal only notes when it was first seen.
  useEffect(() => {
    if (!subscriptionId) return;
    const now = Date.now();
    const journal = readJournal(tenantId);
    if (noteProviderState(journal, subscriptionId, providerState, now) !== journal) {
      updateJournal(tenantId, (j) => noteProviderState(j, subscriptionId, providerState, now));
    }
  }, [tenantId, subscriptionId, providerState]);

  return { provider, providerState };
}
