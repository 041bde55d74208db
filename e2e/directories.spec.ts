import { test, expect, signIn, requestsTo } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { cloneScenario, SCENARIOS, SCENARIO_IDS } from '@twin-onboarding/emulator';

test.describe('several directories', () => {
  test.use({ scenario: 'several-directories', allowedHttpErrors: [400] });

  test('a guest switches to the other directory: MFA on its sign-in page, its own tokens, and the choice survives a reload', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Directory: Contoso' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Contoso Production/ })).toBeVisible();

    await page.getByLabel('Directory to set up').selectOption({ label: 'Fabrikam (fabrikam.onmicrosoft.com)' });
    await page.getByRole('button', { name: 'Switch directory' }).click();
    // Fabrikam requires MFA: the silent refresh is refused (AADSTS50076), so Microsoft's page asks.
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    const accept = page.getByRole('button', { name: 'Accept' });
    const back = page.getByRole('heading', { name: 'Directory: Fabrikam' });
    await expect(accept.or(back).first()).toBeVisible();
    if (await accept.isVisible()) await accept.click();
    await expect(back).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Fabrikam Shared/ })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Contoso Production/ })).toHaveCount(0);
    await expect(page.getByLabel('Signed in')).toContainText(SCENARIO_IDS.fabrikamTenant);

    const refusals = requestsTo(emulator, 'POST', `/${SCENARIO_IDS.fabrikamTenant}/oauth2/v2.0/token`);
    expect(refusals[0]?.status).toBe(400); // the silent try that needed MFA
    expect(refusals.at(-1)?.status).toBe(200);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Directory: Fabrikam' })).toBeVisible();
    await page.getByRole('button', { name: 'Use this subscription: Fabrikam Shared' }).click();
    await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
    await expect(page.getByText('Azure is registering')).toBeVisible();
    const registers = requestsTo(emulator, 'POST', '/register');
    expect(registers).toHaveLength(1);
    expect(registers[0]!.path).toContain(SCENARIO_IDS.fabrikamShared);
    expect(registers[0]!.status).toBe(200);
  });
});

test.describe("a partner's admin (Azure Lighthouse)", () => {
  test.use({ scenario: 'partner-admin' });

  test("customers' delegated subscriptions are listed with their directory and never offered to set up this one", async ({
    page,
    emulatorServer,
  }) => {
    // Contoso's subscription already has the provider: that says nothing about the partner's own directory.
    const scenario = cloneScenario(SCENARIOS['partner-admin']!);
    scenario.subscriptions.find((s) => s.id === SCENARIO_IDS.subscriptions.production)!.providers = {
      'Microsoft.IoTSpaces': 'Registered',
    };
    emulatorServer.reset(scenario);
    await page.goto('/');
    await signIn(page, 'Morgan Partner');
    await expect(page.getByRole('heading', { name: 'Directory: Northwind Partners' })).toBeVisible();

    const own = page.getByRole('row').filter({ hasText: 'Northwind Internal' });
    await expect(own).toContainText('Directory: Northwind Partners (northwindpartners.onmicrosoft.com)');
    await expect(own.getByRole('button', { name: 'Use this subscription: Northwind Internal' })).toBeEnabled();

    const contoso = page.getByRole('button', { name: 'Use this subscription: Contoso Production' });
    await expect(contoso).toBeDisabled();
    await expect(contoso).toHaveAccessibleDescription(
      /^Belongs to Contoso \(contoso\.onmicrosoft\.com\), delegated to you through Azure Lighthouse: registering on it would set up that directory, not Northwind Partners .* You can't sign in to Contoso/,
    );
    await expect(page.getByRole('row').filter({ hasText: 'Contoso Production' })).toContainText('Registered');
    await expect(page.getByText('Your directory is already set up')).toHaveCount(0);
    // Morgan is a guest in Fabrikam, but there the delegation is invisible: the hint says so.
    await expect(
      page.getByRole('button', { name: 'Use this subscription: Fabrikam Shared' }),
    ).toHaveAccessibleDescription(
      /switch to it under "Directory to set up"\. There you work as its guest and see only the subscriptions Fabrikam .* gave your guest account a role on: the ones delegated through Azure Lighthouse are listed only here, in Northwind Partners/,
    );

    // The picker: Fabrikam (a guest there) can be signed in to; Contoso, only projected, cannot.
    const picker = page.getByLabel('Directory to set up');
    await expect(picker).toHaveAccessibleDescription(
      /Through Azure Lighthouse you also manage Contoso \(contoso\.onmicrosoft\.com\)\. You can't sign in/,
    );
    await expect(
      picker.getByRole('option', { name: 'Contoso (contoso.onmicrosoft.com) – Azure Lighthouse, no sign-in' }),
    ).toBeDisabled();
    await expect(picker.getByRole('option', { name: 'Fabrikam (fabrikam.onmicrosoft.com)' })).toBeEnabled();
    await expectNoAxeViolations(page, 'partner-admin subscriptions');
  });
});
