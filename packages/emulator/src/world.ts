/**
 * The directory and subscriptions as mutable, persisted state, plus the questions the endpoints ask of it.
 * Provider registration completes lazily: `settle()` runs before every read and turns a `Registering`
 * provider whose delay has passed into `Registered`, adding the provider's first-party service principal.
 */
import { base64UrlDecodeText, base64UrlEncodeText } from './encoding';
import { isRegistrationFree } from './providers';
import { allAssignments, deterministicGuid, normalizeScope, principalTypeOf } from './rbac';
import { RESOURCES, resourceByIdentifier, type ResourceDef } from './resources';
import { DIGITAL_TWINS_NAMESPACE, hostNameOf, instanceId, instanceRecord } from './twins';
import type {
  ConsentRequestRecord,
  RoleAssignmentRecord,
  RoleAssignmentSpec,
  RoleEligibilityRecord,
  RoleEligibilitySpec,
  GrantRecord,
  ProviderRecord,
  Scenario,
  SubscriptionRecord,
  SubscriptionSpec,
  TenantSpec,
  UserSpec,
  WorldState,
  WorldView,
} from './types';

/** Map a namespace onto the casing the scenario knows it by (ARM treats namespaces case-insensitively). */
export function canonicalNamespace(scenario: Scenario, namespace: string): string | undefined {
  return scenario.knownNamespaces.find((n) => n.toLowerCase() === namespace.toLowerCase());
}

export function initialWorld(scenario: Scenario, clientId: string, appDisplayName?: string): WorldState {
  const subscriptions: SubscriptionRecord[] = scenario.subscriptions.map((s) => {
    const providers: Record<string, ProviderRecord> = {};
    for (const [ns, state] of Object.entries(s.providers)) {
      const key = canonicalNamespace(scenario, ns) ?? ns;
      providers[key] = {
        registrationState: state,
        ...(state === 'Registered' ? { registeredAt: 0 } : {}),
        ...(state === 'Registering' ? { registeringSince: 0 } : {}),
      };
    }
    return {
      id: s.id,
      displayName: s.displayName,
      tenantId: s.tenantId,
      state: s.state,
      roles: { ...s.roles },
      providers,
      ...(s.managedByTenants ? { managedByTenants: [...s.managedByTenants] } : {}),
    };
  });
  const world: WorldState = {
    tenants: scenario.tenants.map((t) => ({ ...t })),
    users: scenario.users.map((u) => ({
      ...u,
      guestOf: [...u.guestOf],
      ...(u.guestObjectIds ? { guestObjectIds: { ...u.guestObjectIds } } : {}),
    })),
    subscriptions,
    servicePrincipals: [],
    grants: [],
    consentRequests: [],
    // Subscription ids in their world's casing, so instances and subscriptions compare plainly.
    digitalTwinsInstances: (scenario.digitalTwinsInstances ?? []).map((i) =>
      instanceRecord(
        {
          ...i,
          subscriptionId:
            subscriptions.find((s) => s.id.toLowerCase() === i.subscriptionId.toLowerCase())?.id ?? i.subscriptionId,
        },
        0,
      ),
    ),
    groups: (scenario.groups ?? []).map((g) => ({ ...g, members: [...g.members] })),
    appPrincipals: (scenario.appPrincipals ?? []).map((p) =>
      p.developerApp ? { ...p, appId: clientId, displayName: appDisplayName ?? p.displayName } : { ...p },
    ),
    customRoles: (scenario.customRoles ?? []).map((r) => JSON.parse(JSON.stringify(r)) as typeof r),
    roleAssignments: [],
  };
  for (const spec of scenario.roleAssignments ?? []) world.roleAssignments!.push(assignmentRecord(world, spec, 0));
  world.roleEligibilities = (scenario.roleEligibilities ?? []).map((spec) => eligibilityRecord(world, spec));
  // An instance cannot exist on a subscription that has not registered its namespace.
  for (const instance of world.digitalTwinsInstances!) {
    const sub = subscriptions.find((s) => s.id.toLowerCase() === instance.subscriptionId.toLowerCase());
    const ns = canonicalNamespace(scenario, DIGITAL_TWINS_NAMESPACE) ?? DIGITAL_TWINS_NAMESPACE;
    if (sub && sub.providers[ns]?.registrationState !== 'Registered')
      sub.providers[ns] = { registrationState: 'Registered', registeredAt: 0 };
  }
  for (const [tenantId, resources] of Object.entries(scenario.orgGrants)) {
    for (const identifier of resources) {
      const resource = resourceByIdentifier(identifier);
      if (!resource) continue;
      world.grants.push({ tenantId, clientId, resourceAppId: resource.appId, grantedAt: 0 });
      // Granting consent org-wide is one of the ways a first-party service principal comes to exist.
      if (!resource.alwaysPresent) ensureServicePrincipal(world, tenantId, resource.appId, 0, 'scenario');
    }
  }
  for (const sub of subscriptions) addPrincipalsForRegistrations(world, sub, 0);
  return world;
}

