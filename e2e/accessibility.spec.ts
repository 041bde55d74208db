import type { Page } from '@playwright/test';
import {
  test,
  expect,
  serveConfig,
  signIn,
  chooseAndRegister,
  grantDigitalTwins,
  declineDigitalTwins,
} from './fixtures';
import { axeFindings, expectNoAxeViolations } from './support/axe';
import { expectReflow } from './support/reflow';
import { CATALOGUE_KEYS } from '../src/problems/keys';

/**
 * WCAG 2.2 AA on every step and every problem card the scenarios reach, in live and demo mode: axe, reflow at
 * 320 CSS px (1280 px at 400 % zoom), forced colours and reduced motion, checked at each state by `audit`.
 * Each journey visits several states, so the suite stays short.
 */

// Each journey audits several states (axe, reflow, forced colours, reduced motion): longer than one e2e step.
test.describe.configure({ timeout: 180_000 });

const STEP_TITLES = ['Sign in', 'Choose a subscription', 'Register the resource provider', 'Verify access'];

/** Everything a keyboard user can reach (disabled controls included: they must still be visible). */
const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** axe, then the same state at 320 px, in forced colours and with reduced motion. Failures are soft: all are listed. */
async function audit(page: Page, label: string): Promise<void> {
  // "Details for support" open too: what is inside must pass as well.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await expectNoAxeViolations(page, label);
  await expectReflow(page, label);
  await expectForcedColours(page, label);
  await expectReducedMotion(page, label);
  // Loading and progress text is announced politely; failures interrupt.
  const roles = await page.evaluate(() => [
    ...Array.from(document.querySelectorAll('.loading'))
      .filter((el) => el.getAttribute('role') !== 'status')
      .map((el) => `not a status: ${el.textContent}`),
    ...Array.from(document.querySelectorAll('.card.problem'))
      .filter((el) => el.getAttribute('role') !== 'alert')
      .map((el) => `not an alert: ${el.textContent}`),
  ]);
  expect.soft(roles, `${label}: status and alert roles`).toEqual([]);
}

/** Forced colours: controls keep an edge, focus keeps a ring, the current step and the badges stay apart. */
async function expectForcedColours(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ forcedColors: 'active' });
  // Script focus shows the focus ring (:focus-visible) only after keyboard use, as a keyboard user would see it.
  await page.keyboard.press('Shift');
  const problems = await page.evaluate((controlsSelector) => {
    const found: string[] = [];
    const name = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) => el.getClientRects().length > 0 && el.closest('.visually-hidden') === null;
    const bordered = (s: CSSStyleDeclaration) =>
      (['Top', 'Right', 'Bottom', 'Left'] as const).every(
        (side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 1,
      );
    for (const el of Array.from(document.querySelectorAll('button, .button, input, select'))) {
      // Checkboxes and radios are drawn by the browser in system colours.
      if (!visible(el) || el.matches('[type="checkbox"], [type="radio"]')) continue;
      const s = getComputedStyle(el);
      // A button drawn as a link is told apart by its underline, as links are.
      if (!bordered(s) && !s.textDecorationLine.includes('underline')) found.push(`${name(el)} has no edge`);
    }
    const before = document.activeElement;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(controlsSelector))) {
      if (!visible(el) || (el as HTMLButtonElement).disabled) continue;
      el.focus({ preventScroll: true });
      const s = getComputedStyle(el);
      if (!el.matches(':focus-visible') || s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 1)
        found.push(`${name(el)} has no focus ring`);
    }
    if (before instanceof HTMLElement && before !== document.body) before.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
    const current = document.querySelector('.steps [aria-current="step"] .step-number');
    const other = document.querySelector('.steps li:not([aria-current]) .step-number');
    if (current && other && getComputedStyle(current).backgroundColor === getComputedStyle(other).backgroundColor) {
      found.push('the current step looks like the others');
    }
    for (const el of Array.from(document.querySelectorAll('.badge')))
      if (visible(el) && !bordered(getComputedStyle(el))) found.push(`${name(el)} has no edge`);
    return found;
  }, CONTROLS);
  await page.emulateMedia({ forcedColors: null });
  expect.soft(problems, `${label}: forced colours`).toEqual([]);
}

