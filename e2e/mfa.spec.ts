import { test, expect, signIn, chooseAndRegister, grantDigitalTwins, requestsTo } from './fixtures';
import { cloneScenario, SCENARIOS, type Emulator } from '@twin-onboarding/emulator';
import { expectNoAxeViolations } from './support/axe';

/**
 * The access-token claims each authorize request asked for, in order (MSAL adds optional id_token claims of its own to
 * every request and merges a challenge's claims into them; only `access_token` is what ARM's challenge asked for).
 */
function accessTokenClaims(emulator: Emulator): unknown[] {
  return requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize')
    .map((r) => new URL(`https://x${r.path}`).searchParams.get('claims'))
    .map((claims) => (claims ? (JSON.parse(claims) as { access_token?: unknown }).access_token : undefined))
    .filter((claims) => claims !== undefined);
}

/** Register calls ARM answered, by status. */
function registerStatuses(emulator: Emulator): number[] {
  return requestsTo(emulator, 'POST', '/register').map((r) => r.status);
}

test.describe('mandatory MFA for changes', () => {
  // 401: ARM's claims challenge; 400: consent_required before the Digital Twins consent.
  test.use({ scenario: 'mfa-required', allowedHttpErrors: [401, 400] });

  test('the register call meets the claims challenge, Ada steps up once, and it registers exactly once', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);

    const card = page
      .getByRole('alert')
      .filter({ hasText: 'Azure asks for multifactor authentication before this change' });
    await expect(card).toBeVisible();
    expect(registerStatuses(emulator)).toEqual([401]);
    await expectNoAxeViolations(page, 'the step-up card');
    await card.getByRole('button', { name: 'Verify with Microsoft' }).click();

    // Microsoft's page knows Ada (single sign-on) and asks only for the second factor.
    await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
    await expectNoAxeViolations(page, 'the MFA page');
    await page.getByRole('button', { name: 'Approve sign-in' }).click();

    // Back on the same step, the held-up register call went out once more by itself, and was accepted.
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    expect(registerStatuses(emulator)).toEqual([401, 200]);
    expect(accessTokenClaims(emulator)).toEqual([{ acrs: { essential: true, values: ['p1'] } }]);

    // A reload does not send it again.
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Azure is registering' })).toBeVisible();
    emulator.clock.advance(20_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    expect(registerStatuses(emulator)).toEqual([401, 200]);

    // The report says what Azure asked for and that the step-up was done.
    const report = JSON.parse((await page.getByLabel('Onboarding report (JSON)').textContent()) ?? '{}');
    expect(report.problems.map((p: { key: string }) => p.key)).toEqual(['arm-claims-mfa', 'step-up-mandatory-mfa']);
    await expect(page.getByRole('article', { name: 'Onboarding summary: Contoso' })).toContainText(
      'Azure asked for multifactor authentication; you completed it',
    );
  });
});

test.describe('an authentication context the browser cannot read', () => {
  test.use({ scenario: 'mfa-auth-context', allowedHttpErrors: [401] });

  test('a second challenge after the step-up is a card for the admin, never another round', async ({
    page,
    emulator: initial,
    emulatorServer,
  }) => {
    // ARM hides WWW-Authenticate from the browser: the portal can only assume MFA, which does not satisfy c1.
    const scenario = cloneScenario(SCENARIOS['mfa-auth-context']!);
    scenario.armExposeHeaders = 'none';
    void initial;
    const emulator = emulatorServer.reset(scenario);
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await page.getByRole('alert').getByRole('button', { name: 'Verify with Microsoft' }).click();
    await page.getByRole('button', { name: 'Approve sign-in' }).click();

    const card = page.getByRole('alert').filter({ hasText: 'Azure still asks for multifactor authentication' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: 'Verify with Microsoft' })).toHaveCount(0);
    await expect(card).toContainText('sign-in logs');
    await expectNoAxeViolations(page, 'the second-challenge card');
    expect(registerStatuses(emulator)).toEqual([401, 401]);
    expect(accessTokenClaims(emulator)).toEqual([{ acrs: { essential: true, values: ['p1'] } }]);
  });
});
