import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type {
  B2bSetting,
  DeveloperDirectory,
  DirectoryRoleAssignment,
  DirectorySnapshot,
  DirectoryTenant,
} from '../exchanges/directory';
import {
  ARM_APP_ID,
  RESOURCES,
  digitalTwinsInstanceId as instanceId,
  effectiveFor,
  findRoleDefinition,
  findUserByObjectId,
  objectIdIn,
  subscriptionOfScope,
  type B2bCollaborationRule,
  type EmulatorState,
  type RoleAssignmentRecord,
  type WorldState,
} from '@twin-onboarding/emulator';
import { RegistrationState } from '../azure/registration-state';

const ARM_NAME = 'Azure Resource Manager';

/**
 * The emulated directory, reduced to what the picture shows: the enterprise applications the onboarding is about,
 * the developer's app's grants and the provider state of each subscription. Pure: from a settled state; its words in
 * the language of `i18n`.
 */
export function directorySnapshot(state: EmulatorState, now: number, namespace: string, i18n: I18n): DirectorySnapshot {
  const wholeOrganization = i18n._(msg`the whole organization (admin consent)`);
  const { world, app } = state;
  const key = namespace.toLowerCase();
  const tenants = world.tenants.map((tenant): DirectoryTenant => {
    const grants = world.grants.filter((g) => g.tenantId === tenant.id && g.clientId === app.clientId);
    const servicePrincipals: DirectoryTenant['servicePrincipals'] = [{ appId: ARM_APP_ID, name: ARM_NAME, since: 0 }];
    // Consent is what puts the developer's app into the customer's directory.
    if (grants.length) {
      servicePrincipals.push({
        appId: app.clientId,
        name: app.displayName,
        since: Math.min(...grants.map((g) => g.grantedAt)),
        ownApp: true,
      });
    }
    for (const sp of world.servicePrincipals) {
      if (sp.tenantId !== tenant.id || sp.usableFrom > now) continue;
      const resource = RESOURCES.find((r) => r.appId === sp.appId);
      servicePrincipals.push({ appId: sp.appId, name: resource?.displayName ?? sp.appId, since: sp.usableFrom });
    }
    const providers: DirectoryTenant['providers'] = [];
    let untouched = 0;
    for (const sub of world.subscriptions) {
      if (sub.tenantId !== tenant.id) continue;
      const [name, record] = Object.entries(sub.providers).find(([ns]) => ns.toLowerCase() === key) ?? [
        namespace,
        undefined,
      ];
      if (!record || (record.registrationState === RegistrationState.NotRegistered && !record.failures)) {
        untouched++;
        continue;
      }
      providers.push({
        subscription: sub.displayName,
        namespace: name,
        state: record.registrationState,
        since: record.registeredAt ?? record.registeringSince ?? 0,
      });
    }
    return {
      id: tenant.id,
      displayName: tenant.displayName,
      defaultDomain: tenant.defaultDomain,
      servicePrincipals,
      grants: grants.map((g) => {
        const resource = RESOURCES.find((r) => r.appId === g.resourceAppId);
        const user = g.userId ? world.users.find((u) => u.id === g.userId) : undefined;
        return {
          resource: resource?.appId === ARM_APP_ID ? ARM_NAME : (resource?.displayName ?? g.resourceAppId),
          scope: resource?.permissions.map((p) => p.name).join(' ') ?? '',
          consentedBy: g.userId ? (user?.upn ?? g.userId) : wholeOrganization,
          since: g.grantedAt,
        };
      }),
      providers,
      untouchedSubscriptions: untouched,
      roleAssignments: roleAssignmentsOf(world, tenant.id, now),
      hasInstances: (world.digitalTwinsInstances ?? []).some((i) =>
        world.subscriptions.some((s) => s.tenantId === tenant.id && s.id === i.subscriptionId),
      ),
    };
  });
  const developer = developerDirectory(state);
  return { now, tenants, ...(developer ? { developer } : {}) };
}