/** prefers-reduced-motion: nothing moves. */
async function expectReducedMotion(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const running = await page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => `${a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.className}`),
  );
  await page.emulateMedia({ reducedMotion: null });
  expect.soft(running, `${label}: animations with reduced motion`).toEqual([]);
}

/** The step frame: page title, heading (focused after an in-page step change), and the labelled ordered progress list. */
async function expectStep(
  page: Page,
  n: number,
  { focused, done = [] }: { focused: boolean; done?: number[] },
): Promise<void> {
  const title = STEP_TITLES[n - 1]!;
  await expect(page).toHaveTitle(`Step ${n} of 4: ${title} – Twin Onboarding`);
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(heading).toBeVisible();
  if (focused) await expect(heading).toBeFocused();
  const steps = page.getByRole('navigation', { name: 'Onboarding progress' }).locator('ol > li');
  await expect(steps).toHaveCount(4);
  await expect(steps.and(page.locator('[aria-current="step"]'))).toHaveCount(1);
  await expect(steps.nth(n - 1)).toHaveAttribute('aria-current', 'step');
  // Steps behind are marked done in words, not by the tick alone.
  for (const d of done) await expect(steps.nth(d - 1)).toContainText('(done)');
}

test.describe('live mode', () => {
  // 400: consent_required and AADSTS650052 from the token endpoint; 401: ARM refusing the lapsed token.
  test.use({ allowedHttpErrors: [400, 401] });

  test.describe('slow registration', () => {
    // Registration takes three minutes of emulated time and Digital Twins' service principal 30 s more.
    test.use({ scenario: 'slow-registration' });

    test('sign-in step, declined consent, a lapsed sign-in, waiting for the service principal', async ({
      page,
      emulator,
    }) => {
      await page.goto('/');
      await expectStep(page, 1, { focused: false });
      await audit(page, 'sign-in');

      await signIn(page, 'Ada Admin', { consent: 'decline' });
      const declined = page.getByRole('alert', { name: 'Sign-in was cancelled' });
      await expect(declined).toBeVisible();
      await audit(page, 'sign-in declined');

      await declined.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
      await page.getByRole('button', { name: 'Accept' }).click();
      await expectStep(page, 2, { focused: false, done: [1] }); // a page load (the return from sign-in): the browser places focus
      await expect(page.getByRole('rowheader', { name: /Contoso Legacy/ })).toBeVisible();
      await audit(page, 'subscriptions');

      emulator.clock.advance(25 * 60 * 60_000);
      await page.reload();
      const lapsed = page.getByRole('alert', { name: 'Please sign in again' });
      await expect(lapsed).toBeVisible();
      await audit(page, 'sign-in lapsed');

      await lapsed.getByRole('button', { name: 'Sign in again' }).click();
      // Entra may skip its account picker for the account the portal names.
      const pick = page.getByRole('button', { name: 'Sign in as Ada Admin' });
      const choose = page.getByRole('button', { name: 'Use this subscription: Contoso Production' });
      await expect(pick.or(choose).first()).toBeVisible();
      if (await pick.isVisible()) await pick.click();
      await chooseAndRegister(page);
      await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
      emulator.clock.advance(180_000);
      await expectStep(page, 4, { focused: true, done: [1, 2, 3] });
      await expect(page.getByRole('status').filter({ hasText: 'not visible in your directory yet' })).toBeVisible();
      await audit(page, 'verify: waiting for the service principal');
    });
  });

  test('verify refused, register, registering, consent needed and declined, ready with the report', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: 'Skip to verification' }).click();
    await expectStep(page, 4, { focused: true, done: [1] });
    const refused = page.getByRole('alert', { name: "Contoso Twins isn't set up in your directory yet" });
    await expect(refused).toBeVisible();
    await audit(page, 'verify refused (AADSTS650052)');

    await refused.getByRole('button', { name: 'Choose a subscription to register' }).click();
    await expectStep(page, 2, { focused: true, done: [1] });
    await page.getByRole('button', { name: 'Use this subscription: Contoso Production' }).click();
    await expectStep(page, 3, { focused: true, done: [1, 2] });
    await expect(page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' })).toBeVisible();
    await audit(page, 'register');

    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    // The progress bar moves unless reduced motion is asked for: proof the motion check can fail.
    expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
    await audit(page, 'registering');

    emulator.clock.advance(20_000);
    await expectStep(page, 4, { focused: true, done: [1, 2, 3] });
    await expect(page.getByRole('heading', { name: 'One more permission' })).toBeVisible();
    await audit(page, 'verify: consent needed');

    await declineDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('alert', { name: 'Sign-in was cancelled' })).toBeVisible();
    await audit(page, 'verify: consent declined');

    await grantDigitalTwins(page, 'Ada Admin');
    await expect(
      page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Your directory is ready' }) }),
    ).toBeVisible();
    await expectStep(page, 4, { focused: false, done: [1, 2, 3] });
    await expect(page.getByRole('article', { name: /^Onboarding summary/ })).toBeVisible(); // a lazy chunk
    await audit(page, 'verify: ready, with the report');
  });

  test.describe('reader', () => {
    test.use({ scenario: 'reader', allowedHttpErrors: [403] });
    test('a refused registration (403)', async ({ page }) => {
      await page.goto('/');
      await signIn(page, 'Riley Reader');
      await chooseAndRegister(page);
      await expect(
        page.getByRole('alert', {
          name: "You don't have permission to register resource providers on this subscription",
        }),
      ).toBeVisible();
      await audit(page, 'register refused (AuthorizationFailed)');
    });
  });

  test.describe('retired namespace', () => {
    test.use({ scenario: 'retired-namespace', allowedHttpErrors: [404] });
    test('an unknown namespace, on the list and on the register step', async ({ page }) => {
      await page.goto('/');
      await signIn(page, 'Ada Admin');
      await expect(page.getByRole('row', { name: /Contoso Production/ })).toContainText("Couldn't read");
      await audit(page, "subscriptions: provider couldn't be read");
      await page.getByRole('button', { name: 'Use this subscription: Contoso Production' }).click();
      await expect(
        page.getByRole('alert', { name: "This Azure cloud doesn't know Microsoft.IoTSpaces" }),
      ).toBeVisible();
      await audit(page, 'register: InvalidResourceNamespace');
    });
  });

  test.describe('already registered, app registration without Digital Twins', () => {
    test.use({
      scenario: 'already-registered',
      apiPermissions: ['https://management.azure.com'],
      allowedHttpErrors: [400],
    });
    test('the "already set up" banner and the deployment problem (AADSTS650057)', async ({ page }) => {
      await page.goto('/');
      await signIn(page, 'Ada Admin');
      await expect(page.getByRole('status').filter({ hasText: 'Your directory is already set up' })).toBeVisible();
      await audit(page, 'subscriptions: already set up');
      await page.getByRole('button', { name: 'Skip to verification' }).click();
      await expect(
        page.getByRole('alert', { name: "This portal's app registration doesn't include Azure Digital Twins" }),
      ).toBeVisible();
      await audit(page, 'verify: AADSTS650057');
    });
  });

  test.describe('no subscription', () => {
    test.use({ scenario: 'no-subscription' });
    test('the pay-as-you-go advice', async ({ page }) => {
      await page.goto('/');
      await signIn(page, 'Ada Admin');
      await expect(
        page.getByRole('heading', { name: 'Your directory has no Azure subscription you can use' }),
      ).toBeVisible();
      await audit(page, 'no subscription');
    });
  });

  test('the page for a bad config.json', async ({ page }) => {
    await serveConfig(page, { clientId: 'not-a-guid', armEndpoint: 'http://arm' });
    await page.goto('/');
    await expect(
      page.getByRole('alert').getByRole('heading', { name: 'This portal is not configured correctly' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Configuration problem – Twin Onboarding');
    await audit(page, 'bad config.json');
  });
});

test.describe('demo mode', () => {
  test.use({ mode: 'demo' });

  test('banner, controls, the demo sign-in pages, a declined sign-in and the subscriptions', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Demo controls' })).toBeVisible();
    await expectStep(page, 1, { focused: false });
    await audit(page, 'demo: sign-in');

    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pick an account' })).toBeVisible();
    await expect(page).toHaveTitle('Demo sign-in – Twin Onboarding');
    await audit(page, 'demo sign-in page: pick an account');
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Permissions requested' })).toBeVisible();
    await audit(page, 'demo sign-in page: permissions');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const declined = page.getByRole('alert', { name: 'Sign-in was cancelled' });
    await expect(declined).toBeVisible();
    await audit(page, 'demo: sign-in declined');

    await declined.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expectStep(page, 2, { focused: false, done: [1] });
    await expect(page.getByRole('rowheader', { name: /Contoso Legacy/ })).toBeVisible();
    await audit(page, 'demo: subscriptions');
  });

  // The same journey on from step 2: a test of its own, so the two halves run side by side.
  test('register, registering, verify, the demo sign-in page for Digital Twins, ready with the report', async ({
    page,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await expectStep(page, 2, { focused: false, done: [1] });
    await page.getByRole('button', { name: 'Use this subscription: Contoso Production' }).click();
    await expectStep(page, 3, { focused: true, done: [1, 2] });
    await expect(page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' })).toBeVisible();
    await audit(page, 'demo: register');
    // A two-minute registration, so the audits below cannot outlast it: step 4 must come from the skips, and focus
    // must move to it even though the user's last click was on a demo control.
    await page.getByRole('radio', { name: /^Realistic/ }).check();
    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    await audit(page, 'demo: registering');

    const skip = page.getByRole('button', { name: 'Skip ahead 1 minute' });
    await skip.click();
    await expect(page.getByRole('status').filter({ hasText: '1 minute in this page' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    await skip.click();
    await expectStep(page, 4, { focused: true, done: [1, 2, 3] });
    await expect(page.getByRole('heading', { name: 'One more permission' })).toBeVisible();
    await audit(page, 'demo: verify, consent needed');

    await page.getByRole('button', { name: 'Continue to Microsoft to grant access' }).click();
    const pick = page.getByRole('button', { name: 'Sign in as Ada Admin' });
    const accept = page.getByRole('button', { name: 'Accept' });
    await expect(pick.or(accept).first()).toBeVisible();
    if (await pick.isVisible()) await pick.click();
    await expect(accept).toBeVisible();
    await audit(page, 'demo sign-in page: Digital Twins permission');
    await accept.click();
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    await expect(page.getByRole('article', { name: /^Onboarding summary/ })).toBeVisible(); // a lazy chunk
    await audit(page, 'demo: verify, ready, with the report');
  });

  test('problem cards of the reader and retired-namespace scenarios', async ({ page }) => {
    await page.goto('/?scenario=reader');
    await signIn(page, 'Riley Reader');
    await chooseAndRegister(page);
    await expect(
      page.getByRole('alert', {
        name: "You don't have permission to register resource providers on this subscription",
      }),
    ).toBeVisible();
    await audit(page, 'demo: register refused (AuthorizationFailed)');

    await page.goto('/?scenario=retired-namespace');
    await signIn(page, 'Ada Admin');
    await page.getByRole('button', { name: 'Use this subscription: Contoso Production' }).click();
    await expect(page.getByRole('alert', { name: "This Azure cloud doesn't know Microsoft.IoTSpaces" })).toBeVisible();
    await audit(page, 'demo: register, InvalidResourceNamespace');
  });

  test('no subscription, many subscriptions and the demo sign-in page without or with a bad request', async ({
    page,
  }) => {
    await page.goto('/?scenario=no-subscription');
    await signIn(page, 'Ada Admin');
    await expect(
      page.getByRole('heading', { name: 'Your directory has no Azure subscription you can use' }),
    ).toBeVisible();
    await audit(page, 'demo: no subscription');

    await page.goto('/?scenario=many-subscriptions');
    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('rowheader').first()).toBeVisible();
    await audit(page, 'demo: many subscriptions');

    await page.goto('/demo/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'No sign-in in progress' })).toBeVisible();
    await audit(page, 'demo sign-in page: nothing in progress');

    // An authorize request for an unregistered redirect URI: the emulated Entra's own error page (AADSTS50011).
    await page.goto('/?scenario=happy');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pick an account' })).toBeVisible();
    await page.evaluate(() => {
      const key = 'twin-onboarding.demo.authorize';
      const url = new URL(sessionStorage.getItem(key)!);
      url.searchParams.set('redirect_uri', 'https://elsewhere.example/');
      sessionStorage.setItem(key, url.toString());
    });
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('AADSTS50011');
    await audit(page, 'demo sign-in page: error');
  });

  test('the demo\'s "Approval required" page, with an empty justification, after a request, and the card on return', async ({
    page,
  }) => {
    await page.goto('/?scenario=admin-approval-workflow');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Approval required' })).toBeVisible();
    await page.getByRole('button', { name: 'Request approval' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter a justification');
    await audit(page, 'demo sign-in page: approval required, justification missing');
    await page.getByLabel('Justification for requesting this app').fill('For the plant team.');
    await page.getByRole('button', { name: 'Request approval' }).click();
    await expect(page.getByRole('status')).toContainText('Request sent.');
    await audit(page, 'demo sign-in page: approval requested');
    await page.getByRole('button', { name: 'Return to the application without granting consent' }).click();
    await expect(page.getByRole('alert', { name: 'Sign-in was cancelled' })).toBeVisible();
    await audit(page, 'demo: back without consent, with the request for an administrator');
  });

  test('every card of the problem catalogue, including those no scenario reaches', async ({ page }) => {
    await page.goto('/demo/problems');
    await expect(page.getByRole('heading', { level: 1, name: 'Every problem the portal explains' })).toBeVisible();
    const keys = [...CATALOGUE_KEYS];
    await expect(page.getByRole('alert')).toHaveCount(keys.length);
    await audit(page, 'problem catalogue');
  });
});

// The control: the audit's axe finds what it should, so a clean result above means a clean page.
test('axe finds a faint text, a faint text in the dark scheme only, an image without text and cramped buttons', async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>axe control</title><style>
    .faint { color: #bbb; background: #fff; }
    .scheme { color: #000; background: #fff; }
    @media (prefers-color-scheme: dark) { .scheme { color: #222; background: #000; } }
    .tiny { width: 10px; height: 10px; padding: 0; margin: 0; border: 1px solid #000; }
  </style></head><body><main><h1>Control</h1>
    <p class="faint">Faint in both schemes</p>
    <p class="scheme">Faint in the dark scheme only</p>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <div><button class="tiny" aria-label="One"></button><button class="tiny" aria-label="Two"></button></div>
  </main></body></html>`);
  const { ran, violations, dark } = await axeFindings(page);
  expect(ran).toContain('target-size');
  const rules = (lines: string[]) => [...new Set(lines.map((line) => line.split(' ')[0]))].sort();
  expect(rules(violations)).toEqual(['color-contrast', 'image-alt', 'target-size']);
  expect(violations.filter((line) => line.includes('.scheme'))).toEqual([]);
  expect(dark.filter((line) => line.includes('.scheme'))).toHaveLength(1);
});
