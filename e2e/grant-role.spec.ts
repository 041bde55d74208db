import type { Page, Route } from '@playwright/test';
import { test, expect, serveConfig, signIn, requestsTo } from './fixtures';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { APP_ORIGIN, TEST_CLIENT_ID } from './support/constants';
import { expectNoAxeViolations } from './support/axe';

/**
 * Giving the data role from the verdict card (issue 18), end to end on the live build against the HTTPS emulator:
 * the group journey. Exactly one PUT in the emulator's log whatever the clicks, reloads and tabs; every decision
 * behind it is unit- and integration-tested (src/onboarding/grant, integration/grant-role.integration.test.tsx).
 */
const CONFIG = {
  clientId: TEST_CLIENT_ID,
  appName: 'Contoso Twins',
  digitalTwins: { hosting: 'customer', caller: 'users', dataRole: 'owner' },
  returnUrl: `${APP_ORIGIN}/ready?host={instanceHostName}`,
};

const verdictOf = (page: Page) => page.getByRole('region', { name: 'Who can call contoso-twins' });

/** Signed in as Ada, the instance picked, the group's object id typed and reviewed: the confirmation on screen. */
async function toConfirmation(page: Page): Promise<void> {
  await serveConfig(page, CONFIG);
  await page.goto('/');
  await signIn(page, 'Ada Admin');
  await page.getByRole('button', { name: 'Use this instance: contoso-twins' }).click();
  const verdict = verdictOf(page);
  await expect(verdict.getByText('Nobody can call the instance for Contoso Twins yet.')).toBeVisible();
  const form = verdict.getByRole('form', { name: 'Give the role from here' });
  await expect(form.getByRole('combobox', { name: 'Type of principal' })).toHaveValue('Group');
  await form.getByRole('textbox', { name: 'Object ID' }).fill(SCENARIO_IDS.twinsUsersGroup);
  await form.getByRole('button', { name: 'Review' }).click();
  await expect(
    verdict.getByRole('group', { name: 'Give Azure Digital Twins Data Owner on contoso-twins?' }),
  ).toContainText(SCENARIO_IDS.twinsUsersGroup);
}

test.describe('give the data role to a group', () => {
  // 400: the silent request for the Digital Twins token before consent (consent_required); 404: the look-up of the
  // assignment's name before the PUT (RoleAssignmentNotFound).
  test.use({ scenario: 'twins-grant-group', allowedHttpErrors: [400, 404] });

  test('one click gives the role and shows it works; a double click, a reload while waiting and a second tab send one PUT', async ({
    page,
    emulator,
  }) => {
    await toConfirmation(page);
    // Azure's answers to the look-ups after the PUT are held back, so the page is still waiting when it reloads.
    let holding = false;
    const held: Route[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'PUT' && response.url().includes('/roleAssignments/')) holding = true;
    });
    await page.route(/\/roleAssignments\/[^/?]+\?/, (route) => {
      if (holding && route.request().method() === 'GET') held.push(route);
      else void route.continue();
    });
    // A second tab, signed in on its own, at the same confirmation before the first one gives the role.
    const second = await page.context().newPage();
    await toConfirmation(second);
    await expectNoAxeViolations(page, 'give the role: the confirmation naming type and object id');

    const confirm = verdictOf(page).getByRole('group', { name: /^Give Azure Digital Twins Data Owner/ });
    await confirm.getByRole('button', { name: 'Give the role' }).dblclick();
    await expect(verdictOf(page).getByText('Role given: waiting until it works')).toBeVisible();
    await expectNoAxeViolations(page, 'give the role: waiting until it works');
    // A reload while waiting: the tab's record of the assignment, the same look-up again, no PUT.
    await page.reload();
    await expect(verdictOf(page).getByText('Role given: waiting until it works')).toBeVisible();
    await expect.poll(() => held.length).toBeGreaterThanOrEqual(2);
    holding = false;
    for (const route of held.splice(0)) await route.continue().catch(() => undefined);
    const works = verdictOf(page).getByRole('status').filter({ hasText: 'The role works' });
    await expect(works).toBeVisible();
    await expect(works).toContainText(SCENARIO_IDS.twinsUsersGroup);
    await expect(works).toContainText(/Given at \d{4}-\d\d-\d\dT.*, seen working at \d{4}-\d\d-\d\dT/);
    await expectNoAxeViolations(page, 'give the role: the role works');
    expect(requestsTo(emulator, 'PUT', '/roleAssignments/').map((r) => r.status)).toEqual([201]);

    // The second tab looks the name up first: the assignment is there, so no PUT.
    await verdictOf(second)
      .getByRole('group', { name: /^Give Azure Digital Twins Data Owner/ })
      .getByRole('button', { name: 'Give the role' })
      .click();
    await expect(verdictOf(second).getByRole('status').filter({ hasText: 'The role works' })).toBeVisible();
    await second.close();

    // Another reload: the role shown as given, no form, no PUT.
    await page.reload();
    await expect(verdictOf(page).getByRole('status').filter({ hasText: 'The role works' })).toBeVisible();
    await expect(verdictOf(page).getByRole('form', { name: 'Give the role from here' })).toHaveCount(0);
    await expect(
      verdictOf(page).getByText(/1 principal holds a role that covers what Contoso Twins needs/),
    ).toBeVisible();

    const puts = requestsTo(emulator, 'PUT', '/roleAssignments/');
    expect(puts.map((r) => r.status)).toEqual([201]);
    // Every look-up and the PUT name the same assignment: one name for this group, role and instance.
    const named = emulator.requests.filter((r) => r.method !== 'OPTIONS' && /\/roleAssignments\/[^/?]+\?/.test(r.path));
    const names = new Set(named.map((r) => r.path.split('?')[0]));
    expect(names.size).toBe(1);
  });
});
