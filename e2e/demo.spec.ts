import { test, expect, serveConfig, signIn, grantDigitalTwins, chooseAndRegister } from './fixtures';
import { APP_ORIGIN, MICROSOFT_HOSTS } from './support/constants';
import { pdfPages } from './support/pdf';

test.describe('demo mode (no configuration)', () => {
  test.use({ mode: 'demo' });

  test('the whole journey runs in the browser, without a request to Microsoft', async ({ page, emulator }) => {
    const microsoftRequests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (MICROSOFT_HOSTS.includes(new URL(request.url()).hostname)) microsoftRequests.push(request.url());
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await expect(page.getByRole('note', { name: 'Demo mode' })).toContainText('nothing here touches a real directory');

    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    // Open by default in the demo, and never on paper, on any step: the panel, its toggle, the directory picture.
    const underTheHood = [
      page.getByRole('button', { name: 'Under the hood' }),
      page.getByRole('region', { name: 'Under the hood' }),
      page.getByRole('region', { name: 'What changed in the directory' }),
    ];
    for (const shown of underTheHood) await expect(shown).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
    for (const hidden of underTheHood) await expect(hidden).toBeHidden();
    await page.emulateMedia({ media: null });
    await chooseAndRegister(page);
    await expect(page.getByText('Azure is registering')).toBeVisible();

    await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
    await grantDigitalTwins(page, 'Ada Admin');
    await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
    // On paper: the summary, saying it was a demo, without the demo's banner and controls.
    const summary = page.getByRole('article', { name: 'Onboarding summary: Contoso' });
    await expect(summary).toContainText('demo mode');
    for (const shown of underTheHood) await expect(shown).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(summary).toBeVisible();
    await expect(page.getByRole('note', { name: 'Demo mode' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Demo controls' })).toBeHidden();
    for (const hidden of underTheHood) await expect(hidden).toBeHidden();
    expect(pdfPages(await page.pdf({ format: 'A4' })), 'A4 pages with the panel open').toBe(1);
    await page.emulateMedia({ media: null });
    await expect(page.getByRole('complementary', { name: 'Demo controls' })).toBeVisible();

    expect(microsoftRequests).toEqual([]);
    expect(scripts.some((p) => p.includes('demo-runtime'))).toBe(true); // the emulator chunk, loaded on demand
    expect(emulator.requests).toHaveLength(0); // the test's HTTPS emulator saw nothing either
  });

  test('the demo sign-in page is labelled as the demo, and a scenario can be chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByRole('note')).toContainText("not Microsoft's sign-in page");
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();

    // A name Object has but the demo does not: a notice, and the tab's sign-in and world carry on.
    await page.goto('/?scenario=constructor');
    await expect(
      page.getByRole('status').filter({ hasText: 'The demo has no scenario named "constructor"' }),
    ).toContainText('no-subscription');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();

    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'No subscription' });
    await page.getByRole('button', { name: 'Start over with this scenario' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await signIn(page, 'Ada Admin');
    await expect(
      page.getByRole('heading', { name: 'Your directory has no Azure subscription you can use' }),
    ).toBeVisible();
  });

  test('presenter controls: registration speed per run, skip ahead, a link to the scenario, presenter notes', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    await page.goto('/');
    const controls = page.getByRole('complementary', { name: 'Demo controls' });
    const registering = page.getByText('Azure is registering');
    const verify = page.getByRole('heading', { level: 1, name: 'Verify access' });

    // Notes are hidden until asked for, then follow the step on screen (and stay open across the sign-in).
    const signInNote = controls.getByText('This is the page the developer sends');
    await expect(signInNote).toBeHidden();
    await controls.getByText('Presenter notes').click();
    await expect(signInNote).toBeVisible();

    // Realistic: a minute of emulated time is not enough.
    await controls.getByRole('radio', { name: 'Realistic (about 2 minutes)' }).check();
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await page.getByRole('button', { name: 'Sign in as Ada Admin' }).click();
    // The demo's app is a made-up developer's product, not Microsoft's service.
    await expect(page.getByText('Proseware Twin Studio by Proseware, Inc. would like to')).toBeVisible();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(controls.getByText('Pick one where the admin is Owner or Contributor')).toBeVisible();
    await expect(controls.getByRole('radio', { name: 'Realistic (about 2 minutes)' })).toBeChecked();
    await chooseAndRegister(page);
    await expect(registering).toBeVisible();
    await controls.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
    // Said once the portal has read Azure again.
    await expect(controls.getByRole('status').filter({ hasText: 'Skipped one minute ahead' })).toContainText(
      '1 minute in this page',
    );
    await expect(registering).toBeVisible();

    // Instant applies to the registration in flight.
    await controls.getByRole('radio', { name: 'Instant (about 1 second)' }).check();
    await expect(verify).toBeVisible();
    await expect(controls.getByText('Registering the provider put')).toBeVisible();

    // The link starts this scenario at the speed chosen when it was copied.
    await controls.getByRole('radio', { name: 'About 20 seconds' }).check();
    await controls.getByRole('button', { name: 'Copy link to this scenario' }).click();
    await expect(controls.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${APP_ORIGIN}/?scenario=happy&speed=20s`);
    await controls.getByRole('radio', { name: 'Realistic (about 2 minutes)' }).check();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(controls.getByRole('radio', { name: 'About 20 seconds' })).toBeChecked();
    expect(page.url()).toBe(`${APP_ORIGIN}/`);
    // About 20 seconds: one minute ahead finishes it.
    await signIn(page, 'Ada Admin');
    await chooseAndRegister(page);
    await expect(registering).toBeVisible();
    await controls.getByRole('button', { name: 'Skip ahead 1 minute' }).click();
    await expect(verify).toBeVisible();
  });
});

test('a bad config.json names the key, the value and the expected form', async ({ page }) => {
  // A live deployment (clientId) without appName, and branding that would break the CSP, the contrast or support.
  await serveConfig(page, {
    clientId: 'not-a-guid',
    armEndpoint: 'http://arm',
    logoUrl: '//cdn.example.com/logo.png',
    accentColor: '#ffb900',
    supportContact: 'http://contoso.example/help',
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'This portal is not configured correctly' })).toBeVisible();
  await expect(alert.getByRole('row', { name: /clientId not-a-guid/ })).toContainText('GUID');
  await expect(alert.getByRole('row', { name: /armEndpoint/ })).toContainText('https');
  await expect(alert.getByRole('row', { name: /appName \(missing\)/ })).toContainText('required with a clientId');
  await expect(alert.getByRole('row', { name: /logoUrl \/\/cdn\.example\.com/ })).toContainText('a path on this site');
  await expect(alert.getByRole('row', { name: /accentColor #ffb900/ })).toContainText(
    'contrast of 1.72:1, needs 4.5:1',
  );
  await expect(alert.getByRole('row', { name: /supportContact http:/ })).toContainText('mailto:');
});

test('choosing the demo on a live deployment, then leaving it, does not carry the demo account into live mode', async ({
  page,
  emulator,
}) => {
  await page.goto('/?demo');
  await expect(page.getByRole('note', { name: 'Demo mode' })).toBeVisible();
  await signIn(page, 'Ada Admin');
  await expect(page.getByRole('group', { name: 'Signed in' })).toContainText('admin@contoso.onmicrosoft.com');

  await page.getByRole('link', { name: 'Leave the demo and sign in to your real directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Demo mode' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Signed in' })).toHaveCount(0);
  expect(emulator.requests).toHaveLength(0); // live mode has not called Microsoft on the demo account's behalf
});
