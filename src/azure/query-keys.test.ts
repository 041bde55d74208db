import { describe, expect, it } from 'vitest';
import { partialMatchKey, skipToken } from '@tanstack/react-query';
import type { ArmClient } from './arm-client';
import { permissionsQueryOptions } from './permissions';
import { providerQueryOptions } from './providers';
import { mutationKeys, queryKeys } from './query-keys';
import { subscriptionsQueryOptions, tenantsQueryOptions } from './subscriptions';

const arm = {} as ArmClient;
const armKeys = [
  queryKeys.tenants('home'),
  queryKeys.subscriptions('tenant'),
  queryKeys.provider('sub', 'Microsoft.IoTSpaces'),
  queryKeys.permissions('sub'),
  queryKeys.roleAssignment('/subscriptions/s/x', 'name'),
  queryKeys.grantWatch('/subscriptions/s/x', 'name'),
  queryKeys.roleEligibilitiesAt('/subscriptions/s/x'),
];

describe('one query-key factory', () => {
  it('puts every ARM read under one prefix, so invalidating it (the demo skipping ahead) refreshes them all', () => {
    for (const key of armKeys) expect(partialMatchKey(key, queryKeys.arm)).toBe(true);
    expect(partialMatchKey(queryKeys.digitalTwinsToken('home', 'tenant', 'scope'), queryKeys.arm)).toBe(false);
  });

  it('gives different reads different keys; a namespace is one key whatever its case', () => {
    expect(new Set(armKeys.map((k) => JSON.stringify(k))).size).toBe(armKeys.length);
    expect(queryKeys.provider('sub', 'microsoft.iotspaces')).toEqual(queryKeys.provider('sub', 'Microsoft.IoTSpaces'));
    expect(queryKeys.provider('a', 'X')).not.toEqual(queryKeys.provider('b', 'X'));
    expect(queryKeys.subscriptions('t1')).not.toEqual(queryKeys.subscriptions('t2'));
    // One role to one principal at one scope is one mutation, however its ids are written.
    expect(mutationKeys.assignRole('/Subscriptions/S/X', 'ABC', 'DEF')).toEqual(
      mutationKeys.assignRole('/subscriptions/s/x', 'abc', 'def'),
    );
    expect(mutationKeys.register('sub', 'Microsoft.IoTSpaces')).toEqual(
      mutationKeys.register('sub', 'MICROSOFT.IOTSPACES'),
    );
  });

  it('is what the ARM query-option factories use (verify.test.ts checks the token query)', () => {
    expect(subscriptionsQueryOptions(arm, 'tenant').queryKey).toEqual(queryKeys.subscriptions('tenant'));
    expect(tenantsQueryOptions(arm, 'home').queryKey).toEqual(queryKeys.tenants('home'));
    expect(providerQueryOptions(arm, 'sub', 'Microsoft.IoTSpaces').queryKey).toEqual(
      queryKeys.provider('sub', 'Microsoft.IoTSpaces'),
    );
    expect(permissionsQueryOptions(arm, 'sub').queryKey).toEqual(queryKeys.permissions('sub'));
  });
});

describe('a query waiting for an id', () => {
  it('is skipped with skipToken, never run with an empty id', () => {
    expect(tenantsQueryOptions(arm, undefined).queryFn).toBe(skipToken);
    expect(providerQueryOptions(arm, undefined, 'Microsoft.IoTSpaces').queryFn).toBe(skipToken);
    expect(tenantsQueryOptions(arm, 'home').queryFn).toBeTypeOf('function');
    expect(providerQueryOptions(arm, 'sub', 'Microsoft.IoTSpaces').queryFn).toBeTypeOf('function');
  });
});
