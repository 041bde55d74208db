import { useQuery } from '@tanstack/react-query';
import { useRuntime } from '../runtime/runtime';
import { providerQueryOptions, type RegistrationWatch } from '../azure/providers';
import { readJournal, updateJournal } from './journal';
import { noteProviderState } from './registration';
import { problemMeta } from './problem-log';

/**
 * The configured provider's state on a subscription, read from ARM (polled while it registers). The journal is
 * the one keeper of the watch's start (it survives a reload): each read notes there when watching began and when
 * `Registered` was first seen, for the progress display and the report. Both flows use it: the 2018 one for the
 * chosen subscription, today's Digital Twins one only on the way out of "no instance".
 */
export function useWatchedProvider(tenantId: string, subscriptionId: string | undefined) {
  const { arm, config } = useRuntime();
  const watch: RegistrationWatch | undefined = subscriptionId
    ? {
        since: () => readJournal(tenantId).watchingSince[subscriptionId],
        saw: (state, at) => updateJournal(tenantId, (j) => noteProviderState(j, subscriptionId, state, at)),
      }
    : undefined;
  const provider = useQuery({
    ...providerQueryOptions(arm, subscriptionId, config.providerNamespace, watch),
    meta: problemMeta(tenantId, config),
  });
  const providerState = subscriptionId ? provider.data?.registrationState : undefined;
  return { provider, providerState };
}