/** An explicit assignment as the world keeps it: named, typed, timestamped. */
export function assignmentRecord(world: WorldState, spec: RoleAssignmentSpec, now: number): RoleAssignmentRecord {
  const scope = normalizeScope(spec.scope);
  return {
    ...spec,
    scope,
    name: spec.name ?? deterministicGuid(scope, spec.principalId, spec.roleDefinitionId),
    principalType: spec.principalType ?? principalTypeOf(world, spec.principalId) ?? 'User',
    createdAt: now,
  };
}

/** A PIM eligibility as the world keeps it: named and typed, not active. */
export function eligibilityRecord(world: WorldState, spec: RoleEligibilitySpec): RoleEligibilityRecord {
  const scope = normalizeScope(spec.scope);
  return {
    ...spec,
    scope,
    name: spec.name ?? deterministicGuid('eligibility', scope, spec.principalId, spec.roleDefinitionId),
    principalType: spec.principalType ?? principalTypeOf(world, spec.principalId) ?? 'User',
  };
}

/**
 * Register a namespace at once, as creating a resource in the Azure portal does on the way; the provider's first-party
 * service principal follows after the scenario's delay, as after any registration.
 */
export function registerNow(
  world: WorldState,
  scenario: Scenario,
  sub: SubscriptionRecord,
  namespace: string,
  now: number,
): void {
  const ns = canonicalNamespace(scenario, namespace) ?? namespace;
  if (sub.providers[ns]?.registrationState === 'Registered') return;
  sub.providers[ns] = { ...sub.providers[ns], registrationState: 'Registered', registeredAt: Math.max(now, 1) };
  delete sub.providers[ns].registeringSince;
  addPrincipalsForRegistrations(world, sub, scenario.servicePrincipalDelayMs);
}

function ensureServicePrincipal(
  world: WorldState,
  tenantId: string,
  appId: string,
  usableFrom: number,
  reason: 'scenario' | 'registration' | 'admin-consent',
): void {
  const existing = world.servicePrincipals.find((sp) => sp.tenantId === tenantId && sp.appId === appId);
  if (!existing) world.servicePrincipals.push({ tenantId, appId, usableFrom, reason });
  else if (existing.usableFrom > usableFrom) existing.usableFrom = usableFrom;
}

function addPrincipalsForRegistrations(
  world: WorldState,
  sub: SubscriptionRecord,
  servicePrincipalDelayMs: number,
): void {
  for (const [ns, record] of Object.entries(sub.providers)) {
    if (record.registrationState !== 'Registered' || record.registeredAt === undefined) continue;
    for (const resource of RESOURCES) {
      if (!resource.namespaces.some((n) => n.toLowerCase() === ns.toLowerCase())) continue;
      const usableFrom = record.registeredAt === 0 ? 0 : record.registeredAt + servicePrincipalDelayMs;
      ensureServicePrincipal(
        world,
        sub.tenantId,
        resource.appId,
        usableFrom,
        record.registeredAt === 0 ? 'scenario' : 'registration',
      );
    }
  }
}

