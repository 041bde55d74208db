import { test, expect } from './fixtures';
import { scenarioNames } from '../src/demo/emulator';

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
};

/**
 * A newcomer trying to break the portal with the demo's scenarios: every scenario, signed in as its first
 * person, as far as the portal lets them go, ending where EXPECTED says. Never a blank page, a stuck spinner
 * or a raw stack trace (the fixture also fails on any console or page error).
 */
test.describe('every demo scenario', () => {
  test.use({ mode: 'demo' });

  for (const name of scenarioNames()) {
    test(`${name}: signs in and goes as far as it can, always explained`, async ({ page }) => {
      const expected = EXPECTED[name];
      if (!expected) throw new Error(`no expected outcome for the scenario "${name}": add it to EXPECTED`);
      const settled = async () => {
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Throttling and retries wait a few seconds by design; nothing may spin for longer.
        await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
        await expect(page.getByText(/at \w+ \(|TypeError|ReferenceError|Uncaught/)).toHaveCount(0);
        for (const card of await page.getByRole('alert').all()) await expect(card.getByText('Details for support')).toBeVisible();
      };

      await page.goto(`/?scenario=${name}`);
      await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
      await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
      await page.getByRole('button', { name: /^Sign in as / }).first().click();
      // The account picker's heading would otherwise pass for the page that follows it.
      await expect(page.getByRole('heading', { level: 1, name: 'Pick an account' })).toHaveCount(0);
      const accept = page.getByRole('button', { name: 'Accept' });
      const back = page.getByRole('heading', { level: 1 });
      await expect(accept.or(back).first()).toBeVisible();
      if (await accept.isVisible()) await accept.click();
      if (expected.stoppedBy) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.stoppedBy);
        await page.getByRole('button', { name: 'Return to the application without granting consent' }).click();
      }
      await settled();

      const use = page.getByRole('button', { name: /^Use this subscription: / }).and(page.locator(':enabled'));
      if (expected.choose) {
        await expect(use.first()).toBeVisible();
        await use.first().click();
        await expect(page.getByRole('heading', { level: 1, name: /Register the resource provider|Verify access/ })).toBeVisible();
        await settled();
      } else {
        await expect(use).toHaveCount(0);
      }

      const register = page.getByRole('button', { name: /^Register Microsoft\./ }).and(page.locator(':enabled'));
      if (expected.register) {
        await register.click();
        await expect(page.getByText('Azure is registering').or(page.getByRole('alert')).first()).toBeVisible({ timeout: 15_000 });
        for (let i = 0; i < 3 && (await page.getByText('Azure is registering').isVisible()); i++) {
          await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
          await page.waitForTimeout(2_500);
        }
        await settled();
      } else {
        await expect(register).toHaveCount(0);
      }

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.end);
      if (expected.problem) await expect(page.getByRole('alert', { name: expected.problem, exact: true })).toBeVisible();
      else await expect(page.getByRole('alert')).toHaveCount(0);
      if (expected.says) await expect(page.getByText(expected.says)).toBeVisible();
    });
  }
});
