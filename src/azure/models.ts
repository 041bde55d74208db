import { MalformedResponseError } from './errors';
import type { ProviderState } from './registration-state';

/** The fields the portal uses, validated at the boundary so a malformed answer is a clear card, not a crash. */
export interface Subscription {
  subscriptionId: string;
  displayName: string;
  tenantId: string | undefined;
  /** Enabled | Warned | PastDue | Expired | Disabled | Deleted; kept as a string so an unknown value is shown, not dropped */
  state: string;
  /** tenants that manage it through Azure Lighthouse; a managing tenant's token lists it with the customer's tenantId */
  managedByTenants: string[];
}

export interface Provider {
  namespace: string;
  /** NotRegistered | Registering | Registered | Unregistering | Unregistered, or anything newer */
  registrationState: ProviderState;
}

export interface Tenant {
  tenantId: string;
  displayName: string | undefined;
  defaultDomain: string | undefined;
  /** Home (the account's own or a guest's), ProjectedBy (a customer managed through Azure Lighthouse) or ManagedBy */
  category: string | undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function parseSubscription(raw: unknown, operation: string): Subscription {
  const o = (raw ?? {}) as Record<string, unknown>;
  const subscriptionId = str(o.subscriptionId);
  const state = str(o.state);
  if (!subscriptionId || !state)
    throw new MalformedResponseError(operation, 'a subscription without subscriptionId or state');
  const managedBy = Array.isArray(o.managedByTenants) ? o.managedByTenants : [];
  const managedByTenants = managedBy
    .map((m) => str((m as { tenantId?: unknown } | null)?.tenantId))
    .filter((id): id is string => id !== undefined);
  return {
    subscriptionId,
    displayName: str(o.displayName) ?? subscriptionId,
    tenantId: str(o.tenantId),
    state,
    managedByTenants,
  };
}

export function parseProvider(raw: unknown, operation: string): Provider {
  const o = (raw ?? {}) as Record<string, unknown>;
  const namespace = str(o.namespace);
  const registrationState = str(o.registrationState);
  if (!namespace || !registrationState)
    throw new MalformedResponseError(operation, 'a provider without namespace or registrationState');
  return { namespace, registrationState };
}

export function parseTenant(raw: unknown, operation: string): Tenant {
  const o = (raw ?? {}) as Record<string, unknown>;
  const tenantId = str(o.tenantId);
  if (!tenantId) throw new MalformedResponseError(operation, 'a tenant without tenantId');
  return {
    tenantId,
    displayName: str(o.displayName),
    defaultDomain: str(o.defaultDomain),
    category: str(o.tenantCategory),
  };
}

/**
 * What a subscription's state means for registering (Microsoft Learn, "Azure subscription states",
 * docs/emulator-contract.md): Enabled, Warned and Past Due take every operation, so a registration works (Warned and
 * Past Due are a billing warning: the subscription is disabled if it is not settled); Disabled and Expired take reads
 * and deletes but no PUT, PATCH or POST, and a registration is a POST; Deleted takes nothing. A state the portal does
 * not know is left for Azure to answer.
 */
export type SubscriptionStanding = 'usable' | 'at-risk' | 'read-only' | 'deleted' | 'unknown';

export function subscriptionStanding(state: string): SubscriptionStanding {
  switch (state) {
    case 'Enabled':
      return 'usable';
    case 'Warned':
    case 'PastDue':
      return 'at-risk';
    case 'Disabled':
    case 'Expired':
      return 'read-only';
    case 'Deleted':
      return 'deleted';
    default:
      return 'unknown';
  }
}

/** Azure refuses a registration on these: read-only (409 ReadOnlyDisabledSubscription) or gone. */
export function isReadOnlyState(state: string): boolean {
  const standing = subscriptionStanding(state);
  return standing === 'read-only' || standing === 'deleted';
}
