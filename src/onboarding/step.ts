/** The wizard's steps, in order. The current one is derived from facts, never stored. */
export const STEPS = [
  { id: 'sign-in', title: 'Sign in' },
  { id: 'subscription', title: 'Choose a subscription' },
  { id: 'register', title: 'Register the resource provider' },
  { id: 'verify', title: 'Verify access' },
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

export function stepNumber(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id) + 1;
}
