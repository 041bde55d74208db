import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { findScenario } from '@twin-onboarding/emulator';

/**
 * The demo controls' names and descriptions of the scenarios, translatable. The emulator keeps its own English
 * (it cannot import Lingui); these are keyed by the scenario's name, the identifier `?scenario=` takes, and say
 * the same in English (scenario-labels.test.ts holds them together).
 */
const LABELS: Record<string, (i18n: I18n) => { title: MessageDescriptor; description: MessageDescriptor }> = {
  happy: () => ({
    title: msg`Everything in order`,
    description: msg`Ada is a Contoso admin and Owner of three subscriptions (one of them disabled). Nothing is registered yet, so Digital Twins is unknown to the tenant until the provider is registered. Registration takes as long as the registration speed says.`,
  }),
  'no-subscription': () => ({
    title: msg`No subscription`,
    description: msg`Ada can sign in, but Contoso has no Azure subscription, so there is nothing to register on.`,
  }),
  'already-registered': () => ({
    title: msg`Already registered`,
    description: msg`Contoso Production already has the provider registered, so the Digital Twins service principal exists from the start.`,
  }),
  reader: () => ({
    title: msg`Reader only`,
    description: msg`Riley is not an admin and only has Reader on the subscriptions: signing in works, registering is refused (403).`,
  }),
  'slow-registration': () => ({
    title: msg`Slow registration`,
    description: msg`Like "Everything in order", but registration takes three minutes and the service principal another 30 seconds.`,
  }),
  'retired-namespace': () => ({
    title: msg`Retired namespace (today's Azure)`,
    description: msg`Like today's public cloud: Microsoft.IoTSpaces, the first-generation Digital Twins, is retired and unknown; Microsoft.DigitalTwins works.`,
  }),
  'many-subscriptions': (i18n) => {
    const scenario = findScenario('many-subscriptions');
    const count = i18n.number(scenario?.subscriptions.length ?? 0);
    const pageSize = i18n.number(scenario?.pageSize ?? 0);
    return {
      title: msg`${count} subscriptions`,
      description: msg`A large enterprise: Ada owns ${count} subscriptions, listed ${pageSize} at a time; one in eight is disabled.`,
    };
  },
  'hostile-data': () => ({
    title: msg`Odd and hostile names`,
    description: msg`Subscription names with markup, 500 characters, right-to-left text and emoji: all shown as plain text.`,
  }),
  throttled: () => ({
    title: msg`Throttled`,
    description: msg`ARM answers 429 with Retry-After to the first subscription list, provider read and register call.`,
  }),
  flaky: () => ({
    title: msg`Flaky service`,
    description: msg`ARM answers 503 to the first four subscription lists (more than the portal retries by itself) and 500 to the first provider read.`,
  }),
  'registration-fails': () => ({
    title: msg`Registration fails once`,
    description: msg`The first registration goes back to NotRegistered when it would have finished; registering again works.`,
  }),
  'stuck-registration': () => ({
    title: msg`Registration takes hours`,
    description: msg`Registration stays Registering for three hours (Azure sometimes takes that long).`,
  }),
  'several-directories': () => ({
    title: msg`Guest in a second directory`,
    description: msg`Ada belongs to Contoso and is a guest in Fabrikam, where multi-factor authentication is required. Fabrikam has its own subscription. Riley belongs to Contoso only.`,
  }),
  'partner-admin': () => ({
    title: msg`A partner's admin (Azure Lighthouse)`,
    description: msg`Morgan is an admin of Northwind, a partner that manages Contoso's and Fabrikam's subscriptions through Azure Lighthouse and has one of its own. Registering on a delegated subscription would set up the customer's directory, not Northwind; Morgan is a guest in Fabrikam but cannot sign in to Contoso. Signed in to Fabrikam as its guest, Morgan sees none of the delegated subscriptions: Fabrikam gave the guest account no role.`,
  }),
  'admin-approval': () => ({
    title: msg`Admin approval required`,
    description: msg`Contoso lets only admins consent to apps. Riley owns the subscriptions but is not an admin, so signing in needs Ada to approve the app first.`,
  }),
  'admin-approval-workflow': () => ({
    title: msg`Admin approval, with requests`,
    description: msg`As admin approval required, but Contoso has the admin consent workflow on: Microsoft's page lets Riley send a request, with a justification, for an admin to review.`,
  }),
  'consent-policy': () => ({
    title: msg`Consent policy blocks the app`,
    description: msg`Contoso lets users consent only to low-impact permissions of verified publishers. Access to Azure Resource Manager is not low impact, so Riley needs an admin's approval (AADSTS90093), whoever publishes the app.`,
  }),
  'web-platform': () => ({
    title: msg`Redirect URI on the Web platform`,
    description: msg`The portal's app registration lists its redirect URIs under Web instead of Single-page application: Microsoft signs Ada in, then refuses to give the browser its tokens (AADSTS9002326).`,
  }),
  'mfa-required': () => ({
    title: msg`MFA required for changes`,
    description: msg`Azure asks for multi-factor authentication before any change: Ada signs in with a password only, so the register call is refused with a claims challenge. The portal offers Microsoft's page with those claims, Ada approves the second factor, and the portal sends the register call once more by itself: one registration, no loop.`,
  }),
  'mfa-auth-context': () => ({
    title: msg`Authentication context for changes`,
    description: msg`Contoso protects Azure changes with a Conditional Access authentication context (c1): the register call is refused until Ada signs in with it. Microsoft's page asks for a second factor, and the portal sends the call once more.`,
  }),
  malformed: () => ({
    title: msg`Malformed answers`,
    description: msg`The first subscription list comes back without its "value" list, and the first provider read with a numeric state.`,
  }),
  'twins-group-role': () => ({
    title: msg`Today's Digital Twins: a group holds the role`,
    description: msg`Contoso Production has one Digital Twins instance. The group "Twin Studio users" holds Azure Digital Twins Data Owner on it; Ada, Owner of the subscription, holds no data role. The app is called by its users and needs Data Owner.`,
  }),
  'twins-no-role': () => ({
    title: msg`Today's Digital Twins: nobody holds the role`,
    description: msg`As "a group holds the role", but nobody holds enough: Riley holds Data Reader while the app needs Data Owner, and "Twin Studio users" holds a custom role that only reads models. The admin gets the request to send.`,
  }),
  'twins-no-instance': () => ({
    title: msg`Today's Digital Twins: no instance yet`,
    description: msg`Contoso has no Digital Twins instance and Microsoft.DigitalTwins is registered nowhere. Register it, create an instance (the demo controls can), then check again.`,
  }),
  'twins-several': () => ({
    title: msg`Today's Digital Twins: several instances`,
    description: msg`Three instances in two subscriptions: one in Contoso Production, two in Contoso Dev/Test. "Twin Studio users" holds Data Reader on all of Dev/Test (inherited by both instances there); the app needs Data Reader.`,
  }),
  'twins-private': () => ({
    title: msg`Today's Digital Twins: public network access disabled`,
    description: msg`As "a group holds the role", but the instance has public network access disabled: only a private endpoint reaches its data plane. The portal says so and the admin goes on.`,
  }),
  'twins-app-caller': () => ({
    title: msg`Today's Digital Twins: the app calls alone`,
    description: msg`The developer's app calls Digital Twins as itself and needs Data Reader. Its service principal in Contoso holds Data Reader on the instance; a browser cannot learn that object id, so the portal says what it could not check.`,
  }),
  'twins-guest-ready': () => ({
    title: msg`Digital Twins in the developer's directory: guest ready`,
    description: msg`Proseware runs the Digital Twins instance in its own directory. Ada, Contoso's admin, is a guest there and holds Data Owner on it: Proseware's directory issues her a Digital Twins token.`,
  }),
  'twins-guest-not-invited': () => ({
    title: msg`Digital Twins in the developer's directory: not a guest`,
    description: msg`As "guest ready", but Proseware has not invited Ada yet: its directory does not know her and refuses her a token (AADSTS50020). Proseware must invite her, and she must accept.`,
  }),
  'twins-guest-outbound-blocked': () => ({
    title: msg`Digital Twins in the developer's directory: blocked by Contoso`,
    description: msg`Ada is a guest in Proseware's directory, but Contoso's cross-tenant access settings block B2B collaboration with other organizations by default (AADSTS500212). Contoso's admin must allow Proseware in Contoso's outbound settings.`,
  }),
  'twins-guest-inbound-blocked': () => ({
    title: msg`Digital Twins in the developer's directory: blocked by the developer`,
    description: msg`Ada is a guest in Proseware's directory, but Proseware's cross-tenant access settings let in guests only from organizations it lists, and Contoso is not listed (AADSTS500213). Proseware's admin must allow Contoso.`,
  }),
  'twins-guest-mfa': () => ({
    title: msg`Digital Twins in the developer's directory: MFA for guests`,
    description: msg`Ada is a guest in Proseware's directory, whose Conditional Access requires multi-factor authentication of every guest and does not trust Contoso's. The first token is refused (AADSTS50076); Microsoft's page asks Ada for a second factor, then the token is issued.`,
  }),
  'twins-guest-tenant-restrictions': () => ({
    title: msg`Digital Twins in the developer's directory: Contoso's network`,
    description: msg`Ada is a guest in Proseware's directory, but Contoso's network proxy adds tenant restrictions that allow sign-ins to Contoso's directory only (AADSTS500021). Contoso's network team must add Proseware to the list.`,
  }),
  'twins-grant-group': () => ({
    title: msg`Today's Digital Twins: give the role to a group`,
    description: msg`Nobody holds Azure Digital Twins Data Owner on the instance. Ada is Owner of the subscription, so she may assign roles: she gives the data role to the group "Twin app users" with one click, and the portal waits until it works.`,
  }),
  'twins-grant-me': () => ({
    title: msg`Today's Digital Twins: give the role to yourself`,
    description: msg`Ada is Owner of the subscription and also uses the app herself: she gives Azure Digital Twins Data Owner on the instance to her own account with one click. Azure takes about 20 seconds before the role works.`,
  }),
  'twins-grant-contributor': () => ({
    title: msg`Today's Digital Twins: a Contributor cannot give roles`,
    description: msg`Ada is only Contributor of the subscriptions: she sees the instance but may not assign roles (Azure would answer 403). Omar, Owner of Contoso Production, can; the portal says whom to ask.`,
  }),
  'twins-grant-eligible': () => ({
    title: msg`Today's Digital Twins: Owner only eligible (PIM)`,
    description: msg`Ada holds Reader on the subscriptions and is only eligible for Owner in Privileged Identity Management: until she activates it (the demo controls can, as the Azure portal would), she may not assign roles. Then "Check again".`,
  }),
  'twins-grant-policy': () => ({
    title: msg`Today's Digital Twins: a policy blocks role assignments`,
    description: msg`Ada is Owner, but an Azure Policy on Contoso Production denies every new role assignment ("Role assignments only through the platform team"): Azure refuses the assignment (403 RequestDisallowedByPolicy).`,
  }),
  'twins-grant-slow': () => ({
    title: msg`Today's Digital Twins: the role takes minutes to work`,
    description: msg`As "give the role to yourself", but Azure takes four minutes before the new role assignment works: the portal keeps checking, with a fresh token each time, and never assigns twice.`,
  }),
  'twins-grant-mfa': () => ({
    title: msg`Today's Digital Twins: MFA before giving the role`,
    description: msg`As "give the role to yourself", but Azure asks for multi-factor authentication before any change: the role assignment is refused with a claims challenge. Ada approves the second factor on Microsoft's page, and the portal gives the same role once more by itself: one assignment, no loop.`,
  }),
};

