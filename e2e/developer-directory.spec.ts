import type { Page, Response } from '@playwright/test';
import { test, expect, serveConfig, requestsTo } from './fixtures';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { APP_ORIGIN, TEST_CLIENT_ID } from './support/constants';
import { expectNoAxeViolations } from './support/axe';

/**
 * The instance in the developer's directory (issue 19): the customer's admin signs in to their own directory and the
 * portal asks the developer's directory for a Digital Twins token, as a guest there. Live build against the HTTPS
 * emulator: the redirect to the developer's authority and back is real. Every decision behind it (code → card, who
 * must act, the tid check, the redirect marker) is unit-tested; the scenarios' outcomes are in the integration tier.
 */
const DEV = SCENARIO_IDS.developerTenant;
const HOME = SCENARIO_IDS.contosoTenant;
const HOST = 'proseware-twins.api.weu.digitaltwins.azure.net';
const APP = 'Proseware Twin Studio';
const config = {
  clientId: TEST_CLIENT_ID,
  appName: APP,
  digitalTwins: { hosting: 'developer', hostName: HOST, tenantId: DEV, dataRole: 'owner' },
};

/** Sign in to the customer's own directory; the portal has two steps in this mode. */
async function signInHere(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
  const accept = page.getByRole('button', { name: 'Accept' });
  const back = page.getByText('Step 2 of 2');
  await expect(accept.or(back).first()).toBeVisible();
  if (await accept.isVisible()) await accept.click();
  await expect(back).toBeVisible();
}

/** The tenant of MSAL's active account, as MSAL keeps it in sessionStorage. */
function activeTenant(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!;
      if (!key.includes('active-account-filters')) continue;
      return (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { tenantId?: string }).tenantId;
    }
    return undefined;
  });
}

/** The claims of the access tokens the developer's directory's token endpoint issued (a test may read them; the app never does). */
function developerTokens(page: Page): Array<Record<string, unknown>> {
  const claims: Array<Record<string, unknown>> = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.pathname !== `/${DEV}/oauth2/v2.0/token` || response.status() !== 200) return;
    void response.json().then((body: { access_token?: string }) => {
      const payload = body.access_token?.split('.')[1];
      if (payload)
        claims.push(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>);
    });
  });
  return claims;
}

test.describe("a guest in the developer's directory whose Conditional Access asks for MFA", () => {
  // 400: the silent request the developer's directory refuses (AADSTS50076) before the second factor.
  test.use({ scenario: 'twins-guest-mfa', allowedHttpErrors: [400] });

  test("the token comes from the instance's directory after a real redirect there; the portal stays in the customer's", async ({
    page,
    emulator,
  }) => {
    const issued = developerTokens(page);
    await serveConfig(page, config);
    await page.goto('/');
    await signInHere(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Check access' })).toBeVisible();
    await expect(page.getByRole('note', { name: 'Why there is nothing to set up in your directory' })).toBeVisible();
    expect(await activeTenant(page)).toBe(HOME);

    const card = page.getByRole('alert', { name: `${APP}'s directory asks you for multifactor authentication` });
    await expect(card).toBeVisible();
    await expectNoAxeViolations(page, 'guest step: MFA asked by the developer directory');

    // The redirect goes to the developer's authority, and comes back.
    const toDeveloper = page.waitForRequest((r) =>
      r.url().includes(`login.microsoftonline.com/${DEV}/oauth2/v2.0/authorize`),
    );
    await card.getByRole('button', { name: 'Continue to Microsoft' }).click();
    await toDeveloper;
    await expect(page.getByRole('heading', { level: 1, name: 'Verify your identity' })).toBeVisible();
    await page.getByRole('button', { name: 'Approve sign-in' }).click();

    const ready = page.getByRole('status').filter({
      has: page.getByRole('heading', { name: `Your account can get a token for ${APP}'s instance` }),
    });
    await expect(ready).toBeVisible();
    expect(new URL(page.url()).origin).toBe(APP_ORIGIN);
    await expect(ready).toContainText(DEV);
    // The token: issued by the instance's directory, for Digital Twins.
    await expect.poll(() => issued.length).toBeGreaterThan(0);
    expect(issued.at(-1)).toMatchObject({ tid: DEV, aud: 'https://digitaltwins.azure.net' });
    // The way back did not move the portal into the developer's directory.
    expect(await activeTenant(page)).toBe(HOME);
    await expect(page.getByRole('heading', { level: 1, name: 'Check access' })).toBeVisible();
    // No ARM request to the customer's subscriptions in this mode.
    expect(
      emulator.requests.filter((r) => r.host === 'management.azure.com' && /\/subscriptions/i.test(r.path)),
    ).toEqual([]);
    expect(requestsTo(emulator, 'POST', `/${DEV}/oauth2/v2.0/token`).length).toBeGreaterThan(0);

    const report = JSON.parse(
      (await page.getByRole('region', { name: 'Onboarding report (JSON)' }).textContent()) ?? '{}',
    );
    expect(report.digitalTwins).toMatchObject({
      hosting: 'developer',
      instanceDirectory: DEV,
      outcome: 'token-issued',
      tokenFromInstanceDirectory: { tenantId: DEV },
      dataRoleChecked: false,
    });
    await expectNoAxeViolations(page, 'guest step: token issued');
  });
});

test.describe("not a guest in the developer's directory", () => {
  // 400: the developer's directory refuses the token (invalid_grant, AADSTS50020).
  test.use({ scenario: 'twins-guest-not-invited', allowedHttpErrors: [400] });

  test("AADSTS50020 is explained by the portal, with who must act and the sign-in name; Microsoft's error page never shows", async ({
    page,
    emulator,
  }) => {
    await serveConfig(page, config);
    await page.goto('/');
    await signInHere(page);
    const card = page.getByRole('alert', { name: `You are not a guest in ${APP}'s directory yet` });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Who must act: the team behind ${APP}.`);
    await expect(card.getByRole('button', { name: 'Continue to Microsoft' })).toHaveCount(0);
    const request = page.getByLabel('Copy the request for the developer: text');
    await expect(request).toContainText('- invite them as guests (B2B collaboration): admin@');
    await expect(request).toContainText('Microsoft Entra ID answered: AADSTS50020.');
    // Never sent to Microsoft's page of the developer's directory: the silent answer already told.
    expect(requestsTo(emulator, 'GET', `/${DEV}/oauth2/v2.0/authorize`)).toEqual([]);
    expect(new URL(page.url()).origin).toBe(APP_ORIGIN);
    expect(await activeTenant(page)).toBe(HOME);
    await expectNoAxeViolations(page, 'guest step: not a guest');
  });
});
