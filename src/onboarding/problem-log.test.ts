import { describe, expect, it } from 'vitest';
import { queryClient } from '../azure/query-client';
import { ArmError } from '../azure/errors';
import { mutationKeys, queryKeys } from '../azure/query-keys';
import type { QueryKey } from '@tanstack/react-query';
import { readJournal } from './journal';
import { problemMeta, recordFailure } from './problem-log';
import { accessReadsMeta } from './TwinsAccess';

const config = { providerNamespace: 'Microsoft.DigitalTwins', appName: 'Fabrikam Twins' };
let n = 0;

/** ARM's answer to one request: each request has its own client request id, as the ARM client sends. */
function armError(status: number, code: string): ArmError {
  n += 1;
  return new ArmError({
    status,
    code,
    message: `${code} (${n})`,
    operation: 'GET /subscriptions',
    correlationId: `corr-${n}`,
    requestId: `req-${n}`,
    clientRequestId: `client-${n}`,
  });
}

/** One fetch of the query (a first read, a refetch), failing with what `answer` gives; the cache notes it. */
async function fetchFailing(
  queryKey: QueryKey,
  meta: ReturnType<typeof problemMeta>,
  answer: () => Error,
): Promise<void> {
  await queryClient
    .fetchQuery({ queryKey, queryFn: () => Promise.reject(answer()), meta, staleTime: 0 })
    .catch(() => undefined);
}

const instance = '/subscriptions/s/resourceGroups/r/providers/Microsoft.DigitalTwins/digitalTwinsInstances/i';
const keys = (tenantId: string) => readJournal(tenantId).problems.map((p) => p.key);

describe('problems noted where queries and mutations fail', () => {
  it('notes a failing query once, in English, with its ids; a refetch failing the same way is not a second entry', async () => {
    const meta = problemMeta('t-refetch', config);
    await fetchFailing(queryKeys.subscriptions('t-refetch'), meta, () => armError(403, 'AuthorizationFailed'));
    await fetchFailing(queryKeys.subscriptions('t-refetch'), meta, () => armError(403, 'AuthorizationFailed'));
    const [entry, ...rest] = readJournal('t-refetch').problems;
    expect(rest).toEqual([]);
    expect(entry?.key).toBe('arm-AuthorizationFailed');
    expect(Object.fromEntries(entry?.ids ?? [])['x-ms-client-request-id']).toBe(`client-${n - 1}`);
    // A different failure of the same query is a problem of its own.
    await fetchFailing(queryKeys.subscriptions('t-refetch'), meta, () => armError(500, 'InternalServerError'));
    expect(keys('t-refetch')).toEqual(['arm-AuthorizationFailed', 'arm-server']);
  });

  it('the same failure of another query is its own entry; a query that does not opt in notes nothing', async () => {
    const meta = problemMeta('t-two', config);
    await fetchFailing(queryKeys.permissions('s-1'), meta, () => armError(404, 'SubscriptionNotFound'));
    await fetchFailing(queryKeys.permissions('s-2'), meta, () => armError(404, 'SubscriptionNotFound'));
    await queryClient
      .fetchQuery({
        queryKey: queryKeys.permissions('s-3'),
        queryFn: () => Promise.reject(armError(404, 'SubscriptionNotFound')),
      })
      .catch(() => undefined);
    expect(keys('t-two')).toEqual(['arm-SubscriptionNotFound', 'arm-SubscriptionNotFound']);
  });

  it('each attempt of a mutation (a click) is its own entry', async () => {
    const meta = problemMeta('t-click', config);
    for (let i = 0; i < 2; i++) {
      const mutation = queryClient.getMutationCache().build(queryClient, {
        mutationKey: mutationKeys.register('s-1', config.providerNamespace),
        mutationFn: () => Promise.reject(armError(403, 'AuthorizationFailed')),
        meta,
      });
      await mutation.execute(undefined).catch(() => undefined);
    }
    expect(keys('t-click')).toEqual(['arm-AuthorizationFailed', 'arm-AuthorizationFailed']);
  });

  it('a refused read on the access step notes nothing (it means cannot tell); its other failures one entry', async () => {
    const meta = accessReadsMeta('t-access', config, instance);
    await fetchFailing(queryKeys.roleAssignmentsAt(instance), meta, () => armError(403, 'AuthorizationFailed'));
    await fetchFailing(queryKeys.roleDefinitionsAt(instance), meta, () => armError(403, 'AuthorizationFailed'));
    expect(keys('t-access')).toEqual([]);
    await fetchFailing(queryKeys.roleAssignmentsAt(instance), meta, () => armError(503, 'ServiceUnavailable'));
    await fetchFailing(queryKeys.permissionsAt(instance), meta, () => armError(503, 'ServiceUnavailable'));
    expect(keys('t-access')).toEqual(['arm-server']);
  });

  it('a failure the portal works out itself is noted once however often it is handed over', () => {
    const error = armError(409, 'ReadOnlyDisabledSubscription');
    recordFailure('t-own', config, error);
    recordFailure('t-own', config, error);
    recordFailure('t-own', config, null);
    expect(keys('t-own')).toEqual(['arm-ReadOnlyDisabledSubscription']);
  });
});
