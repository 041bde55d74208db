import { render, type RenderResult } from '@testing-library/react';
import { vi } from 'vitest';
import type { Started } from '../../src/app/start';
import type { Emulator } from '@twin-onboarding/emulator';

const SUBTLE_METHODS = [
  'digest',
  'encrypt',
  'decrypt',
  'sign',
  'verify',
  'importKey',
  'exportKey',
  'generateKey',
  'deriveKey',
  'deriveBits',
  'wrapKey',
  'unwrapKey',
];

/** config.json as the server would answer: an object is the file, null is a 404 (which also means demo mode). */
export type ConfigFile = Record<string, unknown> | null;

/**
 * One browser tab in the DOM of the test environment. The app leaves its page the way a browser page does
 * (`location.assign`, `location.replace`, `location.reload`: MSAL's navigation client, the demo's sign-in page);
 * the tab then loads the new address as a new page: the old page's React tree and window listeners go, every
 * module of src/ is evaluated afresh (`vi.resetModules`), and only what a tab keeps survives (sessionStorage,
 * localStorage, the address). Addresses on another origin are recorded in `left` and not loaded.
 */
export class Tab {
  /** every address the app navigated to, in order, this origin's and others' */
  readonly navigations: string[] = [];
  /** addresses on another origin the app sent the tab to (a real browser would have left the portal) */
  readonly left: string[] = [];
  private page:
    | {
        rendered?: Pick<RenderResult, 'unmount'>;
        started?: Started;
        listeners: Array<[string, EventListenerOrEventListenerObject, unknown]>;
      }
    | undefined;
  private loading: Promise<void> = Promise.resolve();
  /** requests the emulator is answering and Web Crypto operations under way right now, on any page of this tab */
  private inFlight = 0;
  private failure: unknown;
  private readonly config: ConfigFile;
  private readonly restore: Array<() => void> = [];

  constructor(config: ConfigFile) {
    this.config = config;
    const navigate = (url: string | URL) => this.navigate(String(url));
    // Own properties shadow Location.prototype's: the app's navigations come here instead of the test DOM's.
    Object.assign(window.location, {
      assign: navigate,
      replace: navigate,
      reload: () => navigate(window.location.href),
    });
    // The page's window listeners (MSAL's, the record's pagehide) leave with it.
    const add = window.addEventListener;
    this.restore.push(() => {
      window.addEventListener = add;
      for (const name of ['assign', 'replace', 'reload'])
        delete (window.location as unknown as Record<string, unknown>)[name];
      vi.unstubAllGlobals();
    });
    window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
      this.page?.listeners.push([type, listener, options]);
      add.call(window, type, listener, options as AddEventListenerOptions);
    }) as typeof window.addEventListener;
    // Web Crypto works on Node's thread pool, in real time (MSAL's PKCE and cache keys, a role assignment's name):
    // while it does, the app is busy, as while the emulator answers, so the harness waits for it before time passes.
    const subtle = crypto.subtle as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of SUBTLE_METHODS) {
      const method = subtle[name]!;
      subtle[name] = async (...args: unknown[]) => {
        this.inFlight += 1;
        try {
          return await method.apply(crypto.subtle, args);
        } finally {
          this.inFlight -= 1;
        }
      };
      this.restore.push(() => delete subtle[name]);
    }
    // No network in this tier: config.json is the test's, everything else goes through the demo's transports.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
      if (url.origin === window.location.origin && url.pathname === '/config.json') {
        return this.config === null ? new Response('Not found', { status: 404 }) : Response.json(this.config);
      }
      throw new TypeError(`The integration tier has no network: fetch(${url.href})`);
    });
  }

  /** What the page on screen became (the demo's runtime, MSAL and the ARM client are in it). */
  get started(): Started {
    if (!this.page?.started) throw new Error('No page has loaded yet: await tab.settled() first');
    return this.page.started;
  }

  /** Opens an address of this origin as a new page (a link typed into the address bar). */
  goto(url: string): Promise<void> {
    this.navigate(url);
    return this.settled();
  }

  /** Waits until the page loads the app asked for have happened (a failed load throws here). */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.loading;
      await current;
    } while (current !== this.loading);
    if (this.failure) throw this.failure;
  }

  /** No page loading and no request to the emulator unanswered: what is on screen has had its answers. */
  get busy(): boolean {
    return this.inFlight > 0;
  }

  /** The page goes: what a browser does when a page is left, then nothing of it renders any more. */
  close(): void {
    if (!this.page) return;
    window.dispatchEvent(new Event('pagehide'));
    this.page.rendered?.unmount();
    for (const [type, listener, options] of this.page.listeners)
      window.removeEventListener(type, listener, options as EventListenerOptions);
    this.page = undefined;
  }

  /** The end of the test: the page goes, the test DOM gets its own navigation, fetch and storage back. */
  async dispose(): Promise<void> {
    await this.loading;
    this.close();
    document.body.replaceChildren();
    for (const undo of this.restore.splice(0)) undo();
    sessionStorage.clear();
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  }

  private navigate(url: string): void {
    const target = new URL(url, window.location.href);
    this.navigations.push(target.href);
    if (target.origin !== window.location.origin) {
      this.left.push(target.href);
      return;
    }
    // After the current task, as a browser does: the code that navigated runs to its end first.
    this.loading = this.loading
      .then(() => this.load(target))
      .catch((error: unknown) => {
        this.failure ??= error;
      });
  }

  private async load(url: URL): Promise<void> {
    this.close();
    document.body.replaceChildren();
    document.title = '';
    window.history.replaceState(null, '', url.href);
    const page: NonNullable<Tab['page']> = { listeners: [] };
    this.page = page;
    vi.resetModules();
    // The emulator module this page will use (the registry is fresh): its requests are counted while unanswered.
    const { Emulator } = await import('@twin-onboarding/emulator');
    const handle = Emulator.prototype.handle;
    const count = (delta: number) => (this.inFlight += delta);
    Emulator.prototype.handle = async function counted(this: Emulator, ...args: Parameters<Emulator['handle']>) {
      count(1);
      try {
        return await handle.apply(this, args);
      } finally {
        count(-1);
      }
    };
    const [{ start }, { i18n }, { I18nProvider }] = await Promise.all([
      import('../../src/app/start'),
      import('../../src/i18n/i18n'),
      import('@lingui/react'),
    ]);
    const container = document.body.appendChild(document.createElement('div'));
    container.id = 'root';
    page.started = await start((node) => {
      if (this.page !== page) return;
      page.rendered?.unmount();
      page.rendered = render(<I18nProvider i18n={i18n}>{node}</I18nProvider>, { container });
    });
  }
}
