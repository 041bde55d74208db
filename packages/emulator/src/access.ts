/**
 * "Who gets a token" (docs/emulator-contract.md): membership, then the resource's service principal, then a delegated
 * grant. The token endpoint and the sign-in page apply the same checks in the same order.
 */
import type { EmuContext } from './context';
import { aad, type AadError } from './errors';
import type { ResourceDef } from './resources';
import type { TenantSpec, UserSpec } from './types';
import { hasGrant, isMember, servicePrincipalUsable } from './world';

/** Steps 1 and 2: the user belongs to the tenant, and the resource exists there. */
export function membershipAndPrincipal(
  ctx: EmuContext,
  user: UserSpec,
  tenant: TenantSpec,
  resource: ResourceDef,
): AadError | null {
  if (!isMember(user, tenant.id)) return aad.userNotInTenant(user, tenant, ctx.state.app);
  if (!servicePrincipalUsable(ctx.state.world, tenant.id, resource, ctx.now())) {
    return aad.servicePrincipalMissing(resource, tenant);
  }
  return null;
}

/** Step 3: a delegated grant for (developer app, resource), for this user or the whole organization. */
export function grantExists(ctx: EmuContext, user: UserSpec, tenant: TenantSpec, resource: ResourceDef): boolean {
  return hasGrant(ctx.state.world, tenant.id, ctx.state.app.clientId, resource.appId, user.id);
}

/** MFA is satisfied per tenant by an interactive sign-in (the demo page completes it for the user). */
export function mfaSatisfied(user: UserSpec, tenant: TenantSpec, mfaTenants: readonly string[]): boolean {
  return !user.requiresMfa || mfaTenants.includes(tenant.id);
}
