import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Subscription, Tenant } from '../azure/models';

/**
 * Which directory a subscription sets up, and whether the account can sign in to a directory at all. Registering a
 * provider prepares the directory the *subscription* belongs to. Through Azure Lighthouse a partner's token also
 * lists its customers' subscriptions (with the customer's tenantId), so a row of that list can belong to another
 * directory than the one being set up. ARM's GET /tenants says ProjectedBy for such a customer directory (or
 * ManagedBy for a partner managing this one): the account has no sign-in there unless it is also a guest, in which
 * case the directory is one of its own (Home).
 */

/** A directory the account can get a token in: its own or one it is a guest of (ARM: tenantCategory Home). */
export function canSignInTo(tenant: Pick<Tenant, 'category'>): boolean {
  return tenant.category === undefined || tenant.category === 'Home';
}

/** "Contoso (contoso.onmicrosoft.com)", or the id when ARM did not name the directory (words in `i18n`'s language when there is no id). */
export function directoryName(tenantId: string | undefined, tenants: readonly Tenant[], i18n: I18n): string {
  const tenant = tenants.find((t) => t.tenantId === tenantId);
  if (!tenant?.displayName) return tenantId ?? i18n._(msg`an unknown directory`);
  return tenant.defaultDomain ? `${tenant.displayName} (${tenant.defaultDomain})` : tenant.displayName;
}

/** Whether the subscription belongs to the directory being set up (ARM leaves tenantId out in old api-versions). */
export function inDirectory(subscription: Subscription, tenantId: string): boolean {
  return subscription.tenantId === undefined || subscription.tenantId === tenantId;
}

export type SubscriptionOffer = { usable: true } | { usable: false; reason: string };

/**
 * Whether "Use this subscription" may set up `currentTenantId` with this row, and if not, why, in words for the row
 * (in `i18n`'s language).
 */
export function subscriptionOffer(
  subscription: Subscription,
  currentTenantId: string,
  tenants: readonly Tenant[],
  i18n: I18n,
): SubscriptionOffer {
  if (inDirectory(subscription, currentTenantId)) return { usable: true };
  const owner = directoryName(subscription.tenantId, tenants, i18n);
  const current = directoryName(currentTenantId, tenants, i18n);
  const delegated = subscription.managedByTenants.includes(currentTenantId);
  const customer = tenants.find((t) => t.tenantId === subscription.tenantId);
  const signInable = customer !== undefined && canSignInTo(customer);
  const belongs = delegated
    ? i18n._(
        msg`Belongs to ${owner}, delegated to you through Azure Lighthouse: registering on it would set up that directory, not ${current}.`,
      )
    : i18n._(msg`Belongs to ${owner}: registering on it would set up that directory, not ${current}.`);
  // A delegation is visible only with a token of the managing directory: signed in to the customer's directory as a
  // guest, the account is another object there and sees only what that directory assigned to it.
  const remedy = !signInable
    ? i18n._(msg`You can't sign in to ${owner}; one of its admins (or a guest of it) has to set it up.`)
    : delegated
      ? i18n._(
          msg`To set up ${owner}, switch to it under "Directory to set up". There you work as its guest and see only the subscriptions ${owner} gave your guest account a role on: the ones delegated through Azure Lighthouse are listed only here, in ${current}.`,
        )
      : i18n._(msg`To set up ${owner}, switch to it under "Directory to set up".`);
  return { usable: false, reason: `${belongs} ${remedy}` };
}
