import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { CatalogueKey, GuestCatalogueKey, RoleCatalogueKey } from './keys';
import type { ProblemLink } from './types';

/**
 * Wording the catalogue entries share; `ns` is the configured provider namespace, `app` the product name, and
 * `i18n` the language the words are in (the page's, or `english` for what the report keeps).
 */
export interface ProblemContext {
  providerNamespace: string;
  appName: string;
  i18n: I18n;
  /** for the developer's directory's cards: the instance's directory and the signed-in person (./guest-catalogue.ts) */
  guest?: GuestFacts;
}

export interface GuestFacts {
  /** the instance's directory */
  tenantId: string;
  /** the signed-in person's own directory */
  customerTenantId: string;
  signInName: string;
}

export interface CatalogueEntry {
  title: string;
  explanation: string;
  remedy: string;
  links?: ProblemLink[];
  transient?: boolean;
}

function links(_: (descriptor: MessageDescriptor) => string) {
  return {
    providers: {
      label: _(msg`Azure resource providers and types (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types',
    },
    roles: {
      label: _(msg`Assign Azure roles (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/azure/role-based-access-control/role-assignments-portal',
    },
    subscriptions: {
      label: _(msg`Subscriptions in the Azure portal`),
      href: 'https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2',
    },
    consent: {
      label: _(msg`Grant tenant-wide admin consent (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
    },
    guests: {
      label: _(msg`B2B guest users (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/external-id/what-is-b2b',
    },
    spaPlatform: {
      label: _(msg`Redirect URIs of a single-page application (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration',
    },
    publisher: {
      label: _(msg`Publisher verification (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/identity-platform/publisher-verification-overview',
    },
    mandatoryMfa: {
      label: _(msg`Mandatory multifactor authentication for Azure (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/identity/authentication/concept-mandatory-multifactor-authentication',
    },
    authContext: {
      label: _(msg`Conditional Access authentication context (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-cloud-apps#authentication-context',
    },
    digitalTwins: {
      label: _(msg`Azure Digital Twins documentation`),
      href: 'https://learn.microsoft.com/azure/digital-twins/',
    },
    createServicePrincipal: {
      label: _(msg`Create an enterprise application from a multitenant application (Microsoft Learn)`),
      href: 'https://learn.microsoft.com/entra/identity/enterprise-apps/create-service-principal-cross-tenant',
    },
  } satisfies Record<string, ProblemLink>;
}

/** The cards a part adds; the core cards (every key outside a part) are always there. */
type PartKey = RoleCatalogueKey | GuestCatalogueKey;
export type CatalogueEntries = Record<Exclude<CatalogueKey, PartKey>, CatalogueEntry> &
  Partial<Record<PartKey, CatalogueEntry>>;
type Part = (ctx: ProblemContext) => Partial<Record<PartKey, CatalogueEntry>>;
const parts = new Map<'roles' | 'guest', Part>();

/**
 * Cards only the signed-in wizard meets (giving a data role, the developer's directory): their words load with its
 * chunk, which hands them over here, so the landing page does not carry them.
 */
export function addCataloguePart(name: 'roles' | 'guest', part: Part): void {
  parts.set(name, part);
}

/** Every failure the portal knows, by key. Unknown failures get `generic`, which still shows the raw code and ids. */
export function catalogue(ctx: ProblemContext): CatalogueEntries {
  const ns = ctx.providerNamespace;
  const app = ctx.appName;
  const _ = (descriptor: MessageDescriptor) => ctx.i18n._(descriptor);
  const LINKS = links(_);
  const headerRefused: CatalogueEntry = {
    title: _(msg`Azure didn't receive your sign-in`),
    explanation: _(
      msg`Azure Resource Manager answered that the request carried no Authorization header, or one it could not read. The portal always sends your access token, so something on the way removed or changed it: usually a proxy, firewall or browser extension.`,
    ),
    remedy: _(
      msg`Try again on another network or with browser extensions turned off. If it keeps happening, send the details below to your network team or to support: signing in again will not help.`,
    ),
  };
  // ARM checks the api-version of each operation: a refusal means this build asks for a version Azure no longer
  // serves (or a proxy dropped the query). Trying again cannot help, so the card is not transient.
  const apiVersionRefused: CatalogueEntry = {
    title: _(msg`Azure doesn't accept the API version this portal uses`),
    explanation: _(
      msg`Azure Resource Manager checks the API version of every request and refused the one this portal sent for this call; its answer, under the details below, lists the versions it accepts. Nothing is wrong with your account, directory or subscription.`,
    ),
    remedy: _(
      msg`This is a deployment problem: send the details below to the team that runs this portal. Trying again will not help until they update it.`,
    ),
  };
  const entries: Record<Exclude<CatalogueKey, PartKey>, CatalogueEntry> = {
    'aadsts-650052': {
      title: _(msg`${app} isn't set up in your directory yet`),
      explanation: _(
        msg`Microsoft Entra ID refused a Digital Twins token because your directory has no service principal for Azure Digital Twins. Azure adds it when the ${ns} resource provider is registered on one of the directory's subscriptions; right after registering, it can take a few minutes to appear.`,
      ),
      remedy: _(
        msg`Register ${ns} on a subscription of this directory (step 3), then verify again. If you just registered it, wait a minute and retry.`,
      ),
      links: [LINKS.providers],
      transient: true,
    },
    // The last resort: the namespace is registered (an instance exists), yet Entra ID still has no service principal
    // for Digital Twins. Creating it by hand is Entra ID's generic route for any multitenant app, not Digital Twins
    // guidance, and the card says so.
    'digital-twins-service-principal-missing': {
      title: _(msg`Azure Digital Twins is still missing from your directory`),
      explanation: _(
        msg`${ns} is registered in this directory, yet Microsoft Entra ID keeps refusing a Digital Twins token: the directory has no service principal for Azure Digital Twins (application ID 0b07f429-9f4b-4714-9392-cc5e8e80c8b0). Registering the resource provider normally adds it within minutes; here it did not.`,
      ),
      remedy: _(
        msg`As a last resort, someone with the Cloud Application Administrator or Application Administrator role (or Global Administrator) can create the service principal with Entra ID's general command for adding any multitenant application to a directory: az ad sp create --id 0b07f429-9f4b-4714-9392-cc5e8e80c8b0. This is Entra ID's generic route, not a step from the Azure Digital Twins documentation. Then select "Check again"; if it still fails, send the details below to Azure support.`,
      ),
      links: [LINKS.createServicePrincipal, LINKS.providers],
    },
    'aadsts-650057': {
      title: _(msg`This portal's app registration doesn't include Azure Digital Twins`),
      explanation: _(
        msg`The portal asks for the Azure Digital Twins permissions configured on its app registration (a scope ending in /.default), and the registration lists none, so Microsoft Entra ID refuses the token. Nothing is wrong with your directory.`,
      ),
      remedy: _(
        msg`This is a deployment problem: the team that runs this portal must add the Azure Digital Twins delegated permission (Read.Write) to the app registration, or set "digitalTwinsScope" to "https://digitaltwins.azure.net/Read.Write" in config.json. Send them the details below.`,
      ),
    },
    'aadsts-65001': {
      title: _(msg`Permission has not been granted yet`),
      explanation: _(msg`${app} needs your consent before Microsoft Entra ID issues this token.`),
      remedy: _(msg`Continue to the Microsoft sign-in page and accept the permissions asked for.`),
    },
    'aadsts-65004': {
      title: _(msg`Sign-in was cancelled`),
      explanation: _(
        msg`Microsoft Entra ID issued no token: the permissions request was declined or the sign-in page was closed. Microsoft sends the same answer when its page said your organization needs an administrator to approve this app ("Need admin approval") and you returned without that approval.`,
      ),
      remedy: _(
        msg`Try again and accept the permissions: ${app} asks only to read your subscriptions and register one resource provider on your behalf. If Microsoft said an administrator must approve it, an administrator has to approve it first (on the sign-in step this portal has the request to send them); then sign in again.`,
      ),
    },
    'aadsts-90094': {
      title: _(msg`An administrator must approve this app`),
      explanation: _(msg`Your organization allows only administrators to grant the permissions this app asks for.`),
      remedy: _(
        msg`Send the request below to a Global Administrator or Cloud Application Administrator of your directory: it has the link that approves the app for everyone. Once approved, sign in again here.`,
      ),
      links: [LINKS.consent],
    },
    'aadsts-90093': {
      title: _(msg`Your organization doesn't let you approve this app`),
      explanation: _(
        msg`Your directory's consent policy does not let your account grant the permissions this app asks for; only an administrator can approve them.`,
      ),
      remedy: _(
        msg`Send the request below to a Global Administrator or Cloud Application Administrator of your directory: it has the link that approves the app for everyone. Once approved, sign in again here.`,
      ),
      links: [LINKS.consent],
    },
    'aadsts-90095': {
      title: _(msg`Your organization reviews requests for this app`),
      explanation: _(
        msg`Your directory lets only administrators approve this app and runs an admin consent workflow: Microsoft's page let you send a request, with a reason, to the people who review app requests. Until one of them approves, Microsoft Entra ID issues no token for this app.`,
      ),
      remedy: _(
        msg`Send the request on Microsoft's page, or the one below to an administrator, and sign in again once you hear it was approved.`,
      ),
      links: [LINKS.consent],
    },
    'aadsts-900941': {
      title: _(msg`Microsoft considers this app risky, so an administrator must approve it`),
      explanation: _(
        msg`Microsoft Entra ID flagged the request for ${app} as risky (for example, an app without a verified publisher asking for more than basic sign-in) and does not let users consent to it. Your organization has no admin consent workflow, so there was no way to send a request from Microsoft's page.`,
      ),
      remedy: _(
        msg`Send the request below to a Global Administrator or Cloud Application Administrator of your directory: they can review the app and approve it for everyone. The team that runs this portal can avoid the warning by adding a verified publisher to its app registration.`,
      ),
      links: [LINKS.consent, LINKS.publisher],
    },
    'aadsts-900981': {
      title: _(msg`Microsoft warned that this app might be risky`),
      explanation: _(
        msg`Microsoft Entra ID flagged the request for ${app} as risky (for example, an app without a verified publisher) and warned about it: users cannot consent to such an app, and administrators are asked to check it before they approve.`,
      ),
      remedy: _(
        msg`If you asked for approval on Microsoft's page, wait for the reviewers. Otherwise send the request below to an administrator, who can check the app's publisher and approve it; then sign in again. The team that runs this portal can avoid the warning by adding a verified publisher to its app registration.`,
      ),
      links: [LINKS.consent, LINKS.publisher],
    },
    'admin-consent-not-admin': {
      title: _(msg`The approval link needs an administrator`),
      explanation: _(
        msg`The approval link came back without an approval: it was opened with an account that is not an administrator of the directory, so Microsoft showed its "Need admin approval" page, and the account returned from there. Nothing changed in the directory.`,
      ),
      remedy: _(
        msg`Forward the approval link to a Global Administrator, Application Administrator or Cloud Application Administrator of the directory. If you are one, open the link again and choose your administrator account ("Sign in with another account" on Microsoft's page).`,
      ),
      links: [LINKS.consent],
    },
    'admin-consent-declined': {
      title: _(msg`The administrator did not approve this app`),
      explanation: _(
        msg`The approval link came back from Microsoft Entra ID without an approval: the administrator declined the permissions or closed Microsoft's page, so nothing changed in the directory.`,
      ),
      remedy: _(
        msg`If this was a mistake, open the approval link again and accept. Otherwise, tell the person who sent the request: without an approval, people in your organization cannot sign in to this portal.`,
      ),
      links: [LINKS.consent],
    },
    'aadsts-50020': {
      title: _(msg`Your account isn't in this directory`),
      explanation: _(
        msg`Microsoft Entra ID does not know your account in the directory you chose: you are neither a member nor a guest there. An account belongs to its home directory and can be invited into others as a guest; after signing in, the portal lists every directory your account can use.`,
      ),
      remedy: _(
        msg`Sign in to your own directory instead (you can switch to any directory you are a guest in after signing in), sign in with an account of that directory, or ask its administrator to invite you as a guest.`,
      ),
      links: [LINKS.guests],
    },
    'aadsts-50076': {
      title: _(msg`Multi-factor authentication is required`),
      explanation: _(msg`Your directory asks for a second factor before issuing this token.`),
      remedy: _(msg`Continue to the Microsoft sign-in page and complete the check.`),
    },
    'aadsts-50058': {
      title: _(msg`You are signed out`),
      explanation: _(msg`Microsoft Entra ID has no active session for your account in this browser.`),
      remedy: _(msg`Sign in again with the button below. What you did in this portal so far is kept.`),
    },
    'aadsts-700016': {
      title: _(msg`The app registration was not found`),
      explanation: _(
        msg`The client ID in this portal's configuration is not an app Microsoft Entra ID knows, or it is not multitenant.`,
      ),
      remedy: _(msg`This is a deployment problem: send the details below to the team that runs this portal.`),
    },
    'aadsts-50011': {
      title: _(msg`This portal's address is not registered on the app`),
      explanation: _(
        msg`Microsoft Entra ID only returns to addresses registered on the app registration as single-page application redirect URIs.`,
      ),
      remedy: _(msg`This is a deployment problem: send the details below to the team that runs this portal.`),
    },
    'aadsts-9002326': {
      title: _(msg`This portal's address is registered as a web app, not a single-page app`),
      explanation: _(
        msg`Microsoft Entra ID signed you in, then refused to give this portal its tokens: the portal's address is listed on its app registration under the Web platform, and Entra ID hands tokens to a page in the browser only for addresses listed under Single-page application. Nothing is wrong with your account or directory.`,
      ),
      remedy: _(
        msg`This is a deployment problem: the team that runs this portal must move its redirect URI (this site's address) from the Web platform to the Single-page application platform (Microsoft Entra admin center > App registrations > the portal's app > Authentication). Send them the details below; signing in works once that is done.`,
      ),
      links: [LINKS.spaPlatform],
    },
    'sign-in-required': {
      title: _(msg`Please sign in again`),
      explanation: _(
        msg`Microsoft Entra ID needs you to sign in again before Azure can be used: your sign-in expired, a permission changed, or your organization asks for another check such as multi-factor authentication.`,
      ),
      remedy: _(msg`Select "Sign in again". You come back to this step; nothing you chose is lost.`),
    },
    'arm-AuthorizationFailed': {
      title: _(msg`You don't have permission to register resource providers on this subscription`),
      explanation: _(
        msg`Registering ${ns} needs the action ${ns}/register/action on the subscription, which the Owner and Contributor roles include. Your account has neither.`,
      ),
      remedy: _(
        msg`Ask an Owner of the subscription to run this portal, or to assign you the Contributor role on it, then try again.`,
      ),
      links: [LINKS.roles],
    },
    'registration-failed': {
      title: _(msg`The registration did not complete`),
      explanation: _(
        msg`Azure accepted the request to register ${ns}, showed it as registering, then reported it as not registered again: the registration failed on Azure's side. This is rare and usually passes.`,
      ),
      remedy: _(msg`Register again. If it fails a second time, send the details below to Azure support.`),
      links: [LINKS.providers],
      transient: true,
    },
    'arm-ReadOnlyDisabledSubscription': {
      title: _(msg`This subscription is disabled or expired`),
      explanation: _(
        msg`Azure keeps disabled and expired subscriptions read-only: it refuses every change, and registering a resource provider is one. A subscription is disabled when its credit or spending limit ran out or a bill went unpaid, and expires when it is cancelled. A Warned or Past Due subscription still takes registrations.`,
      ),
      remedy: _(
        msg`Choose another subscription, or reactivate this one in the Azure portal (usually by settling its billing or removing its spending limit), then try again.`,
      ),
      links: [LINKS.subscriptions],
    },
    'arm-InvalidResourceNamespace': {
      title: _(msg`This Azure cloud doesn't know ${ns}`),
      explanation:
        ns.toLowerCase() === 'microsoft.iotspaces'
          ? _(
              msg`Microsoft.IoTSpaces belongs to the first generation of Azure Digital Twins, which Microsoft retired on 31 December 2020; Azure no longer accepts registrations for it.`,
            )
          : _(msg`Azure Resource Manager answered that the namespace ${ns} is not valid in this cloud.`),
      remedy: _(
        msg`Ask the team that runs this portal to set "providerNamespace" to "Microsoft.DigitalTwins" in config.json (the current Azure Digital Twins), then try again.`,
      ),
      links: [LINKS.digitalTwins, LINKS.providers],
    },
    'arm-SubscriptionNotFound': {
      title: _(msg`The subscription can't be found`),
      explanation: _(
        msg`Azure found no subscription with this ID that your account can see. It may have been deleted or moved to another directory.`,
      ),
      remedy: _(msg`Go back and choose a subscription from the list.`),
    },
    'arm-InvalidAuthenticationToken': {
      title: _(msg`Your sign-in has expired`),
      explanation: _(
        msg`Azure Resource Manager refused the access token, and a fresh one could not be obtained silently.`,
      ),
      remedy: _(msg`Sign in again; your choices in this portal are kept.`),
    },
    'arm-ExpiredAuthenticationToken': {
      title: _(msg`Your sign-in has expired`),
      explanation: _(msg`Azure Resource Manager found the access token expired, and a fresh one was refused too.`),
      remedy: _(
        msg`Sign in again; your choices in this portal are kept. If it happens again at once, check this computer's clock.`,
      ),
    },
    // The request reached Azure without a usable Authorization header: not the user's sign-in, which a fresh token
    // would not change, but something between the browser and Azure (a proxy that strips or rewrites the header).
    'arm-AuthenticationFailed': headerRefused,
    'arm-AuthenticationFailedInvalidHeader': headerRefused,
    'arm-InvalidApiVersionParameter': apiVersionRefused,
    'arm-MissingApiVersionParameter': apiVersionRefused,
    'arm-InvalidAuthenticationTokenTenant': {
      title: _(msg`The subscription belongs to another directory`),
      explanation: _(
        msg`The access token was issued by a different directory from the one that owns this subscription.`,
      ),
      remedy: _(msg`Choose the subscription from the directory you are signed in to.`),
    },
    // ARM's claims challenges (src/azure/claims-challenge.ts): the first one offers the sign-in with the claims, a
    // second after that sign-in names the policy and what an administrator can check (never another round).
    'arm-claims-mfa': {
      title: _(msg`Azure asks for multifactor authentication before this change`),
      explanation: _(
        msg`Azure Resource Manager refused the request: your sign-in did not include multifactor authentication, which Azure requires for every change made by a user (mandatory MFA for Azure). Reading works without it.`,
      ),
      remedy: _(
        msg`Select "Verify with Microsoft" and complete the check. You come back to this step and the request is sent once more by itself.`,
      ),
      links: [LINKS.mandatoryMfa],
    },
    'arm-claims-auth-context': {
      title: _(msg`Your organization asks for an extra check first`),
      explanation: _(
        msg`Azure Resource Manager refused the request until you sign in with a Conditional Access authentication context: a stronger sign-in your organization requires for this operation.`,
      ),
      remedy: _(
        msg`Select "Verify with Microsoft" and complete the check. You come back to this step and the request is sent once more by itself.`,
      ),
      links: [LINKS.authContext],
    },
    'arm-claims-repeated-mfa': {
      title: _(msg`Azure still asks for multifactor authentication`),
      explanation: _(
        msg`You completed the sign-in Azure asked for, but Azure refused the request again: the new token still shows no multifactor authentication. Another sign-in would end the same way. Mandatory MFA for Azure cannot be turned off.`,
      ),
      remedy: _(
        msg`Ask an administrator to look up this sign-in in the Microsoft Entra sign-in logs (ids below) and to check that your account has a multifactor method registered and that no federation or Conditional Access setting prevents it.`,
      ),
      links: [LINKS.mandatoryMfa],
    },
    'arm-claims-repeated-auth-context': {
      title: _(msg`Azure still asks for your organization's extra check`),
      explanation: _(
        msg`You signed in again, but Azure refused the request again: the sign-in did not satisfy the Conditional Access policy behind the authentication context it asks for (see "Claims requested" below). Another sign-in would end the same way.`,
      ),
      remedy: _(
        msg`Ask an administrator to check what the Conditional Access policy using this authentication context requires (for example a compliant device) and to look up your sign-in in the Microsoft Entra sign-in logs.`,
      ),
      links: [LINKS.authContext],
    },
    'arm-throttled': {
      title: _(msg`Azure asked us to slow down`),
      explanation: _(msg`Azure Resource Manager is limiting requests for this subscription or account right now.`),
      remedy: _(msg`Wait a moment and try again. Nothing was lost.`),
      transient: true,
    },
    'arm-server': {
      title: _(msg`Azure had a temporary problem`),
      explanation: _(msg`Azure Resource Manager answered with a server error several times in a row.`),
      remedy: _(
        msg`Try again in a minute. If it keeps happening, check Azure status and send the details below to support.`,
      ),
      links: [{ label: _(msg`Azure status`), href: 'https://azure.status.microsoft/status' }],
      transient: true,
    },
    network: {
      title: _(msg`Couldn't reach Azure`),
      explanation: _(
        msg`The request did not get an answer: the network may be down, or a proxy or firewall blocked it.`,
      ),
      remedy: _(msg`Check your connection and try again. Nothing was sent twice.`),
      transient: true,
    },
    malformed: {
      title: _(msg`Azure answered in an unexpected way`),
      explanation: _(msg`A response did not have the shape the Azure API promises, so the portal did not act on it.`),
      remedy: _(msg`Try again. If it keeps happening, send the details below to support.`),
      transient: true,
    },
    'malformed-sign-in': {
      title: _(msg`Microsoft's sign-in answered in an unexpected way`),
      explanation: _(
        msg`The answer from Microsoft Entra ID lacked something a sign-in needs (a token, or the check that ties it to this sign-in), so the portal did not use it.`,
      ),
      remedy: _(msg`Try again. If it keeps happening, send the details below to support.`),
      transient: true,
    },
    'msal-interaction_in_progress': {
      title: _(msg`A sign-in is already in progress`),
      explanation: _(msg`Another sign-in in this tab has not finished yet.`),
      remedy: _(msg`Finish or close the other sign-in window, then try again. Reloading the page also clears it.`),
      transient: true,
    },
    'msal-user_cancelled': {
      title: _(msg`Sign-in was cancelled`),
      explanation: _(msg`The sign-in window was closed before it finished.`),
      remedy: _(msg`Try again when you are ready.`),
    },
    'msal-popup_window_error': {
      title: _(msg`The sign-in window was blocked`),
      explanation: _(msg`The browser blocked the window that signs you in.`),
      remedy: _(msg`Allow pop-ups for this site, or try again: the portal will use a full-page sign-in instead.`),
    },
    'msal-no_account_error': {
      title: _(msg`You are signed out`),
      explanation: _(msg`There is no signed-in account in this tab.`),
      remedy: _(msg`Sign in again with the button below. What you did in this portal so far is kept.`),
    },
    generic: {
      title: _(msg`Something went wrong`),
      explanation: _(msg`The portal met an error it does not have a specific explanation for.`),
      remedy: _(msg`Try again. If it keeps happening, copy the details below and send them to support.`),
      transient: true,
    },
  };
  return Object.assign({}, entries, ...[...parts.values()].map((part) => part(ctx))) as CatalogueEntries;
}
