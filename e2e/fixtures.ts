import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Emulator } from '@twin-onboarding/emulator';
import { EmulatorServer } from './support/emulator-server';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { duplicateWork } from './support/duplicate-work';
import { APP_ORIGIN, CERT_DIR, MICROSOFT_HOSTS, TEST_APP } from './support/constants';

interface Options {
  /** the emulator scenario the test starts in */
  scenario: string;
  /** 'demo' serves the shipped, empty config.json instead of the e2e build's live one */
  mode: 'live' | 'demo';
  /** HTTP statuses the test provokes on purpose; Chromium logs each as "Failed to load resource" */
  allowedHttpErrors: number[];
  /** the app registration's API permissions, when a test needs other than TEST_APP's */
  apiPermissions: string[] | undefined;
  /** register calls one subscription may see; more than one only where the user retries a failed registration */
  registersPerSubscription: number;
  /** console errors a test provokes on purpose that carry no status, e.g. net::ERR_INTERNET_DISCONNECTED offline */
  allowedConsoleErrors: RegExp[];
}

/** The worker-scoped options a config can set (playwright.bench.config.ts). */
export interface WorkerOptions {
  /** the full browser instead of the headless shell: the benchmark's timings (e2e/support/chromium.ts) */
  fullBrowser: boolean;
}

interface WorkerFixtures extends WorkerOptions {
  emulatorServer: EmulatorServer;
}

interface TestFixtures {
  emulator: Emulator;
}

/** One Content-Security-Policy violation, as the browser's `securitypolicyviolation` event describes it. */
export interface CspViolation {
  /** the directive that blocked, e.g. script-src-elem, connect-src */
  directive: string;
  /** what was blocked: a URL, or "inline" / "eval" */
  blocked: string;
  /** the page (or frame) whose policy it was */
  documentURL: string;
  /** where in the page's scripts it happened, when known */
  source: string;
  disposition: string;
}

/**
 * Records every Content-Security-Policy violation in every page and frame of `target` (a page, or a whole
 * context), from before the first script of each document runs. Chromium also logs violations to the console,
 * as errors; this names the directive and what it blocked. The `page` fixture fails a test on any, and
 * e2e/security.spec.ts proves it fires.
 */
export async function watchCspViolations(target: Page | BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await target.exposeBinding('__e2eCspViolation', (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await target.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __e2eCspViolation?: (v: unknown) => Promise<void> }).__e2eCspViolation;
        void report?.({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          documentURL: e.documentURI,
          source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
          disposition: e.disposition,
        }).catch(() => {});
      },
      true,
    );
  });
  return violations;
}

