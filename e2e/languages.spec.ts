import type { Page } from '@playwright/test';
import { test, expect, requestsTo, serveConfig, signIn } from './fixtures';
import { layoutRecord, watchLayout } from './support/layout-stability';
import { type Emulator, pageText, type PageLanguage } from '@twin-onboarding/emulator';
import { englishFragments, notPseudoLocalized, pageTexts, translator } from './support/languages';
import { expectNoAxeViolations } from './support/axe';
import { expectReflow } from './support/reflow';

/**
 * The portal in German, Japanese and the pseudo-locale, from sign-in to a verified token and the printed summary:
 * no English sentence on the way (in the pseudo-locale, no text that skipped the message layer), Microsoft's pages
 * asked for in the same language, axe and the 320 px reflow in each language.
 */

// Each journey audits several states: longer than one e2e step.
test.describe.configure({ timeout: 180_000 });
// 400: Entra's consent_required answer to the first silent Digital Twins request, before the user consents.
test.use({ allowedHttpErrors: [400] });

const PRODUCTION = 'Contoso Production';
const NAMESPACE = 'Microsoft.IoTSpaces';
/** Names that stay as they are in every language: the product, the scenario's people, directory and subscriptions, the app. */
const NAMES = [
  'Twin Onboarding',
  'Contoso Twins (test)',
  'Contoso Twins',
  PRODUCTION,
  'Contoso Dev/Test',
  'Contoso Legacy',
  'Contoso',
  'Ada Admin',
];
/** The picker names each language in that language. */
const ENDONYMS = ['English', 'Deutsch', 'Español', '日本語'];

type Spoken = 'de' | 'ja' | 'es' | 'en-XA';

/** What a user of `locale` reads for an English message of the portal; Microsoft's pages speak `ui_locales`. */
function wordsOf(locale: Spoken) {
  const portal = translator(locale);
  const microsoft: PageLanguage = locale === 'en-XA' ? 'en' : locale;
  return {
    portal,
    microsoft: (key: Parameters<typeof pageText>[1], values?: Record<string, string>) =>
      pageText(microsoft, key, values),
  };
}

/** No English on the page (German, Japanese); nothing outside the message layer (pseudo-locale). */
async function expectSpoken(page: Page, locale: Spoken, label: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  const texts = await pageTexts(page);
  if (locale === 'en-XA') {
    expect
      .soft(
        notPseudoLocalized(texts, [...NAMES, ...ENDONYMS, NAMESPACE]),
        `${label}: text not through the message layer`,
      )
      .toEqual([]);
  } else {
    const all = texts.join('\n');
    expect
      .soft(
        englishFragments(locale).filter((fragment) => all.includes(fragment)),
        `${label}: English on a ${locale} page`,
      )
      .toEqual([]);
  }
}

/** Which checks a journey runs: axe where the language's layout and names matter most, reflow at 320 px. */
interface Checks {
  axe?: boolean;
  reflow?: boolean;
}

async function audit(
  page: Page,
  locale: Spoken,
  label: string,
  { axe = false, reflow = false }: Checks,
): Promise<void> {
  await expectSpoken(page, locale, label);
  if (axe) await expectNoAxeViolations(page, `${label} (${locale})`);
  if (reflow) await expectReflow(page, `${label} (${locale})`);
}

