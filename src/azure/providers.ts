import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { PROVIDERS_API } from './api-versions';
import { parseProvider, type Provider } from './models';

export interface ProviderSnapshot extends Provider {
  /** when this state was read (ms since epoch) */
  readAt: number;
  correlationId: string | undefined;
}

export interface RegisterOutcome extends ProviderSnapshot {
  requestId: string | undefined;
  clientRequestId: string;
}

function providerPath(subscriptionId: string, namespace: string): string {
  return `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/${encodeURIComponent(namespace)}`;
}

export async function fetchProvider(arm: ArmClient, subscriptionId: string, namespace: string, signal?: AbortSignal): Promise<ProviderSnapshot> {
  const { data, correlationId } = await arm.request<unknown>('GET', `${providerPath(subscriptionId, namespace)}?api-version=${PROVIDERS_API}`, { signal });
  return { ...parseProvider(data, 'GET provider'), readAt: Date.now(), correlationId };
}

export async function registerProvider(arm: ArmClient, subscriptionId: string, namespace: string): Promise<RegisterOutcome> {
  const { data, correlationId, requestId, clientRequestId } = await arm.request<unknown>(
    'POST',
    `${providerPath(subscriptionId, namespace)}/register?api-version=${PROVIDERS_API}`,
  );
  return { ...parseProvider(data, 'POST register'), readAt: Date.now(), correlationId, requestId, clientRequestId };
}

export function providerKey(subscriptionId: string, namespace: string) {
  return ['arm', 'provider', subscriptionId, namespace.toLowerCase()] as const;
}

/**
 * How long to wait before the next read while a registration runs: quick at first (registrations that are
 * nearly done show up at once), then every 3 s. For a 60 s registration that is 24 reads, against the
 * Azure CLI's one read every 10 s, and a median detection delay of about 1.5 s.
 */
export function pollDelay(watchingForMs: number): number {
  if (watchingForMs < 4_000) return 1_000;
  if (watchingForMs < 12_000) return 2_000;
  // A registration this long is stuck or very slow: keep an eye on it without hammering ARM.
  if (watchingForMs >= STUCK_AFTER_MS) return 30_000;
  return 3_000;
}

/** After this long the UI says the registration is taking longer than usual. */
export const STUCK_AFTER_MS = 10 * 60_000;

/** States that change by themselves, so are worth watching. */
export const WATCHED_STATES = new Set(['Registering', 'Unregistering']);

/** When each provider query first showed a watched state (per query object, so every watcher backs off). */
const watchStarted = new WeakMap<object, number>();

/** The provider's state on one subscription; polls with back-off while it is changing. */
export function providerQueryOptions(arm: ArmClient, subscriptionId: string, namespace: string, watchingSince?: () => number | undefined) {
  return queryOptions({
    queryKey: providerKey(subscriptionId, namespace),
    queryFn: ({ signal }) => fetchProvider(arm, subscriptionId, namespace, signal),
    staleTime: 30_000,
    refetchInterval: (query) => {
      const state = query.state.data?.registrationState;
      if (!state || !WATCHED_STATES.has(state)) {
        watchStarted.delete(query);
        return false;
      }
      if (!watchStarted.has(query)) watchStarted.set(query, Date.now());
      const since = watchingSince?.() ?? watchStarted.get(query)!;
      return pollDelay(Date.now() - since);
    },
  });
}

/**
 * The register call. It goes out at most once per click: the button is gone while the call is pending or
 * while ARM says Registering, and ARM itself ignores a second register during a registration.
 */
export function useRegisterProvider(arm: ArmClient, subscriptionId: string, namespace: string, onRegistered: (outcome: RegisterOutcome) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['register', subscriptionId, namespace.toLowerCase()],
    scope: { id: `register-${subscriptionId}` },
    // A read already in flight must not land after the register answer and put the old state back.
    onMutate: () => queryClient.cancelQueries({ queryKey: providerKey(subscriptionId, namespace) }),
    mutationFn: () => registerProvider(arm, subscriptionId, namespace),
    onSuccess: (outcome) => {
      queryClient.setQueryData(providerKey(subscriptionId, namespace), outcome);
      onRegistered(outcome);
    },
    // The call may have reached ARM even though its answer did not reach us: ARM's state says what happened.
    onError: () => queryClient.invalidateQueries({ queryKey: providerKey(subscriptionId, namespace) }),
  });
}
