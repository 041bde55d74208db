import { infiniteQueryOptions, queryOptions, skipToken, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import type { ArmClient } from './arm-client';
import { SUBSCRIPTIONS_API } from './api-versions';
import { parseSubscription, parseTenant, type Subscription, type Tenant } from './models';
import { queryKeys } from './query-keys';

export interface SubscriptionPage {
  subscriptions: Subscription[];
  nextLink: string | undefined;
}

export async function fetchSubscriptionPage(
  arm: ArmClient,
  link: string | null,
  signal?: AbortSignal,
): Promise<SubscriptionPage> {
  const page = await arm.page<unknown>(link ?? `/subscriptions?api-version=${SUBSCRIPTIONS_API}`, signal);
  return { subscriptions: page.value.map((s) => parseSubscription(s, 'GET /subscriptions')), nextLink: page.nextLink };
}

/** Keyed by directory: ARM lists only the subscriptions of the tenant that issued the token. */
export function subscriptionsQueryOptions(arm: ArmClient, tenantId: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.subscriptions(tenantId),
    queryFn: ({ pageParam, signal }) => fetchSubscriptionPage(arm, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextLink ?? null,
    staleTime: 60_000,
  });
}

export async function fetchTenants(arm: ArmClient, signal?: AbortSignal): Promise<Tenant[]> {
  const tenants: Tenant[] = [];
  for await (const page of arm.pages<unknown>(`/tenants?api-version=${SUBSCRIPTIONS_API}`, signal)) {
    tenants.push(...page.value.map((t) => parseTenant(t, 'GET /tenants')));
  }
  return tenants;
}

/** The directories the account can use (none signed in: no read); the header shows the current one's name and domain. */
export function tenantsQueryOptions(arm: ArmClient, homeAccountId: string | undefined) {
  return queryOptions({
    queryKey: queryKeys.tenants(homeAccountId),
    queryFn: homeAccountId === undefined ? skipToken : ({ signal }) => fetchTenants(arm, signal),
    staleTime: 5 * 60_000,
  });
}

/** One subscription of the directory's list, once the list has it (the list query is shared and cached). */
export function useSubscription(
  arm: ArmClient,
  tenantId: string,
  subscriptionId: string | undefined,
): Subscription | undefined {
  const list = useInfiniteQuery({ ...subscriptionsQueryOptions(arm, tenantId), enabled: subscriptionId !== undefined });
  return list.data?.pages.flatMap((p) => p.subscriptions).find((s) => s.subscriptionId === subscriptionId);
}

/** The signed-in account's directory as ARM describes it (name, default domain). */
export function useDirectory(arm: ArmClient, account: AccountInfo | null): Tenant | undefined {
  const tenants = useQuery(tenantsQueryOptions(arm, account?.homeAccountId));
  return tenants.data?.find((t) => t.tenantId === account?.tenantId);
}
