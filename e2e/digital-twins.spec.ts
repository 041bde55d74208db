import { test, expect, serveConfig, signIn, grantDigitalTwins } from './fixtures';
import { type Emulator, SCENARIO_IDS, ROLE_IDS } from '@twin-onboarding/emulator';
import { APP_ORIGIN, TEST_CLIENT_ID } from './support/constants';
import { expectNoAxeViolations } from './support/axe';

/**
 * Today's Azure Digital Twins (issue 16): sign-in, the instance, who may call it. Two journeys end to end, live build
 * against the HTTPS emulator; every decision behind them is unit-tested (data-access, step, twins-requests).
 */
const HOST = 'contoso-twins.api.weu.digitaltwins.azure.net';
const INSTANCE_ID = `/subscriptions/${SCENARIO_IDS.subscriptions.production}/resourceGroups/rg-twins/providers/Microsoft.DigitalTwins/digitalTwinsInstances/contoso-twins`;

function configFor(dataRole: 'owner' | 'reader') {
  return {
    clientId: TEST_CLIENT_ID,
    appName: 'Contoso Twins',
    digitalTwins: { hosting: 'customer', caller: 'users', dataRole },
    returnUrl: `${APP_ORIGIN}/ready?host={instanceHostName}`,
  };
}

/** ARM requests (preflights aside) the emulator served after `from` in its log. */
function armRequestsSince(emulator: Emulator, from: number) {
  return emulator.requests.slice(from).filter((r) => r.host === 'management.azure.com' && r.method !== 'OPTIONS');
}

/** Picks the instance and returns the ARM requests sent from the click to the verdict on screen. */
async function pickInstance(page: import('@playwright/test').Page, emulator: Emulator) {
  await expect(page.getByRole('heading', { level: 1, name: 'Choose the Digital Twins instance' })).toBeVisible();
  const row = page.getByRole('row', { name: /contoso-twins/ });
  await expect(row).toContainText(HOST);
  await expect(row).toContainText('Resource group rg-twins, region westeurope');
  // The row names its subscription once the subscription list is read: a read the rows start, not the pick, which
  // on a busy machine could otherwise still be on its way when the count below starts.
  await expect(row).toContainText('Contoso Production');
  const before = emulator.requests.length;
  await page.getByRole('button', { name: 'Use this instance: contoso-twins' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check access' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who can call contoso-twins' })).toBeVisible();
  return armRequestsSince(emulator, before);
}

test.describe('a group holds the data role', () => {
  // 400: the silent request for the Digital Twins token before consent (consent_required), as in the 2018 journey.
  test.use({ scenario: 'twins-group-role', allowedHttpErrors: [400] });

  test('sign-in → instance → who may call it → ready, naming the host; three ARM requests from the pick to the verdict', async ({
    page,
    emulator,
  }) => {
    await serveConfig(page, configFor('owner'));
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    const requests = await pickInstance(page, emulator);
    // From the pick to the verdict: assignments, definitions and the admin's permissions at the instance, nothing else.
    expect(requests.map((r) => `${r.method} ${r.path.split('?')[0]}`).sort()).toEqual(
      [
        `GET ${INSTANCE_ID}/providers/Microsoft.Authorization/permissions`,
        `GET ${INSTANCE_ID}/providers/Microsoft.Authorization/roleAssignments`,
        `GET ${INSTANCE_ID}/providers/Microsoft.Authorization/roleDefinitions`,
      ].sort(),
    );
    expect(requests.length).toBeLessThanOrEqual(3);

    const holders = page.getByRole('table', { name: 'Principals holding a role with every data action the app needs' });
    const group = holders.getByRole('row', { name: new RegExp(SCENARIO_IDS.twinStudioUsers) });
    await expect(group).toContainText('Group');
    await expect(group).toContainText(`Azure Digital Twins Data Owner ${ROLE_IDS.digitalTwinsDataOwner}`);
    // Ada is Owner of the subscription: no data access, and she is not listed.
    await expect(holders.getByRole('row')).toHaveCount(2);
    await expect(
      page.getByText("You don't hold them yourself: being Owner of the subscription grants no data access."),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'access step: a group holds the role, token not yet granted');

    await grantDigitalTwins(page, 'Ada Admin');
    const ready = page
      .getByRole('status')
      .filter({ has: page.getByRole('heading', { name: `Ready: Contoso Twins can use ${HOST}` }) });
    await expect(ready).toBeVisible();
    await expect(ready).toContainText('Microsoft Entra ID issued an Azure Digital Twins token in this directory');
    await expect(ready).toContainText('1 principal holds a role with every data action the app needs.');
    await expect(ready).toContainText('Who is in the groups that hold the role');
    await expect(ready).toContainText('A call to the instance itself');
    await expect(page.getByRole('link', { name: 'Continue to Contoso Twins' })).toHaveAttribute(
      'href',
      `${APP_ORIGIN}/ready?host=${HOST}`,
    );
    const report = JSON.parse(
      (await page.getByRole('region', { name: 'Onboarding report (JSON)' }).textContent()) ?? '{}',
    );
    expect(report.digitalTwins).toMatchObject({
      hosting: 'customer',
      outcome: 'ready',
      instance: { name: 'contoso-twins', hostName: HOST },
      principalsWithSufficientRole: [{ objectId: SCENARIO_IDS.twinStudioUsers, type: 'Group' }],
      signedInAccountHoldsRole: 'lacks',
    });
    await expectNoAxeViolations(page, 'access step: ready');
  });
});

test.describe('nobody holds a sufficient role', () => {
  test.use({ scenario: 'twins-no-role', allowedHttpErrors: [400] });

  test("the verdict says nobody can call the instance and gives the admin's to-do with the az line", async ({
    page,
    emulator,
  }) => {
    await serveConfig(page, configFor('owner'));
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    const requests = await pickInstance(page, emulator);
    expect(requests).toHaveLength(3);

    // Riley's Data Reader and the group's model-only custom role do not cover what an app that writes needs.
    await expect(
      page.getByRole('alert').filter({ hasText: 'Nobody can call the instance for Contoso Twins yet.' }),
    ).toContainText(`The role to give is Azure Digital Twins Data Owner (${ROLE_IDS.digitalTwinsDataOwner}).`);
    await expect(
      page.getByRole('table', { name: 'Principals holding a role with every data action the app needs' }),
    ).toHaveCount(0);
    // Ada owns the subscription, so the answer includes roleAssignments/write: her own to-do, with the caveat.
    await expect(page.getByText('so you may assign it yourself')).toBeVisible();
    const todo = page.getByLabel('Copy your to-do: text');
    await expect(todo).toContainText(
      `az role assignment create --assignee-object-id <group-object-id> --assignee-principal-type Group --role ${ROLE_IDS.digitalTwinsDataOwner} --scope ${INSTANCE_ID}`,
    );
    await expect(todo).toContainText(`Scope, the instance's resource ID: ${INSTANCE_ID}`);
    await expectNoAxeViolations(page, 'access step: nobody holds the role');

    await grantDigitalTwins(page, 'Ada Admin');
    const proven = page
      .getByRole('status')
      .filter({ has: page.getByRole('heading', { name: 'What the portal proved so far' }) });
    await expect(proven).toContainText('No principal holds a role with every data action the app needs.');
    await expect(page.getByRole('heading', { name: /^Ready/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'access step: proven so far, no role');
  });
});
