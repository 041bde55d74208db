import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn, chooseAndRegister, grantDigitalTwins, registerAndVerify, requestsTo } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { collectIssuedTokens, leaks, tokensInMsalCache } from './support/issued-tokens';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';

const DIGITAL_TWINS_APP_ID = '0b07f429-9f4b-4714-9392-cc5e8e80c8b0';
const REGISTER = /^POST management\.azure\.com\/subscriptions\/[^/]+\/providers\/Microsoft\.IoTSpaces\/register\?/;

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Under the hood' });
}

/** The entries of the list whose "what" line (method, host and path) matches. */
function entries(page: Page, what: RegExp): Locator {
  return panel(page)
    .getByRole('list', { name: /^Exchanges with Microsoft/ })
    .getByRole('listitem')
    .filter({ has: page.locator('.exchange-what').getByText(what) });
}

/** "Download redacted HAR", parsed. */
async function downloadHar(page: Page): Promise<{
  text: string;
  har: {
    log: {
      version: string;
      creator: { name: string };
      entries: Array<{ request: { method: string; url: string }; response: { status: number } }>;
    };
  };
}> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: 'Download redacted HAR' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^twin-onboarding-.*-redacted\.har$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return { text, har: JSON.parse(text) };
}

test.describe('demo', () => {
  test.use({ mode: 'demo' });

  test('the panel tells the story of the exchanges and the directory; no token on the page or in the HAR', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    // The authorization codes the emulated sign-in page sent back: on the record, each one must read [redacted].
    const codes: string[] = [];
    page.on('framenavigated', (frame) => {
      const code = new URLSearchParams(new URL(frame.url()).hash.slice(1)).get('code');
      if (code) codes.push(code);
    });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Under the hood' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true'); // open by default in the demo
    await expect(panel(page)).toBeVisible();
    const directory = page.getByRole('region', { name: 'What changed in the directory' });

    await signIn(page, 'Ada Admin');
    // The emulated sign-in page is an exchange too: where it sent the browser back, the code left out.
    const signInPage = entries(page, /^GET login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize\?/);
    await expect(signInPage).toHaveCount(1);
    await expect(signInPage).toContainText('302');
    await expect(signInPage).toContainText('sent the browser back with a one-time sign-in code (never shown)');
    await page.getByRole('button', { name: 'Skip to verification' }).click();
    const refused = page.getByRole('alert').filter({ hasText: "isn't set up in your directory yet" });
    await expect(refused).toBeVisible();
    // Before registration: the token endpoint's refusal, in words.
    const tokenRefusal = entries(page, /\/oauth2\/v2\.0\/token/).filter({ hasText: 'AADSTS650052' });
    await expect(tokenRefusal.first()).toContainText('400');
    await expect(tokenRefusal.first()).toContainText(
      'Entra ID does not know Azure Digital Twins in this directory yet',
    );
    await expect(directory).toContainText('user_impersonation'); // the consent given at sign-in
    await expect(directory).not.toContainText(DIGITAL_TWINS_APP_ID);
    await expectNoAxeViolations(page, 'under the hood: before registration (demo)');

    await refused.getByRole('button', { name: 'Choose a subscription to register' }).click();
    await chooseAndRegister(page);
    await expect(page.getByText('Azure is registering')).toBeVisible();
    const register = entries(page, REGISTER);
    await expect(register).toHaveCount(1);
    await expect(register).toContainText('200');
    await expect(register).toContainText(
      'Azure accepted the registration of Microsoft.IoTSpaces; the provider is now Registering.',
    );
    await expect(register).toContainText('x-ms-correlation-request-id');
    await expect(directory.getByRole('listitem').filter({ hasText: 'Contoso Production' })).toContainText(
      'Registering',
    );
    await expect(directory).not.toContainText(DIGITAL_TWINS_APP_ID);

    await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    // The Digital Twins service principal appeared with the registration, as the change of the moment.
    const twins = directory.getByRole('listitem').filter({ hasText: DIGITAL_TWINS_APP_ID });
    await expect(twins).toContainText('latest change');
    await expect(directory.getByRole('listitem').filter({ hasText: 'Contoso Production' })).toContainText('Registered');

    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    // The record survived the consent redirect; the issued token's claims, decoded, and nothing more of it.
    await expect(entries(page, REGISTER)).toHaveCount(1);
    const issued = entries(page, /\/oauth2\/v2\.0\/token/)
      .filter({ hasText: 'issued a token for Azure Digital Twins' })
      .last();
    await expect(issued.getByRole('definition').first()).toHaveText('https://digitaltwins.azure.net');
    await expect(issued).toContainText('Read.Write');
    await expect(issued.getByRole('term')).toContainText(['aud', 'tid', 'scp', 'exp']);
    await expect(issued).toContainText(SCENARIO_IDS.contosoTenant);

    // Filter by service; the count is said once, on request.
    await panel(page).getByLabel('Service').selectOption({ label: 'Microsoft Entra ID' });
    await expect(entries(page, /^POST management/)).toHaveCount(0);
    await expect(panel(page).getByRole('status')).toHaveText(/^\d+ of \d+ exchanges shown\.$/);
    // No live region per entry: that count is all the panel ever announces.
    await expect(panel(page).locator('[aria-live], [role="status"], [role="log"], [role="alert"]')).toHaveCount(1);
    await panel(page).getByLabel('Service').selectOption({ label: 'All' });

    const tokens = await tokensInMsalCache(page);
    expect(tokens.length).toBeGreaterThanOrEqual(4); // ID, refresh and two access tokens: the search looks for real strings
    expect(codes.length).toBeGreaterThanOrEqual(2); // sign-in and the Digital Twins consent
    expect(leaks(await page.content(), [...tokens, ...codes])).toBe(0);
    const { text, har } = await downloadHar(page);
    expect(har.log.version).toBe('1.2');
    expect(
      har.log.entries
        .filter((e) => e.request.method === 'POST' && /\/register\?/.test(e.request.url))
        .map((e) => e.response.status),
    ).toEqual([200]);
    expect(leaks(text, [...tokens, ...codes])).toBe(0);
    expect(text).not.toMatch(/eyJ[\w-]{4,}\.[\w-]{4,}/);
    expect(har.log.entries.filter((e) => /\/authorize\?/.test(e.request.url)).length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'under the hood: ready (demo)');

    // The list follows new entries to its end, and scrolls by keyboard; the toggle closes the panel.
    const list = panel(page).getByRole('list', { name: /^Exchanges with Microsoft/ });
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await list.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel(page)).toHaveCount(0);
  });
});

