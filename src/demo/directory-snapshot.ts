import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { DirectorySnapshot, DirectoryTenant } from '../exchanges/directory';
import { ARM_APP_ID, RESOURCES, type EmulatorState } from '@twin-onboarding/emulator';
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
    };
  });
  return { now, tenants };
}