/**
 * What a presenter should see at the end of each of today's Digital Twins scenarios (the demo controls show it
 * under the description), so a run that ends elsewhere is noticed before the audience does.
 */
const EXPECTED_OUTCOMES: Record<string, MessageDescriptor> = {
  'twins-group-role': msg`Expected: the instance contoso-twins is found; "Check access" shows the group holding Data Owner, Ada not holding it but allowed to assign, and the ready card naming contoso-twins.api.weu.digitaltwins.azure.net.`,
  'twins-no-role': msg`Expected: nobody holds a sufficient role (Data Reader and the model-only custom role do not count for an app that writes); the card holds Ada's to-do with the az role assignment create line.`,
  'twins-no-instance': msg`Expected: "No Digital Twins instance found", with the Azure portal link and the az line; register Microsoft.DigitalTwins, create an instance from the demo controls, then "Check again" finds it.`,
  'twins-several': msg`Expected: three instances to choose from in two subscriptions; a Dev/Test instance is ready through the group's inherited Data Reader.`,
  'twins-private': msg`Expected: as "a group holds the role", plus a note that only a private endpoint reaches the instance; the admin goes on to the ready card.`,
  'twins-app-caller': msg`Expected: a service principal holds Data Reader; the ready card says the portal cannot see whether it is the app's and gives the az line with the app's client ID.`,
  'twins-guest-ready': msg`Expected: no subscription or instance step, and the page says why; Proseware's directory issues Ada a Digital Twins token (its tenant ID on the card) while the portal stays in Contoso's directory.`,
  'twins-guest-not-invited': msg`Expected: AADSTS50020 explained, never Microsoft's error page: Proseware must invite Ada; the request for the developer names her sign-in name.`,
  'twins-guest-outbound-blocked': msg`Expected: AADSTS500212 explained: Contoso's admin must allow Proseware in Contoso's outbound cross-tenant access settings.`,
  'twins-guest-inbound-blocked': msg`Expected: AADSTS500213 explained: Proseware's admin must allow Contoso in Proseware's inbound cross-tenant access settings.`,
  'twins-guest-mfa': msg`Expected: AADSTS50076 explained with Continue to Microsoft; after the second factor on the page of Proseware's directory the token is issued, and the portal is still in Contoso's directory.`,
  'twins-guest-tenant-restrictions': msg`Expected: AADSTS500021 explained: Contoso's network team must add Proseware to the tenants its tenant restrictions allow.`,
  'twins-grant-group': msg`Expected: nobody holds the role; Ada gives Azure Digital Twins Data Owner to "Twin app users" with one click (one PUT), the portal waits until the role works, and "What changed in the directory" shows the assignment on contoso-twins.`,
  'twins-grant-me': msg`Expected: Ada gives herself Data Owner with one click; about 20 seconds later, with a fresh token, the portal sees the role work and goes on to the ready card.`,
  'twins-grant-contributor': msg`Expected: no button to give the role: Ada is Contributor and may not assign roles; the portal says to ask an Owner such as Omar Owner.`,
  'twins-grant-eligible': msg`Expected: the portal says Ada's Owner is only eligible in Privileged Identity Management and asks her to activate it; after "Activate the eligible role" in the demo controls and "Check again", she gives the role.`,
  'twins-grant-policy': msg`Expected: Azure Policy refuses the assignment (RequestDisallowedByPolicy); the card names "Role assignments only through the platform team" and says whom to ask.`,
  'twins-grant-slow': msg`Expected: one PUT, then the portal keeps checking for about four minutes (skip ahead in the demo controls) and never assigns twice; then the ready card.`,
  'twins-grant-mfa': msg`Expected: the first PUT is refused with a claims challenge; after "Verify with Microsoft" and the second factor the portal gives the same role once more by itself (two PUTs: 401, then 201), waits until it works, and the report lists the step-up.`,
};

/** The expected outcome of a scenario in the page's language, if it has one. */
export function expectedOutcome(i18n: I18n, name: string): string | undefined {
  return Object.hasOwn(EXPECTED_OUTCOMES, name) ? i18n._(EXPECTED_OUTCOMES[name]!) : undefined;
}

/** A scenario's title and description in the page's language; the emulator's English for a scenario it does not know. */
export function scenarioLabel(
  i18n: I18n,
  scenario: { name: string; title: string; description: string },
): { title: string; description: string } {
  const labels = Object.hasOwn(LABELS, scenario.name) ? LABELS[scenario.name]!(i18n) : undefined;
  if (!labels) return { title: scenario.title, description: scenario.description };
  return { title: i18n._(labels.title), description: i18n._(labels.description) };
}

/** The scenarios that have labels here (a test checks every scenario has one). */
export function labelledScenarios(): string[] {
  return Object.keys(LABELS);
}