/** Sign-in to the printed summary, auditing each state on the way. */
async function journey(page: Page, emulator: Emulator, locale: Spoken, checks: Checks): Promise<void> {
  const { portal: t, microsoft: ms } = wordsOf(locale);
  await expect(page.getByRole('heading', { level: 1, name: t('Sign in') })).toBeVisible();
  await audit(page, locale, 'sign-in step', checks);

  await page.getByRole('button', { name: t('Sign in with Microsoft') }).click();
  await page.getByRole('button', { name: ms('pick.signInAs', { name: 'Ada Admin' }) }).click();
  const accept = page.getByRole('button', { name: ms('consent.accept'), exact: true });
  const subscriptions = page.getByRole('heading', { level: 1, name: t('Choose a subscription') });
  await expect(accept.or(subscriptions).first()).toBeVisible();
  if (await accept.isVisible()) await accept.click();
  await expect(subscriptions).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Contoso Legacy/ })).toBeVisible();
  await audit(page, locale, 'subscriptions', { reflow: checks.reflow });

  await page.getByRole('button', { name: t('Use this subscription: {name}', { name: PRODUCTION }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('Register the resource provider') })).toBeFocused();
  await page.getByRole('button', { name: t('Register {ns}', { ns: NAMESPACE }) }).click();
  await expect(page.getByRole('status').filter({ hasText: NAMESPACE }).first()).toBeVisible();
  await expectSpoken(page, locale, 'registering');

  emulator.clock.advance(20_000);
  await expect(page.getByRole('heading', { level: 1, name: t('Verify access') })).toBeVisible();
  await expectSpoken(page, locale, 'verify');
  await page.getByRole('button', { name: t('Continue to Microsoft to grant access') }).click();
  const pick = page.getByRole('button', { name: ms('pick.signInAs', { name: 'Ada Admin' }) });
  await expect(pick.or(accept).first()).toBeVisible();
  if (await pick.isVisible()) await pick.click();
  await accept.click();

  await expect(page.getByRole('heading', { name: t('Your directory is ready') })).toBeVisible();
  const summary = page.getByRole('article').filter({ hasText: 'Contoso' });
  await expect(summary).toBeVisible();
  await audit(page, locale, 'ready', checks);
  // The JSON report stays English, for support, whatever the page speaks.
  const report = JSON.parse((await page.getByLabel(t('Onboarding report (JSON)')).textContent()) ?? '{}');
  expect(report.report).toBe('Twin Onboarding');
  expect(report.provider.registrationState).toBe('Registered');
  expect(report.subscription.state).toBe('Enabled');
  await page.emulateMedia({ media: 'print' });
  await expectSpoken(page, locale, 'printed summary');
  await page.emulateMedia({ media: null });

  // Microsoft's pages were asked for in the portal's language each time.
  const authorize = requestsTo(emulator, 'GET', '/oauth2/v2.0/authorize');
  expect(authorize.length).toBeGreaterThanOrEqual(2);
  for (const request of authorize)
    expect(new URL(request.path, 'https://x').searchParams.get('ui_locales')).toBe(locale === 'en-XA' ? 'en' : locale);
  expect(requestsTo(emulator, 'POST', '/register')).toHaveLength(1);
}

test.describe('German, from the browser’s language', () => {
  test.use({ locale: 'de-DE' });

  test('sign-in to a verified token and the printed summary, in German throughout, also at 320 px', async ({
    page,
    emulator,
  }) => {
    await page.goto('/');
    await journey(page, emulator, 'de', { axe: true, reflow: true });
  });
});

test('Japanese, from ?lang=ja, kept across the sign-in redirects', async ({ page, emulator }) => {
  await page.goto('/?lang=ja');
  await journey(page, emulator, 'ja', { axe: true });
});

test('the pseudo-locale: the whole journey shows no text that skipped the message layer, and nothing is cut off at 320 px', async ({
  page,
  emulator,
}) => {
  await page.goto('/?lang=en-XA');
  // Not a language anyone reads: axe runs in the real ones.
  await journey(page, emulator, 'en-XA', { reflow: true });
});

