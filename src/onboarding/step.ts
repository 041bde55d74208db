import { msg } from '@lingui/core/macro';
import { RegistrationState, type ProviderState } from '../azure/registration-state';

/**
 * The wizard's steps, in order. The current one is derived from facts, never stored. `title` is the English name
 * (an identifier for tests and the demo's notes); `label` is what the page shows, in the active language.
 */
export const STEPS = [
  { id: 'sign-in', title: 'Sign in', label: msg({ message: 'Sign in', comment: 'Step 1 of the wizard' }) },
  {
    id: 'subscription',
    title: 'Choose a subscription',
    label: msg({ message: 'Choose a subscription', comment: 'Step 2 of the wizard' }),
  },
  {
    id: 'register',
    title: 'Register the resource provider',
    label: msg({ message: 'Register the resource provider', comment: 'Step 3 of the wizard' }),
  },
  { id: 'verify', title: 'Verify access', label: msg({ message: 'Verify access', comment: 'Step 4 of the wizard' }) },
] as const;

/**
 * With `digitalTwins` configured (today's Azure Digital Twins, instance in the customer's directory): the instance
 * comes first, because an instance proves Microsoft.DigitalTwins is registered on its subscription; registering is
 * only the way out when there is none. The last step checks the token *and* who holds a data role on the instance.
 */
export const TWINS_STEPS = [
  STEPS[0],
  {
    id: 'instance',
    title: 'Choose the Digital Twins instance',
    label: msg({
      message: 'Choose the Digital Twins instance',
      comment: "Step 2 of the wizard with today's Azure Digital Twins",
    }),
  },
  { id: 'register', title: 'Register the resource provider', label: STEPS[2].label },
  {
    id: 'access',
    title: 'Check access',
    label: msg({
      message: 'Check access',
      comment: "Step 4 of the wizard with today's Azure Digital Twins: the token and the data roles on the instance",
    }),
  },
] as const;

/**
 * The instance is in the developer's directory (`hosting: "developer"`): nothing to choose or register in the
 * customer's directory (no subscription of it serves an instance in another directory), so after sign-in only the
 * check that the developer's directory issues the person a token there.
 */
export const GUEST_STEPS = [
  STEPS[0],
  { id: 'guest-access', title: 'Check access', label: TWINS_STEPS[3].label },
] as const;

export type StepId =
  (typeof STEPS)[number]['id'] | (typeof TWINS_STEPS)[number]['id'] | (typeof GUEST_STEPS)[number]['id'];

export interface StepDefinition {
  id: StepId;
  title: string;
  label: (typeof STEPS)[number]['label'];
}

/** Which steps exist: a pure function of the configured mode (none: the 2018 flow). */
export function stepsFor(digitalTwins: { hosting: string } | undefined): readonly StepDefinition[] {
  if (digitalTwins?.hosting === 'developer') return GUEST_STEPS;
  return digitalTwins ? TWINS_STEPS : STEPS;
}

/** In the developer's directory mode the step after sign-in is the only one: the check is all there is to do. */
export function deriveGuestStep(signedIn: boolean): StepId {
  return signedIn ? 'guest-access' : 'sign-in';
}

export interface Facts {
  signedIn: boolean;
  subscriptionId: string | undefined;
  verifyRequested: boolean;
  /** the provider's state on the chosen subscription, once known */
  providerState: ProviderState | undefined;
}

export function deriveStep(facts: Facts): StepId {
  if (!facts.signedIn) return 'sign-in';
  if (facts.verifyRequested) return 'verify';
  if (!facts.subscriptionId) return 'subscription';
  if (facts.providerState === RegistrationState.Registered) return 'verify';
  return 'register';
}

/** The steps the progress list marks as done. */
export function doneSteps(facts: Facts): StepId[] {
  if (!facts.signedIn) return [];
  const done: StepId[] = ['sign-in'];
  if (facts.subscriptionId) done.push('subscription');
  if (facts.providerState === RegistrationState.Registered) done.push('register');
  return done;
}

/**
 * After a reload the chosen subscription's provider state is not known yet: guessing a step would flash the wrong
 * one (and move focus to it), so the wizard waits for ARM's answer, unless the user asked to verify anyway.
 */
export function waitsForProviderState(facts: Facts & { providerPending: boolean }): boolean {
  return facts.signedIn && facts.subscriptionId !== undefined && facts.providerPending && !facts.verifyRequested;
}

export function stepNumber(id: StepId, steps: readonly StepDefinition[] = STEPS): number {
  return steps.findIndex((s) => s.id === id) + 1;
}

/** What decides the step with today's Digital Twins. */
export interface TwinsFacts {
  signedIn: boolean;
  /** the instance the admin picked (its ARM resource id) */
  instanceId: string | undefined;
  /** there was no instance and the admin chose to register Microsoft.DigitalTwins */
  registerWanted: boolean;
  /** the subscription to register on, once chosen */
  subscriptionId: string | undefined;
  /** the provider's state on that subscription, once known */
  providerState: ProviderState | undefined;
}

/**
 * An instance picked: straight to access (its existence proves the namespace registered). No instance and the admin
 * chose to register: the register step until ARM says Registered, then back to the instance step, where creating
 * one and "Check again" is what is left.
 */
export function deriveTwinsStep(facts: TwinsFacts): StepId {
  if (!facts.signedIn) return 'sign-in';
  if (facts.instanceId) return 'access';
  if (facts.registerWanted && (!facts.subscriptionId || facts.providerState !== RegistrationState.Registered))
    return 'register';
  return 'instance';
}

export function doneTwinsSteps(facts: TwinsFacts): StepId[] {
  if (!facts.signedIn) return [];
  const done: StepId[] = ['sign-in'];
  if (facts.instanceId) done.push('instance', 'register');
  else if (facts.registerWanted && facts.subscriptionId && facts.providerState === RegistrationState.Registered)
    done.push('register');
  return done;
}

/** As waitsForProviderState: only while a registration's subscription is chosen and its state not read yet. */
export function twinsWaitsForProviderState(facts: TwinsFacts & { providerPending: boolean }): boolean {
  return (
    facts.signedIn &&
    !facts.instanceId &&
    facts.registerWanted &&
    facts.subscriptionId !== undefined &&
    facts.providerPending
  );
}
