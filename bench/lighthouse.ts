import puppeteer, { type Page } from 'puppeteer-core';
import { APP_ORIGIN } from '../e2e/support/constants';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/** The landing page's loading metrics, by figure suffix: Lighthouse audit id, and the factor to the figure's unit. */
const METRICS = {
  fcp: ['first-contentful-paint', 1 / 1000],
  lcp: ['largest-contentful-paint', 1 / 1000],
  tbt: ['total-blocking-time', 1],
  cls: ['cumulative-layout-shift', 1],
} as const;

/**
 * Lighthouse 13 with its desktop settings (the portal is an admin
 * tool used on desktops) on three pages, and with its default settings (a mid-range phone on slow 4G) on the
 * landing page, live and demo. Simulated throttling, so figures depend little on this machine's load.
 */
export async function lighthouseScores(emulatorPort: number, runs: number): Promise<Record<string, number[]>> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  const browser = await puppeteer.launch({
    headless: true,
    executablePath: chromiumPath({ full: true }),
    args: chromiumArgs(emulatorPort),
  });
  const scores: Record<string, number[]> = {};
  const audit = async (
    page: Page,
    url: string,
    name: string,
    keepStorage: boolean,
    preset: 'desktop' | 'mobile' = 'desktop',
  ) => {
    const mobile = preset === 'mobile';
    const result = await lighthouse(
      url,
      {
        output: 'json',
        logLevel: 'error',
        onlyCategories: mobile ? ['performance'] : [...CATEGORIES],
        disableStorageReset: keepStorage,
      },
      mobile ? undefined : desktop,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (mobile) name = `mobile-${name}`;
    for (const category of mobile ? (['performance'] as const) : CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${category} score for ${url}`);
      (scores[`lighthouse-${name}-${category}`] ??= []).push(score);
      if (score < 1) {
        const failed = Object.values(lhr.audits).filter(
          (a) => typeof a.score === 'number' && a.score < 1 && a.scoreDisplayMode !== 'informative',
        );
        console.log(`  lighthouse ${name} ${category} ${score}: ${failed.map((a) => `${a.id}=${a.score}`).join(', ')}`);
      }
    }
    if (!name.endsWith('landing') && !name.endsWith('landing-demo')) return;
    for (const [figure, [id, factor]] of Object.entries(METRICS)) {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`);
      (scores[`lighthouse-${name}-${figure}`] ??= []).push(value * factor);
    }
  };
  try {
    for (let run = 0; run < runs; run++) {
      // The landing page as a customer admin first sees it: live mode, signed out.
      const landing = await browser.newPage();
      await audit(landing, `${APP_ORIGIN}/`, 'landing', false);
      await landing.close();

      // The same page in demo mode, as `npm start` on a fresh clone shows it.
      const demoLanding = await browser.newPage();
      await audit(demoLanding, `${APP_ORIGIN}/?demo`, 'landing-demo', false);
      await demoLanding.close();

      // Both again on a phone: the landing page is prerendered, so its first paint needs no script.
      for (const [url, name] of [
        [`${APP_ORIGIN}/`, 'landing'],
        [`${APP_ORIGIN}/?demo`, 'landing-demo'],
      ] as const) {
        const phone = await browser.newPage();
        await audit(phone, url, name, false, 'mobile');
        await phone.close();
      }

      // The subscription step in demo mode: sign in on the demo's page, then audit a reload of the same tab
      // (the demo's world and MSAL's cache live in this tab's sessionStorage, so the reload lands on step 2).
      const demo = await browser.newPage();
      await demo.goto(`${APP_ORIGIN}/?demo`);
      // The app's scripts start after the first paint (public/boot.js), so after the load event goto waits for:
      // wait until the app has replaced the prerendered (disabled) button with its own.
      await demo.waitForFunction(() =>
        Array.from(document.querySelectorAll('button')).some(
          (b) => b.textContent === 'Sign in with Microsoft' && !b.disabled,
        ),
      );
      await demo.locator('::-p-aria(Sign in with Microsoft[role="button"])').click();
      await demo.locator('::-p-aria(Sign in as Ada Admin[role="button"])').click();
      await demo.locator('::-p-aria(Accept[role="button"])').click();
      await demo.locator('::-p-aria(Use this subscription: Contoso Production[role="button"])').wait();
      await audit(demo, `${APP_ORIGIN}/`, 'subscriptions', true);
      // What was audited must be the subscription step, not a signed-out page.
      const title = await demo.title();
      if (!title.startsWith('Step 2 of 4')) throw new Error(`Lighthouse audited "${title}", not the subscription step`);
      await demo.close();
    }
  } finally {
    await browser.close();
  }
  return scores;
}
