import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { AppConfig } from '../config/schema';
import { armScopes } from '../auth/scopes';

/**
 * Ready-to-send messages for the person who can unblock the user: the words, the exact place to click and
 * the command, so a busy admin needs nothing else. Plain text, for the "Copy request" buttons, in the language the
 * page speaks (`i18n`); links, commands and ids stay as they are.
 */

export function ownerRequest(
  i18n: I18n,
  input: { namespace: string; subscriptionName: string; subscriptionId: string; appName: string },
): string {
  const { namespace, subscriptionName, subscriptionId, appName } = input;
  const command = `az provider register --namespace ${namespace} --subscription ${subscriptionId}`;
  return [
    i18n._(msg({ message: 'Hello,', comment: 'Greeting of a request an admin sends to a colleague' })),
    ``,
    i18n._(
      msg`To use ${appName}, our directory needs the Azure resource provider ${namespace} registered on one of our subscriptions.`,
    ),
    i18n._(
      msg({
        message: "I can't do it myself: it needs the Owner or Contributor role on the subscription.",
        comment: 'Owner and Contributor are Azure role names',
      }),
    ),
    ``,
    i18n._(
      msg`Could you register it on "${subscriptionName}" (${subscriptionId})? It is free and creates no resources.`,
    ),
    i18n._(
      msg({
        message: `- Azure portal: Subscriptions > ${subscriptionName} > Settings > Resource providers > ${namespace} > Register`,
        comment: "A path through the Azure portal's menus: use the names the Azure portal shows in this language",
      }),
    ),
    i18n._(msg({ message: `- or Azure CLI: ${command}`, comment: 'command is an Azure CLI command, kept as it is' })),
    ``,
    i18n._(msg`Alternatively, assign me the Contributor role on that subscription and I will do it.`),
    ``,
    i18n._(msg`Thank you!`),
  ].join('\n');
}

/**
 * The admin consent link for this app in one directory (Microsoft identity platform v2 admin consent endpoint):
 * an admin who opens it approves the app for everyone in the organization, then lands back on this portal.
 */
export function adminConsentUrl(
  config: Pick<AppConfig, 'authority' | 'clientId' | 'redirectUri' | 'armEndpoint'>,
  tenant: string,
): string {
  const url = new URL(`${new URL(config.authority).origin}/${encodeURIComponent(tenant)}/v2.0/adminconsent`);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('scope', armScopes(config).join(' '));
  url.searchParams.set('redirect_uri', config.redirectUri);
  return url.toString();
}

export function adminApprovalRequest(
  i18n: I18n,
  config: Pick<AppConfig, 'authority' | 'clientId' | 'redirectUri' | 'armEndpoint' | 'appName'>,
  tenant: string,
): string {
  const app = config.appName;
  const clientId = config.clientId;
  return [
    i18n._(msg({ message: 'Hello,', comment: 'Greeting of a request an admin sends to a colleague' })),
    ``,
    i18n._(msg`Our directory only lets administrators approve apps, so I can't sign in to ${app}'s onboarding portal.`),
    i18n._(
      msg({
        message:
          'Could you approve it for our organization? Open this link, sign in as a Global, Application or Cloud Application\nAdministrator, and accept:',
        comment:
          'Global Administrator, Application Administrator, Cloud Application Administrator are Microsoft Entra role names',
      }),
    ),
    ``,
    adminConsentUrl(config, tenant),
    ``,
    i18n._(
      msg`It asks for access to Azure Resource Manager on behalf of the signed-in user (the app's client ID is ${clientId}).`,
    ),
    i18n._(
      msg({
        message: 'Alternatively: Microsoft Entra admin center > Enterprise applications > Admin consent requests.',
        comment: "A path through the Microsoft Entra admin center's menus: use the names it shows in this language",
      }),
    ),
    ``,
    i18n._(msg`Thank you!`),
  ].join('\n');
}
