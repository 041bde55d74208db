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
  'mfa-required': {
    register: msg`In this directory Azure demands multi-factor authentication for every change, as it does everywhere since 2025. Press Register: Azure refuses with a claims challenge, and the card explains it and offers Microsoft's page with those claims. After the second factor the portal comes back to this step and sends the register call once more by itself; the report records the step-up, and there is exactly one registration.`,
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
};

/** The note for the step on screen, whichever flow it belongs to. */
export function presenterNote(step: string): { title: MessageDescriptor; text: MessageDescriptor } | undefined {
  if (Object.hasOwn(TWINS_PRESENTER_NOTES, step)) return TWINS_PRESENTER_NOTES[step];
  return Object.hasOwn(PRESENTER_NOTES, step) ? PRESENTER_NOTES[step] : undefined;
}

/** Whether the notes are open: they stay so across the sign-in's full-page redirects. */
export const notesOpenStore = createStore<boolean>('demo.notes-open', 1, false, (v) => (v === true ? v : undefined));
