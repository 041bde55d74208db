import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { createStore } from '../storage/store';

/**
 * What a sales engineer can say at each step, two or three sentences each. Keyed by the wizard's step ids
 * (src/onboarding/step.ts); the app passes the current one down to the demo controls. Message descriptors:
 * translated where they are shown.
 */
export const PRESENTER_NOTES: Record<string, { title: MessageDescriptor; text: MessageDescriptor }> = {
  'sign-in': {
    title: msg`Sign in`,
    text: msg`This is the page the developer sends their customer's admin to: nothing to install, the admin signs in with their own Microsoft Entra account. Sign-in asks only for Azure Resource Manager access; Digital Twins comes later, because Entra ID cannot grant it before Azure knows the service in this directory. Point at the consent screen: it names the developer's product and publisher, not Microsoft.`,
  },
  subscription: {
    title: msg`Choose a subscription`,
    text: msg`The portal lists every subscription the admin can see in this directory, page by page, with its state; disabled ones are explained rather than hidden. Pick one where the admin is Owner or Contributor: registering a resource provider is done per subscription.`,
  },
  register: {
    title: msg`Register the resource provider`,
    text: msg`One click sends a single register call to Azure Resource Manager, then the portal watches the provider, quickly at first and less often later, and never sends the call twice, even after a reload. Azure takes a minute or two: use Skip ahead, or pick the Instant speed before the run.`,
  },
  verify: {
    title: msg`Verify access`,
    text: msg`Registering the provider put Azure Digital Twins' service principal into the customer's directory. The portal now asks Entra ID for a Digital Twins token, with a consent screen the first time, and shows what the token says, never the token itself. End on the report: it is what the admin hands back to the developer or to support.`,
  },
};

/**
 * What a scenario adds to a step's notes: what the audience is about to see happen, and the outcome to point at.
 * Keyed by scenario name, then step id.
 */
export const SCENARIO_NOTES: Record<string, Record<string, MessageDescriptor>> = {
  'twins-guest-ready': {
    'guest-access': msg`Ada is a guest in Proseware's directory: the token comes from that directory, and the card shows its tenant ID, Proseware's, not Contoso's. Point at the header: the portal is still in Contoso's directory. The data role there stays unchecked, because a guest cannot read it, and the request tells the developer what to confirm.`,
  },
  'twins-guest-not-invited': {
    'guest-access': msg`Proseware's directory does not know Ada and answers AADSTS50020. Instead of Microsoft's error page, the card says that the developer must invite her, by her sign-in name, and the request to send them is ready to copy.`,
  },
  'twins-guest-outbound-blocked': {
    'guest-access': msg`This time the block is Contoso's own: its outbound cross-tenant access settings forbid B2B collaboration (AADSTS500212). The card sends Contoso's admin to the exact setting, and says the developer can do nothing about it.`,
  },
  'twins-guest-inbound-blocked': {
    'guest-access': msg`Proseware's inbound settings admit guests only from the organizations it lists (AADSTS500213). The card says the developer's administrator must allow Contoso, with Contoso's tenant ID, and the request carries it.`,
  },
  'twins-guest-mfa': {
    'guest-access': msg`Proseware's Conditional Access asks every guest for multifactor authentication (AADSTS50076). Press Continue to Microsoft: the second factor happens on the page of Proseware's directory, and back here the token is issued while the portal stays in Contoso's directory.`,
  },
  'twins-guest-tenant-restrictions': {
    'guest-access': msg`Contoso's network proxy lets people sign in to Contoso's directory only (AADSTS500021). The card names Contoso's network team and the directory to add to the allowed list.`,
  },
  'mfa-required': {
    register: msg`In this directory Azure demands multi-factor authentication for every change, as it does everywhere since 2025. Press Register: Azure refuses with a claims challenge, and the card explains it and offers Microsoft's page with those claims. After the second factor the portal comes back to this step and sends the register call once more by itself; the report records the step-up, and there is exactly one registration.`,
  },
  // Issue 18: giving the data role from the verdict card.
  'twins-grant-group': {
    access: msg`Nobody holds the data role yet, and Ada may assign roles. Paste the group's object ID, check the type and the ID on the confirmation, then "Give the role": one PUT with a name derived from instance, group and role, so no click, reload or second tab can make a second one. Open "What changed in the directory" to show the assignment on the instance.`,
  },
  'twins-grant-me': {
    access: msg`Ada uses the app herself: choose "Me", nothing to type, since the portal takes her object ID in this directory from her sign-in. After the one PUT the portal reads her own permissions with a freshly issued token, because Azure caches roles per token, and shows the moment the role works (about 20 seconds here).`,
  },
  'twins-grant-contributor': {
    access: msg`Ada is only Contributor, and her permissions lack the right to assign roles, so there is no button that Azure would refuse. Point at the sentence that says whom to ask (an Owner, User Access Administrator or Role Based Access Control Administrator) and at the request to copy.`,
  },
  'twins-grant-eligible': {
    access: msg`Ada's Owner role is only eligible in Privileged Identity Management: the portal says to activate it rather than to ask an Owner. Use "Activate the eligible role" in these controls (as the Azure portal would), skip ahead, then "Check again": the form to give the role appears.`,
  },
  'twins-grant-policy': {
    access: msg`Ada is Owner, but an Azure Policy denies role assignments here, which no permissions answer reveals in advance. Give the role to the group: Azure refuses with RequestDisallowedByPolicy, and the card names the policy and whom to ask, with the ids for support.`,
  },
  'twins-grant-slow': {
    access: msg`As "give the role to yourself", but Azure takes four minutes. Show the elapsed time and the reads slowing down; after three minutes the card says Azure can take longer and what to do. Reload the page while it waits: it goes on waiting for the same assignment, and there is still one PUT.`,
  },
  'twins-grant-mfa': {
    access: msg`Azure demands multi-factor authentication for every change, role assignments included. Give the role to yourself: Azure refuses the assignment with a claims challenge, and the card offers Microsoft's page with those claims. After the second factor the portal comes back to the verdict, checks by name that the assignment is not there yet and sends the same one once more, by itself; then it waits until the role works. The report records the step-up.`,
  },
  'mfa-auth-context': {
    register: msg`Here a Conditional Access authentication context protects Azure changes. Register meets a claims challenge that names it; after the sign-in with it the call goes through once. If the browser could not read Azure's challenge, the portal would ask for MFA instead, and a second refusal shows a card for the admin rather than a loop.`,
  },
};

