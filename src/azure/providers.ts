import { queryOptions, skipToken, useMutation, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { PROVIDERS_API } from './api-versions';
import { parseProvider, type Provider } from './models';
import { mutationKeys, queryKeys } from './query-keys';
import { RegistrationState, type ProviderState } from './registration-state';

export interface ProviderSnapshot extends Provider {
  /** when this state was read (ms since epoch) */
  readAt: number;
  correlationId: string | undefined;
}

export interface RegisterOutcome extends ProviderSnapshot {
  requestId: string | undefined;
  clientRequestId: string;
}

export function providerPath(subscriptionId: string, namespace: string): string {
  return `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/${encodeURIComponent(namespace)}`;
}

export async function fetchProvider(
  arm: ArmClient,
  subscriptionId: string,
  namespace: string,
  signal?: AbortSignal,
): Promise<ProviderSnapshot> {
  const { data, correlationId } = await arm.request<unknown>(
    'GET',
    `${providerPath(subscriptionId, namespace)}?api-version=${PROVIDERS_API}`,
    { signal },
  );
  return { ...parseProvider(data, 'GET provider'), readAt: Date.now(), correlationId };
}

export async function registerProvider(
  arm: ArmClient,
  subscriptionId: string,
  namespace: string,
): Promise<RegisterOutcome> {
  const { data, correlationId, requestId, clientRequestId } = await arm.request<unknown>(
    'POST',
    `${providerPath(subscriptionId, namespace)}/register?api-version=${PROVIDERS_API}`,
  );
  return { ...parseProvider(data, 'POST register'), readAt: Date.now(), correlationId, requestId, clientRequestId };
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
export const WATCHED_STATES: ReadonlySet<ProviderState> = new Set<ProviderState>([
  RegistrationState.Registering,
  RegistrationState.Unregistering,
]);

/**
 * Where the start of a registration's watch is kept (the journal: it survives a reload), not in the query's data:
 * every read tells it the state it saw, and the poll backs off from the start it keeps.
 */
export interface RegistrationWatch {
  /** when watching began, if it did (ms since epoch) */
  since(): number | undefined;
  /** a read saw `state` at `at` */
  saw(state: string, at: number): void;
}

/**
 * When to read the provider again: never while its state stays put; while it changes, on the back-off schedule
 * counted from the start of the watch. A change with no watch noted (the first read of one notes it; an
 * unregistration the portal did not start notes none) is read at the steady pace.
 */
export function nextReadDelay(state: string | undefined, since: number | undefined, now: number): number | false {
  if (state === undefined || !WATCHED_STATES.has(state as ProviderState)) return false;
  return since === undefined ? 3_000 : pollDelay(now - since);
}

/** The provider's state on one subscription (none chosen: no read); polls with back-off while it is changing. */
export function providerQueryOptions(
  arm: ArmClient,
  subscriptionId: string | undefined,
  namespace: string,
  watch?: RegistrationWatch,
) {
  return queryOptions({
    queryKey: queryKeys.provider(subscriptionId, namespace),
    queryFn:
      subscriptionId === undefined
        ? skipToken
        : async ({ signal }) => {
            const snapshot = await fetchProvider(arm, subscriptionId, namespace, signal);
            watch?.saw(snapshot.registrationState, snapshot.readAt);
            return snapshot;
          },
    staleTime: 30_000,
    refetchInterval: (query) => nextReadDelay(query.state.data?.registrationState, watch?.since(), Date.now()),
  });
}

/**
 * The register call. It goes out at most once per click: the button is gone while the call is pending or
 * while ARM says Registering, and ARM itself ignores a second register during a registration.
 */
export function useRegisterProvider(
  arm: ArmClient,
  subscriptionId: string,
  namespace: string,
  onRegistered: (outcome: RegisterOutcome) => void,
  meta?: MutationMeta,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.register(subscriptionId, namespace),
    meta,
    scope: { id: `register-${subscriptionId}` },
    // A read already in flight must not land after the register answer and put the old state back.
    onMutate: () => queryClient.cancelQueries({ queryKey: queryKeys.provider(subscriptionId, namespace) }),
    mutationFn: () => registerProvider(arm, subscriptionId, namespace),
    onSuccess: (outcome) => {
      queryClient.setQueryData<ProviderSnapshot>(queryKeys.provider(subscriptionId, namespace), outcome);
      onRegistered(outcome);
    },
    // The call may have reached ARM even though its answer did not reach us: ARM's state says what happened.
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.provider(subscriptionId, namespace) }),
  });
}