/** Bring lazily completing work up to `now`. Idempotent. */
export function settle(world: WorldState, scenario: Scenario, now: number): void {
  for (const sub of world.subscriptions) {
    for (const record of Object.values(sub.providers)) {
      if (record.registrationState !== 'Registering' || record.registeringSince === undefined) continue;
      const doneAt = record.registeringSince + scenario.registrationDelayMs;
      if (doneAt > now) continue;
      if ((record.failures ?? 0) < (scenario.failingRegistrations ?? 0)) {
        record.registrationState = 'NotRegistered';
        record.failures = (record.failures ?? 0) + 1;
        delete record.registeringSince;
      } else {
        record.registrationState = 'Registered';
        record.registeredAt = Math.max(doneAt, 1);
      }
    }
    addPrincipalsForRegistrations(world, sub, scenario.servicePrincipalDelayMs);
  }
  for (const instance of world.digitalTwinsInstances ?? []) {
    if (
      instance.provisioningState !== 'Provisioning' ||
      instance.provisionedAt === undefined ||
      instance.provisionedAt > now
    )
      continue;
    instance.provisioningState = 'Succeeded';
    delete instance.provisionedAt;
  }
}

export function providerState(sub: SubscriptionRecord, namespace: string): string {
  if (isRegistrationFree(namespace)) return 'Registered';
  return sub.providers[namespace]?.registrationState ?? 'NotRegistered';
}

export function findTenant(world: WorldState, ref: string): TenantSpec | undefined {
  const key = ref.toLowerCase();
  return world.tenants.find((t) => t.id.toLowerCase() === key || t.defaultDomain.toLowerCase() === key);
}

export function findUser(world: WorldState, id: string): UserSpec | undefined {
  return world.users.find((u) => u.id === id);
}

/**
 * The user's object id in `tenantId`: their own in their home directory, their guest object's in a directory that
 * invited them (the scenario's, else one derived from both ids, stable across runs).
 */
export function objectIdIn(user: UserSpec, tenantId: string): string {
  if (user.homeTenantId === tenantId) return user.id;
  return user.guestObjectIds?.[tenantId] ?? derivedGuestObjectId(user.id, tenantId);
}