function b2b(rule: B2bCollaborationRule | undefined, other: string): B2bSetting {
  const partner = rule?.partners?.[other];
  if (partner) return { allowed: partner === 'allowed', by: 'organization' };
  return { allowed: (rule?.default ?? 'allowed') === 'allowed', by: 'default' };
}

/** The developer's directory of a world whose Digital Twins instance lives there (`hosting: 'developer'`). */
function developerDirectory(state: EmulatorState): DeveloperDirectory | undefined {
  const settings = state.scenario.digitalTwins;
  if (settings?.hosting !== 'developer') return undefined;
  const { world } = state;
  const developer = world.tenants.find((t) => t.id === settings.tenantId);
  const customer = world.tenants.find((t) => t.id !== settings.tenantId);
  if (!developer || !customer) return undefined;
  const restrictions = state.scenario.tenantRestrictions;
  return {
    displayName: developer.displayName,
    defaultDomain: developer.defaultDomain,
    customer: customer.displayName,
    people: world.users
      .filter((u) => u.homeTenantId === customer.id)
      .map((u) => ({
        name: u.displayName,
        upn: u.upn,
        ...(u.guestOf.includes(developer.id) ? { guestObjectId: objectIdIn(u, developer.id) } : {}),
      })),
    outbound: b2b(customer.crossTenantAccess?.outbound, developer.id),
    inbound: b2b(developer.crossTenantAccess?.inbound, customer.id),
    guestsNeedMfa: developer.guestConditionalAccess?.requireMfa === true,
    trustsCustomerMfa: developer.crossTenantAccess?.trustExternalMfa === true,
    guestsNeedCompliantDevice: developer.guestConditionalAccess?.requireCompliantDevice === true,
    ...(restrictions ? { networkAllows: restrictions.allowedTenants.includes(developer.id) } : {}),
  };
}

/** The display name of an object of the directory, if it has one by that id. */
function principalName(world: WorldState, tenantId: string, id: string): string | undefined {
  const user = findUserByObjectId(world, id);
  if (user?.tenantId === tenantId) return user.user.displayName;
  return (
    (world.groups ?? []).find((g) => g.tenantId === tenantId && g.id === id)?.displayName ??
    (world.appPrincipals ?? []).find((p) => p.tenantId === tenantId && p.id === id)?.displayName
  );
}

/** The name a scope goes by: the instance's, the resource group's, or the subscription's display name. */
function scopeName(world: WorldState, scope: string): string {
  const subId = subscriptionOfScope(scope);
  const parts = scope.split('/').filter((p) => p.length > 0);
  if (parts.length <= 2) return world.subscriptions.find((s) => s.id === subId)?.displayName ?? scope;
  return parts[parts.length - 1] ?? scope;
}

/** Assignments on the tenant's Digital Twins instances, and every one made since the demo began, oldest first. */
function roleAssignmentsOf(world: WorldState, tenantId: string, now: number): DirectoryRoleAssignment[] {
  const subs = new Set(world.subscriptions.filter((s) => s.tenantId === tenantId).map((s) => s.id.toLowerCase()));
  const instances = (world.digitalTwinsInstances ?? []).map((i) => instanceId(i).toLowerCase());
  const inTenant = (a: RoleAssignmentRecord) => subs.has(subscriptionOfScope(a.scope)?.toLowerCase() ?? '');
  // The explicit assignments only: those a subscription's `roles` stand for sit on the subscription, never on an
  // instance, and are never new; drawing all of them took seconds with 5,000 subscriptions.
  return (world.roleAssignments ?? [])
    .filter((a) => inTenant(a) && (a.createdAt > 0 || instances.includes(a.scope.toLowerCase())))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((a) => {
      const principal = principalName(world, tenantId, a.principalId);
      const subId = subscriptionOfScope(a.scope) ?? '';
      return {
        name: a.name,
        ...(principal ? { principal } : {}),
        principalId: a.principalId,
        principalType: a.principalType,
        role: findRoleDefinition(world, subId, a.roleDefinitionId)?.roleName ?? a.roleDefinitionId,
        scope: scopeName(world, a.scope),
        since: a.createdAt,
        pending: !effectiveFor(a, now),
      };
    });
}
