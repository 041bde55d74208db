import { msg } from '@lingui/core/macro';

/**
 * The wizard's steps, in order. The current one is derived from facts, never stored. `title` is the English name
 * (an identifier for tests and the demo's notes); `label` is what the page shows, in the active language.
 */
export const STEPS = [
  { id: 'sign-in', title: 'Sign in', label: msg({ message: 'Sign in', comment: 'Step 1 of the wizard' }) },
  { id: 'subscription', title: 'Choose a subscription', label: msg({ message: 'Choose a subscription', comment: 'Step 2 of the wizard' }) },
  { id: 'register', title: 'Register the resource provider', label: msg({ message: 'Register the resource provider', comment: 'Step 3 of the wizard' }) },
  { id: 'verify', title: 'Verify access', label: msg({ message: 'Verify access', comment: 'Step 4 of the wizard' }) },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export interface Facts {
  signedIn: boolean;
  subscriptionId: string | undefined;
  verifyRequested: boolean;
  /** the provider's state on the chosen subscription, once known */
  providerState: string | undefined;
}

export function deriveStep(facts: Facts): StepId {
  if (!facts.signedIn) return 'sign-in';
  if (facts.verifyRequested) return 'verify';
  if (!facts.subscriptionId) return 'subscription';
  if (facts.providerState === 'Registered') return 'verify';
  return 'register';
}

/** The steps the progress list marks as done. */
export function doneSteps(facts: Facts): StepId[] {
  if (!facts.signedIn) return [];
  const done: StepId[] = ['sign-in'];
  if (facts.subscriptionId) done.push('subscription');
  if (facts.providerState === 'Registered') done.push('register');
  return done;
}

/**
 * After a reload the chosen subscription's provider state is not known yet: guessing a step would flash the wrong
 * one (and move focus to it), so the wizard waits for ARM's answer, unless the user asked to verify anyway.
 */
export function waitsForProviderState(facts: Facts & { providerPending: boolean }): boolean {
  return facts.signedIn && facts.subscriptionId !== undefined && facts.providerPending && !facts.verifyRequested;
}

export function stepNumber(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id) + 1;
}