/** A GUID-shaped id from two strings (FNV-1a over each half): the emulator needs stable ids, not secrecy. */
function derivedGuestObjectId(userId: string, tenantId: string): string {
  const fnv = (text: string): string => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  const hex = [0, 1, 2, 3].map((n) => fnv(`${n}|${userId}|${tenantId}`)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The user an object id belongs to, in which directory (a home object or a guest object). */
export function findUserByObjectId(world: WorldState, oid: string): { user: UserSpec; tenantId: string } | undefined {
  const key = oid.toLowerCase();
  for (const user of world.users) {
    if (user.id.toLowerCase() === key) return { user, tenantId: user.homeTenantId };
    for (const tenantId of user.guestOf)
      if (objectIdIn(user, tenantId).toLowerCase() === key) return { user, tenantId };
  }
  return undefined;
}

/**
 * The value of the ID token's optional `login_hint` claim for a user: opaque to apps, which hand it back as
 * `login_hint` or `logout_hint` (the emulator encodes the home object and tenant, nothing personal).
 */
export function loginHintClaim(user: UserSpec): string {
  return `O.${base64UrlEncodeText(JSON.stringify({ oid: user.id, tid: user.homeTenantId }))}`;
}

/** The user a login_hint or logout_hint names: the opaque claim above, or a user name (UPN), case-insensitively. */
export function findUserByHint(world: WorldState, hint: string | null | undefined): UserSpec | undefined {
  const value = hint?.trim();
  if (!value) return undefined;
  if (value.startsWith('O.')) {
    try {
      const parsed: unknown = JSON.parse(base64UrlDecodeText(value.slice(2)));
      const oid = typeof parsed === 'object' && parsed !== null ? (parsed as { oid?: unknown }).oid : undefined;
      return typeof oid === 'string' ? findUser(world, oid) : undefined;
    } catch {
      return undefined;
    }
  }
  return findUserByUpn(world, value);
}

export function findUserByUpn(world: WorldState, upn: string): UserSpec | undefined {
  const key = upn.trim().toLowerCase();
  return world.users.find((u) => u.upn.toLowerCase() === key);
}

/** A tenant whose token ARM accepts on the subscription: its own, or one managing it through Azure Lighthouse. */
export function actsOn(sub: SubscriptionRecord, tenantId: string): boolean {
  return sub.tenantId === tenantId || (sub.managedByTenants ?? []).includes(tenantId);
}

export function isMember(user: UserSpec, tenantId: string): boolean {
  return user.homeTenantId === tenantId || user.guestOf.includes(tenantId);
}

/** Tenant admins can consent for their home organization only. */
export function isAdminOf(user: UserSpec, tenantId: string): boolean {
  return user.isAdmin && user.homeTenantId === tenantId;
}

export function servicePrincipalUsable(
  world: WorldState,
  tenantId: string,
  resource: ResourceDef,
  now: number,
): boolean {
  if (resource.alwaysPresent) return true;
  return world.servicePrincipals.some(
    (sp) => sp.tenantId === tenantId && sp.appId === resource.appId && sp.usableFrom <= now,
  );
}

export function hasGrant(
  world: WorldState,
  tenantId: string,
  clientId: string,
  resourceAppId: string,
  userId: string,
): boolean {
  return world.grants.some(
    (g) =>
      g.tenantId === tenantId &&
      g.clientId === clientId &&
      g.resourceAppId === resourceAppId &&
      (g.userId === undefined || g.userId === userId),
  );
}

export function addGrant(world: WorldState, grant: GrantRecord): void {
  const exists = world.grants.some(
    (g) =>
      g.tenantId === grant.tenantId &&
      g.clientId === grant.clientId &&
      g.resourceAppId === grant.resourceAppId &&
      g.userId === grant.userId,
  );
  if (!exists) world.grants.push(grant);
}

/** One pending request per user and resource, as the admin consent workflow keeps them; a repeat is ignored. */
export function addConsentRequest(world: WorldState, request: ConsentRequestRecord): void {
  const requests = (world.consentRequests ??= []);
  const exists = requests.some(
    (r) =>
      r.tenantId === request.tenantId &&
      r.clientId === request.clientId &&
      r.userId === request.userId &&
      r.resourceAppId === request.resourceAppId,
  );
  if (!exists) requests.push(request);
}

export function hasConsentRequest(
  world: WorldState,
  tenantId: string,
  clientId: string,
  userId: string,
  resourceAppId: string,
): boolean {
  return (world.consentRequests ?? []).some(
    (r) =>
      r.tenantId === tenantId && r.clientId === clientId && r.userId === userId && r.resourceAppId === resourceAppId,
  );
}

export function grantAdminConsent(
  world: WorldState,
  tenantId: string,
  clientId: string,
  resource: ResourceDef,
  now: number,
): void {
  addGrant(world, { tenantId, clientId, resourceAppId: resource.appId, grantedAt: now });
  if (!resource.alwaysPresent) ensureServicePrincipal(world, tenantId, resource.appId, now, 'admin-consent');
}

export function worldView(world: WorldState, clientId: string, now: number): WorldView {
  const tenants = world.tenants.map((t) => ({
    ...t,
    servicePrincipals: [
      ...RESOURCES.filter((r) => r.alwaysPresent).map((r) => r.appId),
      ...world.servicePrincipals.filter((sp) => sp.tenantId === t.id && sp.usableFrom <= now).map((sp) => sp.appId),
    ],
    orgGrants: world.grants
      .filter((g) => g.tenantId === t.id && g.clientId === clientId && g.userId === undefined)
      .map((g) => g.resourceAppId),
  }));
  const subscriptions: SubscriptionSpec[] = world.subscriptions.map((s) => ({
    id: s.id,
    displayName: s.displayName,
    tenantId: s.tenantId,
    state: s.state,
    roles: { ...s.roles },
    providers: Object.fromEntries(Object.entries(s.providers).map(([ns, p]) => [ns, p.registrationState])),
    ...(s.managedByTenants ? { managedByTenants: [...s.managedByTenants] } : {}),
  }));
  return {
    tenants,
    users: world.users.map((u) => ({
      ...u,
      guestOf: [...u.guestOf],
      ...(u.guestObjectIds ? { guestObjectIds: { ...u.guestObjectIds } } : {}),
    })),
    subscriptions,
    consentRequests: (world.consentRequests ?? []).map((r) => ({ ...r })),
    digitalTwinsInstances: (world.digitalTwinsInstances ?? []).map((i) => ({
      ...i,
      id: instanceId(i),
      hostName: hostNameOf(i),
    })),
    groups: (world.groups ?? []).map((g) => ({ ...g, members: [...g.members] })),
    appPrincipals: (world.appPrincipals ?? []).map((p) => ({ ...p })),
    roleAssignments: allAssignments(world).map((a) => ({ ...a })),
    roleEligibilities: (world.roleEligibilities ?? []).map((e) => ({ ...e })),
  };
}