test.describe('before the app has rendered', () => {
  test.use({ locale: 'de-DE' });

  test('a German visitor never sees the prerendered English page, and nothing jumps when German arrives', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/main-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await watchLayout(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const t = translator('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('status').filter({ hasText: t('Loading Twin Onboarding…') })).toBeVisible();
    await expect(page.locator('#root[data-prerendered]')).toBeHidden();
    await expectSpoken(page, 'de', 'before the app');

    release();
    await expect(page.getByRole('heading', { level: 1, name: t('Sign in') })).toBeVisible();
    await expect(page.getByRole('button', { name: t('Sign in with Microsoft') })).toBeEnabled();
    await expectSpoken(page, 'de', 'the app');
    expect((await layoutRecord(page)).shift).toBeLessThan(0.01);
  });
});

test('the picker switches the whole page at once, fetches a language only when chosen, and the tab keeps it', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const catalog = /\/messages-([\w-]+)-(app|wizard|extra)-/.exec(request.url());
    if (catalog) fetched.push(`${catalog[1]}-${catalog[2]}`);
  });
  await page.goto('/');
  await signIn(page, 'Ada Admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a subscription' })).toBeVisible();
  // English's words for the landing page are in the bundle; those of steps 2 to 4 come with them.
  expect(fetched).toEqual(['en-wizard']);

  await page.getByLabel('Language').selectOption('es');
  const t = translator('es');
  await expect(page.getByRole('heading', { level: 1, name: t('Choose a subscription') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(new RegExp(t('Choose a subscription')));
  expect(fetched.slice(1).sort()).toEqual(['es-app', 'es-wizard']);
  await expectSpoken(page, 'es', 'switched to Spanish');
  await expectNoAxeViolations(page, 'subscriptions (es)');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t('Choose a subscription') })).toBeVisible();
  await expect(page.getByLabel(t('Language'))).toHaveValue('es');
});

test.describe('a language that cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [/net::ERR_FAILED|Failed to fetch dynamically imported module/] });

  test('says so, and the page stays in the language it was in', async ({ page }) => {
    await page.route('**/assets/messages-ja-*.js', (route) => route.abort());
    await page.goto('/');
    await page.getByLabel('Language').selectOption('ja');
    await expect(page.getByRole('alert')).toContainText('日本語 could not be loaded');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});

test.describe('the demo in German', () => {
  test.use({ mode: 'demo', locale: 'de-DE' });

  test('presenter notes, the Under the hood panel and the demo’s sign-in page speak German too', async ({ page }) => {
    const t = translator('de');
    await page.goto('/');
    await expect(page.getByRole('note', { name: t('Demo mode') })).toBeVisible();
    const controls = page.getByRole('complementary', { name: t('Demo controls') });
    await controls.getByText(t('Presenter notes'), { exact: true }).click();
    await controls.getByRole('radio', { name: t('Instant (about 1 second)') }).check();
    await expectSpoken(page, 'de', 'demo landing, notes and panel open');

    await page.getByRole('button', { name: t('Sign in with Microsoft') }).click();
    // The demo's own sign-in page answers ui_locales as Entra ID does.
    await expect(page.locator('main[lang="de"]')).toBeVisible();
    await page.getByRole('button', { name: pageText('de', 'pick.signInAs', { name: 'Ada Admin' }) }).click();
    await page.getByRole('button', { name: pageText('de', 'consent.accept'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('Choose a subscription') })).toBeVisible();
    await page.getByRole('button', { name: t('Use this subscription: {name}', { name: PRODUCTION }) }).click();
    await page.getByRole('button', { name: t('Register {ns}', { ns: NAMESPACE }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('Verify access') })).toBeVisible();
    await expectSpoken(page, 'de', 'demo, verify step, the exchanges so far glossed');
    await expectNoAxeViolations(page, 'demo verify step (de)');
  });
});

test.describe('the configuration error page in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('names each bad key in Japanese', async ({ page }) => {
    await serveConfig(page, { clientId: 'not-a-guid', armEndpoint: 'http://arm' });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: translator('ja')('This portal is not configured correctly') }),
    ).toBeVisible();
    await expect(alert.getByRole('row', { name: /clientId not-a-guid/ })).toBeVisible();
    await expectSpoken(page, 'ja', 'configuration error');
    await expectNoAxeViolations(page, 'configuration error (ja)');
  });
});