export const test = base.extend<TestFixtures & Options, WorkerFixtures>({
  scenario: ['happy', { option: true }],
  mode: ['live', { option: true }],
  allowedHttpErrors: [[], { option: true }],
  apiPermissions: [undefined, { option: true }],
  registersPerSubscription: [1, { option: true }],
  allowedConsoleErrors: [[], { option: true }],

  emulatorServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await EmulatorServer.start(TEST_APP, CERT_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  fullBrowser: [false, { option: true, scope: 'worker' }],

  // One browser per worker, resolving the Microsoft hosts to this worker's emulator.
  browser: [
    async ({ playwright, emulatorServer, fullBrowser }, use) => {
      const browser = await playwright.chromium.launch({
        headless: true,
        executablePath: chromiumPath({ full: fullBrowser }),
        args: chromiumArgs(emulatorServer.port),
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  emulator: async ({ emulatorServer, scenario, apiPermissions }, use) => {
    await use(emulatorServer.reset(scenario, apiPermissions ? { apiPermissions } : {}));
  },

  page: async (
    { page, emulator, emulatorServer, mode, allowedHttpErrors, allowedConsoleErrors, registersPerSubscription },
    use,
  ) => {
    void emulator; // the world must exist before the first navigation
    const failures: string[] = [];
    // Every page of the test's context (popups too) runs under the shipped Content-Security-Policy.
    const cspViolations = await watchCspViolations(page.context());
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const status = /Failed to load resource: the server responded with a status of (\d+)/.exec(text)?.[1];
      if (status && allowedHttpErrors.includes(Number(status))) return;
      if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
      failures.push(`console error: ${text} (${message.location().url})`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      const allowed = url.origin === APP_ORIGIN || MICROSOFT_HOSTS.includes(url.hostname) || url.protocol === 'data:';
      if (!allowed) failures.push(`request to an unexpected host: ${url.origin}`);
    });
    if (mode === 'demo') {
      await serveConfig(page, {});
    }
    await use(page);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    // The emulator's log, for what must never happen whatever the test did (a test may have reset the world).
    expect(
      duplicateWork(emulatorServer.emulator, registersPerSubscription),
      'duplicate registers or runaway polling',
    ).toEqual([]);
    expect(failures, 'console errors, page errors, unhandled rejections or foreign requests').toEqual([]);
  },
});

export { expect };

/** This test's config.json, in place of the build's (the app's own origin: no Microsoft host is intercepted). */
export async function serveConfig(page: Page, config: Record<string, unknown>): Promise<void> {
  await page.route(`${APP_ORIGIN}/config.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }),
  );
}

/** Sign in through the (emulated) Microsoft sign-in page: pick the person, accept the permissions if asked. */
export async function signIn(
  page: Page,
  person: string,
  options: { consent?: 'accept' | 'decline' } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
  const accept = page.getByRole('button', { name: 'Accept' });
  // Back in the portal: its step counter, which the sign-in pages do not have.
  const back = page.getByText(/^Step \d of 4$/);
  await expect(accept.or(back).first()).toBeVisible();
  if (await accept.isVisible()) {
    if (options.consent === 'decline') await page.getByRole('button', { name: 'Cancel' }).click();
    else await accept.click();
  }
  await expect(back).toBeVisible();
}

/** Choose a subscription on step 2 and press Register on step 3 (the answer is the caller's to check). */
export async function chooseAndRegister(page: Page, subscription = 'Contoso Production'): Promise<void> {
  await page.getByRole('button', { name: `Use this subscription: ${subscription}` }).click();
  await page.getByRole('button', { name: 'Register Microsoft.IoTSpaces' }).click();
}

/** On Microsoft's page after "Continue to Microsoft to grant access": pick the person if asked, then answer. */
async function answerDigitalTwinsConsent(page: Page, person: string, answer: 'Accept' | 'Cancel'): Promise<void> {
  await page.getByRole('button', { name: 'Continue to Microsoft to grant access' }).click();
  const pick = page.getByRole('button', { name: `Sign in as ${person}` });
  const button = page.getByRole('button', { name: answer });
  await expect(pick.or(button).first()).toBeVisible();
  if (await pick.isVisible()) await pick.click();
  await button.click();
}

/**
 * The happy path from the subscription list to a ready directory, for tests whose point lies elsewhere: register,
 * let the emulated registration (20 s) finish, accept the Digital Twins permission.
 */
export async function registerAndVerify(page: Page, emulator: Emulator, person = 'Ada Admin'): Promise<void> {
  await chooseAndRegister(page);
  await expect(page.getByText('Azure is registering')).toBeVisible();
  emulator.clock.advance(20_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Verify access' })).toBeVisible();
  await grantDigitalTwins(page, person);
  await expect(page.getByRole('heading', { name: 'Your directory is ready' })).toBeVisible();
}

/** Accept the Digital Twins permission on the sign-in page after "Continue to Microsoft to grant access". */
export function grantDigitalTwins(page: Page, person: string): Promise<void> {
  return answerDigitalTwinsConsent(page, person, 'Accept');
}

/** Decline the Digital Twins permission on the sign-in page after "Continue to Microsoft to grant access". */
export function declineDigitalTwins(page: Page, person: string): Promise<void> {
  return answerDigitalTwinsConsent(page, person, 'Cancel');
}

/** The emulator's log of one kind of request, e.g. ('POST', '/register'). */
export function requestsTo(emulator: Emulator, method: string, pathPart: string) {
  return emulator.requests.filter((r) => r.method === method && r.path.toLowerCase().includes(pathPart.toLowerCase()));
}
