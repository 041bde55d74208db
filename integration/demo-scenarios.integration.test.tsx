import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { scenarioNames } from '../src/demo/emulator';
import { openApp, type App } from './harness/app';

/** How far each scenario's first person gets, and what stops them. A scenario without an entry fails its test. */
interface Outcome {
  /**
   * the heading of Microsoft's page that stops them at sign-in; they return to the app without consent, the
   * only way back a person who may not approve the app has
   */
  stoppedBy?: 'Need admin approval' | 'Approval required';
  /** a subscription can be chosen */
  choose: boolean;
  /** the Register button is offered, and pressed */
  register: boolean;
  /** the step heading at the end */
  end: 'Sign in' | 'Choose a subscription' | 'Register the resource provider' | 'Verify access';
  /** the title of the problem card shown at the end (its name, not any text in it); none means no card at all */
  problem?: string;
  /** a text the end step shows besides */
  says?: string;
}

const FULL: Outcome = { choose: true, register: true, end: 'Verify access' };

/** Stopped at sign-in by Microsoft's page titled `page`, then back in the portal without consent. */
function stoppedForApproval(page: NonNullable<Outcome['stoppedBy']>): Outcome {
  return {
    stoppedBy: page,
    choose: false,
    register: false,
    end: 'Sign in',
    problem: 'Sign-in was cancelled',
    says: 'Microsoft said an administrator must approve this app?',
  };
}

/** One line per scenario of src/demo/emulator/scenarios.ts (docs/testing.md, "Adding a scenario"). */
const EXPECTED: Record<string, Outcome> = {
  happy: FULL,
  'no-subscription': { choose: false, register: false, end: 'Choose a subscription', says: 'Your directory has no Azure subscription you can use' },
  // Already registered there: the wizard goes straight on to verification.
  'already-registered': { choose: true, register: false, end: 'Verify access' },
  // Warned before the click, refused by ARM after it.
  reader: {
    choose: true,
    register: true,
    end: 'Register the resource provider',
    problem: "You don't have permission to register resource providers on this subscription",
  },
  'slow-registration': FULL,
  'retired-namespace': { choose: true, register: false, end: 'Register the resource provider', problem: "This Azure cloud doesn't know Microsoft.IoTSpaces" },
  'many-subscriptions': FULL,
  'hostile-data': FULL,
  throttled: FULL,
  flaky: { choose: false, register: false, end: 'Choose a subscription', problem: 'Azure had a temporary problem' },
  'registration-fails': { choose: true, register: true, end: 'Register the resource provider', problem: 'The registration did not complete' },
  'stuck-registration': { choose: true, register: true, end: 'Register the resource provider', says: 'Azure is registering' },
  'several-directories': FULL,
  // Only the partner's own subscription can set up the partner's directory; the customers' rows are not offered.
  'partner-admin': FULL,
  // Microsoft's own page stops Riley; returning without consent is a plain decline (AADSTS65004), whose card
  // still holds the request for an administrator.
  'admin-approval': stoppedForApproval('Need admin approval'),
  'admin-approval-workflow': stoppedForApproval('Approval required'),
  // AADSTS90093 shows the same page as 90094.
  'consent-policy': stoppedForApproval('Need admin approval'),
  // A deployment mistake: Ada signs in and consents, then Entra ID refuses the browser its tokens (AADSTS9002326).
  'web-platform': { choose: false, register: false, end: 'Sign in', problem: "This portal's address is registered as a web app, not a single-page app" },
  malformed: { choose: false, register: false, end: 'Choose a subscription', problem: 'Azure answered in an unexpected way' },
  // A password-only sign-in: reads work, the register call meets ARM's claims challenge (mandatory MFA for Azure).
  'mfa-required': { choose: true, register: true, end: 'Register the resource provider', problem: 'Azure asks for multifactor authentication before this change' },
  // The same for a Conditional Access authentication context (c1) on ARM writes.
  'mfa-auth-context': { choose: true, register: true, end: 'Register the resource provider', problem: 'Your organization asks for an extra check first' },
};

/** Nothing loading any more, no raw error text, and every card with its details for support. */
async function settled(app: App): Promise<void> {
  await app.inPortal();
  await app.idle();
  expect(screen.queryAllByText(/at \w+ \(|TypeError|ReferenceError|Uncaught/)).toEqual([]);
  for (const card of screen.queryAllByRole('alert')) expect(within(card).getByText('Details for support')).toBeTruthy();
}

const enabled = (name: RegExp) => screen.queryAllByRole('button', { name }).filter((b) => !(b as HTMLButtonElement).disabled);

/**
 * A newcomer trying to break the portal with the demo's scenarios: every scenario, signed in as its first person,
 * as far as the portal lets them go, ending where EXPECTED says. Never a blank page, a stuck spinner or a raw stack
 * trace (the harness also fails a test on any console error).
 */
describe('every demo scenario', () => {
  it.each(scenarioNames())('%s: signs in and goes as far as it can, always explained', async (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`no expected outcome for the scenario "${name}": add it to EXPECTED`);
    const app = await openApp({ scenario: name });
    const { user } = app;
    await screen.findByRole('note', { name: 'Demo mode' });
    await user.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }));
    await user.click((await screen.findAllByRole('button', { name: /^Sign in as / }))[0]!);
    // The consent page, Microsoft's page that stops them, or the portal: whatever follows the account picker.
    const accept = await waitFor(() => {
      const button = screen.queryByRole('button', { name: 'Accept' });
      const heading = screen.queryByRole('heading', { level: 1 });
      if (!button && (!heading || heading.textContent === 'Pick an account')) throw new Error('still picking an account');
      return button;
    });
    if (accept) await user.click(accept);
    if (expected.stoppedBy) {
      await screen.findByRole('heading', { level: 1, name: expected.stoppedBy });
      await user.click(screen.getByRole('button', { name: 'Return to the application without granting consent' }));
    }
    await settled(app);

    const use = /^Use this subscription: /;
    if (expected.choose) {
      await waitFor(() => expect(enabled(use).length).toBeGreaterThan(0));
      await user.click(enabled(use)[0]!);
      await screen.findByRole('heading', { level: 1, name: /Register the resource provider|Verify access/ });
      await settled(app);
    } else {
      expect(enabled(use)).toEqual([]);
    }

    const register = /^Register Microsoft\./;
    if (expected.register) {
      await user.click(enabled(register)[0]!);
      await waitFor(() => expect(screen.queryAllByText(/Azure is registering/).length + screen.queryAllByRole('alert').length).toBeGreaterThan(0));
      // A minute of Azure's time at a time, and the few seconds the portal waits before reading again.
      for (let i = 0; i < 3 && screen.queryAllByText(/Azure is registering/).length; i++) {
        await user.click(screen.getByRole('button', { name: 'Skip ahead 1 minute' }));
        await app.pass(3_000);
      }
      await settled(app);
    } else {
      expect(enabled(register)).toEqual([]);
    }

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(expected.end);
    if (expected.problem) expect(screen.getByRole('alert', { name: expected.problem })).toBeTruthy();
    else expect(screen.queryAllByRole('alert')).toEqual([]);
    if (expected.says) expect(screen.getAllByText(expected.says, { exact: false }).length).toBeGreaterThan(0);
  });
});
