import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { addCataloguePart, type CatalogueEntry, type GuestFacts, type ProblemContext } from './catalogue';
import type { GuestCatalogueKey } from './keys';

/**
 * The instance is in the developer's directory and the customer's people are guests there. Each card says which
 * directory's administrator must change what. `tenantId` is the instance's directory, `customerTenantId` the signed-in
 * person's own, `signInName` their sign-in name. Titles use only the app's name, so the report can name them.
 */
export type GuestContext = ProblemContext & GuestFacts;

function guestLinks(_: (descriptor: MessageDescriptor) => string) {
  return {
    crossTenant: {
      label: _(msg`Cross-tenant access settings for B2B collaboration (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
    },
    invite: {
      label: _(msg`Add B2B collaboration users (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/external-id/add-users-administrator',
    },
    tenantRestrictions: {
      label: _(msg`Tenant restrictions (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
    },
    conditionalAccess: {
      label: _(msg`Conditional Access for B2B guests (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
    },
  };
}

export function guestCatalogue(ctx: GuestContext): Record<GuestCatalogueKey, CatalogueEntry> {
  const app = ctx.appName;
  const tenant = ctx.tenantId;
  const home = ctx.customerTenantId;
  const name = ctx.signInName;
  const _ = (descriptor: MessageDescriptor) => ctx.i18n._(descriptor);
  const LINKS = guestLinks(_);
  const sendRequest = _(msg`Send them the request below, then select "Check again".`);
  return {
    'guest-not-invited': {
      title: _(msg`You are not a guest in ${app}'s directory yet`),
      explanation: _(
        msg`The Azure Digital Twins instance of ${app} is in its developer's directory (${tenant}), which issues tokens for it only to its members and guests. Your account ${name} is neither there, so Microsoft Entra ID refused it.`,
      ),
      remedy:
        _(
          msg`Who must act: the team behind ${app}. An administrator of their directory invites ${name} (and the others of your organization who use ${app}) as guests and gives them the data role on the instance.`,
        ) +
        ' ' +
        sendRequest,
      links: [LINKS.invite],
    },
    'guest-outbound-blocked': {
      title: _(msg`Your directory doesn't let its people be guests in ${app}'s directory`),
      explanation: _(
        msg`Your directory's outbound cross-tenant access settings block B2B collaboration with the developer's directory (${tenant}), so Microsoft Entra ID refused the token there. The setting is in your directory, not theirs.`,
      ),
      remedy: _(
        msg`Who must act: an administrator of your directory (Security Administrator or above). Microsoft Entra admin center > External Identities > Cross-tenant access settings > Outbound access settings: add the organization ${tenant} (or change the default), and under B2B collaboration allow the people who use ${app} and the application Azure Digital Twins. Then select "Check again".`,
      ),
      links: [LINKS.crossTenant],
    },
    'guest-inbound-blocked': {
      title: _(msg`${app}'s directory doesn't accept guests from your directory`),
      explanation: _(
        msg`The developer's directory (${tenant}) blocks B2B collaboration from your directory in its inbound cross-tenant access settings, so it refused the token. Nothing in your directory can change that.`,
      ),
      remedy:
        _(
          msg`Who must act: the team behind ${app}. An administrator of their directory allows B2B collaboration from your directory (${home}) under Cross-tenant access settings > Inbound access settings.`,
        ) +
        ' ' +
        sendRequest,
      links: [LINKS.crossTenant],
    },
    'guest-tenant-restrictions': {
      title: _(msg`Your network doesn't allow sign-ins to ${app}'s directory`),
      explanation: _(
        msg`Your organization's network adds tenant restrictions to every sign-in, and the developer's directory (${tenant}) is not among the directories it allows, so Microsoft Entra ID refused the request.`,
      ),
      remedy: _(
        msg`Who must act: your network administrator. Add ${tenant} to the tenants your tenant restrictions allow (the proxy's allowed list, or your tenant restrictions v2 policy). Then select "Check again".`,
      ),
      links: [LINKS.tenantRestrictions],
    },
    'guest-device-required': {
      title: _(msg`${app}'s directory requires a compliant device`),
      explanation: _(
        msg`A Conditional Access policy of the developer's directory (${tenant}) lets guests in only from a device it sees as compliant, and it cannot see yours as one.`,
      ),
      remedy:
        _(
          msg`Who must act: the team behind ${app}. An administrator of their directory trusts compliant devices from your directory (Cross-tenant access settings > Inbound access settings > Trust settings) or changes the policy for guests.`,
        ) +
        ' ' +
        sendRequest,
      links: [LINKS.conditionalAccess, LINKS.crossTenant],
    },
    'guest-blocked-by-policy': {
      title: _(msg`${app}'s directory blocks your sign-in`),
      explanation: _(
        msg`A Conditional Access policy of the developer's directory (${tenant}) blocked the token for your account.`,
      ),
      remedy:
        _(
          msg`Who must act: the team behind ${app}. Their sign-in logs show which policy blocked it; the ids below find the sign-in.`,
        ) +
        ' ' +
        sendRequest,
      links: [LINKS.conditionalAccess],
    },
    'guest-mfa': {
      title: _(msg`${app}'s directory asks you for multifactor authentication`),
      explanation: _(
        msg`A Conditional Access policy of the developer's directory (${tenant}) requires multifactor authentication from guests before it issues the token. Microsoft's sign-in page of that directory asks you for it.`,
      ),
      remedy: _(
        msg`Select "Continue to Microsoft" and complete the check: you come back to this step, still in your own directory. To spare your people this, the developer's administrator can trust multifactor authentication done in your directory (inbound trust settings).`,
      ),
      links: [LINKS.conditionalAccess],
    },
    'guest-consent': {
      title: _(msg`${app} may not use Azure Digital Twins for you in its directory yet`),
      explanation: _(
        msg`The developer's directory (${tenant}) has not granted ${app} the Azure Digital Twins permission for you.`,
      ),
      remedy: _(
        msg`Select "Continue to Microsoft" to grant it, if Microsoft lets you. If it says an administrator must approve, the team behind ${app} grants admin consent in their directory: send them the request below.`,
      ),
    },
    'guest-sign-in': {
      title: _(msg`Sign in to ${app}'s directory`),
      explanation: _(
        msg`Microsoft Entra ID needs you to sign in to the developer's directory (${tenant}) before it issues the token there.`,
      ),
      remedy: _(msg`Select "Continue to Microsoft": you come back to this step, still in your own directory.`),
    },
    'guest-other-directory': {
      title: _(msg`The token came from another directory`),
      explanation: _(
        msg`Microsoft Entra ID issued a token, but not from the instance's directory (${tenant}). Azure Digital Twins accepts tokens of its own directory only, so this proves nothing.`,
      ),
      remedy: _(
        msg`Who must act: the team behind ${app}: "digitalTwins.tenantId" in this portal's configuration must be the instance's directory. Send them the details below.`,
      ),
    },
  };
}

// Their words need the guest facts: without them (a report of the customer's directory) the part adds nothing.
addCataloguePart('guest', (ctx) => (ctx.guest ? guestCatalogue({ ...ctx, ...ctx.guest }) : {}));
