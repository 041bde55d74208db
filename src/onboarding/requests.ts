import type { AppConfig } from '../config/schema';
import { armScopes } from '../auth/scopes';

/**
 * Ready-to-send messages for the person who can unblock the user: the words, the exact place to click and
 * the command, so a busy admin needs nothing else. Plain text, for the "Copy request" buttons.
 */

export function ownerRequest(input: { namespace: string; subscriptionName: string; subscriptionId: string; appName: string }): string {
  const { namespace, subscriptionName, subscriptionId, appName } = input;
  return [
    `Hello,`,
    ``,
    `To use ${appName}, our directory needs the Azure resource provider ${namespace} registered on one of our subscriptions.`,
    `I can't do it myself: it needs the Owner or Contributor role on the subscription.`,
    ``,
    `Could you register it on "${subscriptionName}" (${subscriptionId})? It is free and creates no resources.`,
    `- Azure portal: Subscriptions > ${subscriptionName} > Settings > Resource providers > ${namespace} > Register`,
    `- or Azure CLI: az provider register --namespace ${namespace} --subscription ${subscriptionId}`,
    ``,
    `Alternatively, assign me the Contributor role on that subscription and I will do it.`,
    ``,
    `Thank you!`,
  ].join('\n');
}

/**
 * The admin consent link for this app in one directory (Microsoft identity platform v2 admin consent endpoint):
 * an admin who opens it approves the app for everyone in the organization, then lands back on this portal.
 */
export function adminConsentUrl(config: Pick<AppConfig, 'authority' | 'clientId' | 'redirectUri' | 'armEndpoint'>, tenant: string): string {
  const url = new URL(`${new URL(config.authority).origin}/${encodeURIComponent(tenant)}/v2.0/adminconsent`);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('scope', armScopes(config).join(' '));
  url.searchParams.set('redirect_uri', config.redirectUri);
  return url.toString();
}

export function adminApprovalRequest(
  config: Pick<AppConfig, 'authority' | 'clientId' | 'redirectUri' | 'armEndpoint' | 'appName'>,
  tenant: string,
): string {
  return [
    `Hello,`,
    ``,
    `Our directory only lets administrators approve apps, so I can't sign in to ${config.appName}'s onboarding portal.`,
    `Could you approve it for our organization? Open this link, sign in as a Global, Application or Cloud Application`,
    `Administrator, and accept:`,
    ``,
    adminConsentUrl(config, tenant),
    ``,
    `It asks for access to Azure Resource Manager on behalf of the signed-in user (the app's client ID is ${config.clientId}).`,
    `Alternatively: Microsoft Entra admin center > Enterprise applications > Admin consent requests.`,
    ``,
    `Thank you!`,
  ].join('\n');
}