test.describe('live', () => {
  // 400: Entra's consent_required answer to the first silent Digital Twins request, before the user consents.
  test.use({ allowedHttpErrors: [400] });

  test('closed by default; ARM calls and MSAL token events, the directory not read; no token on the page or in the HAR', async ({
    page,
    emulator,
  }) => {
    const issuedTokens = collectIssuedTokens(page);
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Under the hood' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel(page)).toHaveCount(0);

    await signIn(page, 'Ada Admin');
    await registerAndVerify(page, emulator);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const register = entries(page, REGISTER);
    await expect(register).toHaveCount(1);
    await expect(register).toContainText('200');
    await expect(register).toContainText(
      'Azure accepted the registration of Microsoft.IoTSpaces; the provider is now Registering.',
    );
    // Token requests as MSAL reported them (what and until when, no token content): one per token Entra ID issued.
    const reported = panel(page).getByRole('listitem').filter({ hasText: 'reported by MSAL' });
    await expect(reported.filter({ hasText: 'issued a token for Azure Digital Twins' }).first()).toBeVisible();
    await expect(reported.filter({ hasText: /Entra ID issued a token/ })).toHaveCount(
      requestsTo(emulator, 'POST', '/oauth2/v2.0/token').filter((r) => r.status === 200).length,
    );
    await expect(reported.filter({ hasText: 'AADSTS65001' })).toHaveCount(1); // the silent request before consent
    const directory = page.getByRole('region', { name: 'What changed in the directory' });
    await expect(directory).toContainText('does not read your directory');
    await expect(directory.getByRole('link', { name: 'Microsoft Entra admin center' })).toHaveAttribute(
      'href',
      'https://entra.microsoft.com',
    );
    await expectNoAxeViolations(page, 'under the hood (live)');

    await issuedTokens.settled();
    const tokens = [...issuedTokens.tokens];
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    expect(leaks(await page.content(), tokens)).toBe(0);
    const { text, har } = await downloadHar(page);
    expect(har.log.creator.name).toBe('Twin Onboarding');
    expect(har.log.entries.filter((e) => /\/register\?/.test(e.request.url))).toHaveLength(1);
    expect(leaks(text, tokens)).toBe(0);
  });
});