/**
 * The notes for the steps that only today's Digital Twins has (`digitalTwins` configured, the twins-* scenarios);
 * the shared steps keep the notes above.
 */
export const TWINS_PRESENTER_NOTES: Record<string, { title: MessageDescriptor; text: MessageDescriptor }> = {
  instance: {
    title: msg`Choose the Digital Twins instance`,
    text: msg`Today's Azure Digital Twins authorises every call on the instance itself, so the portal starts from the instance: one Resource Graph query finds every instance in every subscription the admin can read. An instance proves Microsoft.DigitalTwins is registered, so there is nothing to register; with none, the card says how to create one.`,
  },
  access: {
    title: msg`Check access`,
    text: msg`Three ARM reads at the instance answer who holds a data role that covers what the app needs: role assignments, role definitions and the admin's own permissions. Point out that the subscription's Owner grants no data access, and that the card says what a browser could not check. The request or the to-do carries the exact az line.`,
  },
  'guest-access': {
    title: msg`Check access`,
    text: msg`Here the instance lives in the developer's directory, so there is nothing to choose or register in the customer's: the step says why. The portal asks the developer's directory for a Digital Twins token for the signed-in admin, a guest there, and never switches the portal into that directory. Whatever Entra ID answers, the card names whose administrator must change what, and the request for the developer lists the sign-in names.`,
  },
};

/** The note for the step on screen, whichever flow it belongs to. */
export function presenterNote(step: string): { title: MessageDescriptor; text: MessageDescriptor } | undefined {
  if (Object.hasOwn(TWINS_PRESENTER_NOTES, step)) return TWINS_PRESENTER_NOTES[step];
  return Object.hasOwn(PRESENTER_NOTES, step) ? PRESENTER_NOTES[step] : undefined;
}

/** Whether the notes are open: they stay so across the sign-in's full-page redirects. */
export const notesOpenStore = createStore<boolean>('demo.notes-open', 1, false, (v) => (v === true ? v : undefined));
