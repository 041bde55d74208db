import { infiniteQueryOptions, useInfiniteQuery, type QueryMeta } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { RESOURCE_GRAPH_API } from './api-versions';
import { MalformedResponseError } from './errors';
import { queryKeys } from './query-keys';

/** An Azure Digital Twins instance as the portal shows it (Microsoft.DigitalTwins/digitalTwinsInstances). */
export interface DigitalTwinsInstance {
  /** the ARM resource id: the scope of its role assignments */
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  /** `{name}.api.{region}.digitaltwins.azure.net`: what the developer's server calls */
  hostName: string | undefined;
  provisioningState: string | undefined;
  /** `Disabled`: only a private endpoint reaches the data plane */
  publicNetworkAccess: string | undefined;
}

/**
 * The one Resource Graph query the portal sends (the emulator recognises exactly this text): every instance in
 * every subscription the caller can read in the token's directory, ordered by id so pages follow one another.
 */
export const INSTANCES_QUERY =
  "resources | where type =~ 'microsoft.digitaltwins/digitaltwinsinstances' | project id, name, location, subscriptionId, resourceGroup, properties | order by id asc";

/** Resource Graph's largest page. */
export const INSTANCES_PAGE_SIZE = 1000;

export interface InstancesPage {
  instances: DigitalTwinsInstance[];
  skipToken: string | undefined;
  totalRecords: number | undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** One row of the answer; subscription and resource group come from the id when the row leaves them out. */
export function parseInstance(raw: unknown, operation: string): DigitalTwinsInstance {
  const o = (raw ?? {}) as Record<string, unknown>;
  const id = str(o.id);
  const fromId = id
    ? /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DigitalTwins\/digitalTwinsInstances\/([^/]+)$/i.exec(
        id,
      )
    : null;
  if (!id || !fromId)
    throw new MalformedResponseError(operation, 'an instance without a Microsoft.DigitalTwins resource id');
  const properties = (o.properties ?? {}) as Record<string, unknown>;
  return {
    id,
    name: str(o.name) ?? fromId[3]!,
    subscriptionId: str(o.subscriptionId) ?? fromId[1]!,
    resourceGroup: str(o.resourceGroup) ?? fromId[2]!,
    location: str(o.location) ?? '',
    hostName: str(properties.hostName),
    provisioningState: str(properties.provisioningState),
    publicNetworkAccess: str(properties.publicNetworkAccess),
  };
}

export function parseInstancesPage(data: unknown, operation: string): InstancesPage {
  const o = (data ?? {}) as Record<string, unknown>;
  if (!Array.isArray(o.data))
    throw new MalformedResponseError(operation, 'no "data" list of rows (resultFormat objectArray)');
  return {
    instances: o.data.map((row) => parseInstance(row, operation)),
    skipToken: str(o.$skipToken),
    totalRecords: typeof o.totalRecords === 'number' ? o.totalRecords : undefined,
  };
}

/** One page of Resource Graph's answer: the first without a skip token, the next with the one the last page gave. */
export async function fetchInstancesPage(
  arm: ArmClient,
  skipToken: string | null,
  signal?: AbortSignal,
): Promise<InstancesPage> {
  const options: Record<string, unknown> = { $top: INSTANCES_PAGE_SIZE, resultFormat: 'objectArray' };
  if (skipToken) options.$skipToken = skipToken;
  const { data } = await arm.request<unknown>(
    'POST',
    `/providers/Microsoft.ResourceGraph/resources?api-version=${RESOURCE_GRAPH_API}`,
    {
      body: { query: INSTANCES_QUERY, options },
      signal,
    },
  );
  return parseInstancesPage(data, 'POST Microsoft.ResourceGraph/resources');
}

/**
 * Every instance of the directory. One request (a page per 1,000 instances) whatever the number of subscriptions;
 * no per-subscription fallback when Resource Graph fails (docs/architecture.md, "Finding the instance").
 */
export function instancesQueryOptions(arm: ArmClient, tenantId: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.digitalTwinsInstances(tenantId),
    queryFn: ({ pageParam, signal }) => fetchInstancesPage(arm, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.skipToken ?? null,
    staleTime: 60_000,
  });
}

export function useDigitalTwinsInstances(arm: ArmClient, tenantId: string, meta?: QueryMeta) {
  return useInfiniteQuery({ ...instancesQueryOptions(arm, tenantId), meta });
}
