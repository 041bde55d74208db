/**
 * What stands between a user and a directory that is not their home before membership, consent and the rest of
 * "who gets a token" (docs/emulator-contract.md, "The developer's directory"): tenant restrictions of the user's
 * network, the home directory's outbound and the resource directory's inbound cross-tenant access settings, and the
 * resource directory's Conditional Access for guests (a compliant device, MFA).
 */
import type { EmuContext } from './context';
import { aad, type AadError } from './errors';
import type { PageTextKey } from './page-texts';
import type { B2bCollaborationRule, TenantSpec, UserSpec } from './types';
import { findTenant } from './world';

function allows(rule: B2bCollaborationRule | undefined, otherTenantId: string): boolean {
  if (!rule) return true;
  const partner = rule.partners?.[otherTenantId];
  return (partner ?? rule.default) === 'allowed';
}

/**
 * Tenant restrictions first (the network's header applies to every sign-in, the home directory's included), then,
 * for a directory that is not the user's home, the home directory's outbound and the resource directory's inbound
 * B2B collaboration settings. The order of the three is not published (not confirmed).
 */
export function crossTenantBlock(ctx: EmuContext, user: UserSpec, tenant: TenantSpec): AadError | null {
  const restrictions = ctx.state.scenario.tenantRestrictions;
  if (restrictions && !restrictions.allowedTenants.some((id) => id.toLowerCase() === tenant.id.toLowerCase())) {
    return aad.tenantRestricted(tenant);
  }
  if (user.homeTenantId === tenant.id) return null;
  const home = findTenant(ctx.state.world, user.homeTenantId);
  if (!allows(home?.crossTenantAccess?.outbound, tenant.id)) return aad.outboundPolicyBlocks();
  if (!allows(tenant.crossTenantAccess?.inbound, user.homeTenantId)) return aad.inboundPolicyBlocks();
  return null;
}

function isGuestIn(user: UserSpec, tenant: TenantSpec): boolean {
  return user.homeTenantId !== tenant.id && user.guestOf.includes(tenant.id);
}

/** A guest meets "Require device to be marked as compliant": no browser of the demo is a managed device. */
export function guestDeviceBlock(user: UserSpec, tenant: TenantSpec): AadError | null {
  return isGuestIn(user, tenant) && tenant.guestConditionalAccess?.requireCompliantDevice
    ? aad.deviceNotCompliant()
    : null;
}

/** What a sign-in proved: a second factor, and the directories it was done for. */
export interface MfaProof {
  mfa: boolean;
  mfaTenants: readonly string[];
}

/**
 * The resource directory requires MFA of guests: done in a sign-in to that directory, or in the home directory when
 * the inbound settings trust external MFA (off by default in Entra).
 */
export function guestMfaMissing(user: UserSpec, tenant: TenantSpec, proof: MfaProof): boolean {
  if (!isGuestIn(user, tenant) || !tenant.guestConditionalAccess?.requireMfa) return false;
  if (!proof.mfa) return true;
  return !(proof.mfaTenants.includes(tenant.id) || tenant.crossTenantAccess?.trustExternalMfa === true);
}

/** The heading of Entra's own page for a block the sign-in page shows instead of going back to the app. */
export function blockPageTitle(code: number): PageTextKey {
  if (code === 500021) return 'error.networkBlocked';
  if (code === 500212) return 'error.outboundBlocked';
  if (code === 500213) return 'error.inboundBlocked';
  return 'error.deviceNotCompliant';
}
