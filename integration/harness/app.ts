import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect, onTestFinished, vi } from 'vitest';
import { Emulator, type LoggedRequest, type Scenario } from '@twin-onboarding/emulator';
import { WORLD_KEY } from '../../src/demo/demo-runtime';
import { Tab, type ConfigFile } from './tab';

/** The test's fake clock (vi.useFakeTimers hangs it on the faked setTimeout): its time and the timers it holds. */
function fakeClock(): { now: number; timers?: Map<number, { callAt: number }> } {
  const clock = (setTimeout as unknown as { clock?: ReturnType<typeof fakeClock> }).clock;
  if (!clock) throw new Error('The fake timers are off: open the app with openApp() first');
  return clock;
}

/** When the test's clock next has a timer due (Infinity when it holds none). */
function nextTimerAt(): number {
  return Math.min(...[...(fakeClock().timers?.values() ?? [])].map((timer) => timer.callAt));
}

/** Node's, never faked: the harness's own turn of the event loop. */
const realSetImmediate = (globalThis as unknown as { setImmediate: (callback: () => void) => void }).setImmediate;

// A page load evaluates the app's modules afresh: on a busy two-core machine that can take a few seconds.
configure({ asyncUtilTimeout: 10_000 });

export interface OpenOptions {
  /**
   * a scenario of packages/emulator/src/scenarios.ts, by name: the demo starts on it (`/?scenario=`); or a scenario
   * object (a named one, changed: `cloneScenario(SCENARIOS.x)`), whose world replaces that of its name before the
   * page loads again
   */
  scenario?: string | Scenario;
  /** changes the scenario's world before the first click, e.g. `(e) => (e.scenario.armExposeHeaders = 'none')` */
  world?: (emulator: Emulator) => void;
  /** the deployment's config.json; `{}` (demo mode, as shipped) unless given; null answers 404 */
  config?: ConfigFile;
  /** the address the tab opens; `/` by default */
  path?: string;
  /** console errors the test provokes on purpose; any other fails the test */
  allowedConsoleErrors?: RegExp[];
}

/**
 * The app in a tab, as a person uses it: find things by role and accessible name (`screen`), act with `user`.
 * Time is the test's: timers and `Date` are faked, and move with real time, or at once with `pass(ms)`, for the
 * app and the emulator's clock alike (so a 4 s Retry-After takes no 4 s). The emulator is the page's own: demo
 * mode keeps its world in sessionStorage across page loads, so read `emulator` afresh after a navigation.
 */
export class App {
  readonly tab: Tab;
  readonly user: UserEvent;
  /** console.error calls so far (the test fails on any not allowed when it ends) */
  readonly consoleErrors: string[] = [];

  constructor(tab: Tab) {
    this.tab = tab;
    this.user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  }

  /** The demo's runtime of the page on screen. */
  private get demo() {
    const started = this.tab.started;
    const demo = started.page === 'app' || started.page === 'demo-sign-in' ? started.demo : undefined;
    if (!demo) throw new Error(`No emulator on this page (${started.page}): the app is not in demo mode`);
    return demo;
  }

  /** The demo's emulator, as the page on screen holds it: its request log, clock, world and faults. */
  get emulator(): Emulator {
    return this.demo.emulator;
  }

  /** The emulator's log of one kind of request, e.g. ('POST', '/register'). */
  requests(method: string, pathPart: string): LoggedRequest[] {
    return this.emulator.requests.filter(
      (r) => r.method === method && r.path.toLowerCase().includes(pathPart.toLowerCase()),
    );
  }

  /**
   * The app is quiet: no page loading, no request to the emulator unanswered, and React has rendered what came back.
   * Found elements are stable then: a click lands on what is on screen, not on a node a re-render is replacing.
   */
  async quiet(): Promise<void> {
    for (let calm = 0; calm < 2;) {
      await this.tab.settled();
      // A turn of the event loop (not a timer, which the test's clock holds): React renders what came back.
      await new Promise<void>((resolve) => realSetImmediate(() => resolve()));
      if (nextTimerAt() <= fakeClock().now) {
        // Work that waits for no time at all (a `setTimeout(…, 0)`: TanStack Query's batched notifications, MSAL's
        // steps) runs now, instead of whenever the clock next moves with real time, which a busy machine delays.
        await vi.advanceTimersByTimeAsync(0);
        calm = 0;
      } else calm = this.tab.busy ? 0 : calm + 1;
    }
  }

  /**
   * Time passes for everyone (the app's timers, the emulator's clock); what falls due runs. The clock moves from one
   * due timer to the next, and only once the app is quiet again: what a timer started (a token, then a read) is
   * answered before later timers fire, however long that takes in real time, so a busy machine cannot make the
   * clock skip the next delay a read schedules when it is answered.
   */
  async pass(ms: number): Promise<void> {
    const clock = fakeClock();
    const end = clock.now + ms;
    for (;;) {
      await this.quiet();
      const due = Math.min(end, nextTimerAt());
      await vi.advanceTimersByTimeAsync(Math.max(0, due - clock.now));
      if (due >= end) break;
    }
    await this.quiet();
  }

  /**
   * The clock jumps `ms` ahead for everyone (a laptop waking from sleep): `Date` and the emulator's clock move on,
   * and timers already set fire once, when next due, instead of every time they would have in between.
   */
  async jump(ms: number): Promise<void> {
    vi.setSystemTime(Date.now() + ms);
    await this.pass(0);
  }

  /** The emulator's world changes (a test's doing); saved where the next page load finds it. */
  changeWorld(change: (emulator: Emulator) => void): void {
    change(this.demo.emulator);
    this.demo.save();
  }

  /** Back in the portal (not on the demo's sign-in page) with a step on screen; returns its level-1 heading. */
  async inPortal(): Promise<string> {
    return waitFor(() => {
      if (this.tab.started.page !== 'app') throw new Error(`on the ${this.tab.started.page} page`);
      return screen.getByRole('heading', { level: 1 }).textContent ?? '';
    });
  }

  /** The level-1 heading on screen, once there is one. */
  async heading(): Promise<string> {
    return (await screen.findByRole('heading', { level: 1 })).textContent ?? '';
  }

  /**
   * Until `find` returns something: checked now, then after each `stepMs` of time passing (what falls due runs),
   * up to `limitMs`. For what comes after the portal waits by design (retries, polling): no real time is spent.
   */
  async until<T>(find: () => T | null | undefined | false, { limitMs = 60_000, stepMs = 1_000 } = {}): Promise<T> {
    for (let waited = 0; ; waited += stepMs) {
      await this.quiet();
      const found = find();
      if (found) return found;
      if (waited >= limitMs) throw new Error(`Not there after ${limitMs} ms of waiting: ${find.toString()}`);
      await this.pass(stepMs);
    }
  }

  /** A status (role status) on screen whose text contains `text`, once there is one. */
  async findStatus(text: string): Promise<HTMLElement> {
    await this.quiet();
    return waitFor(() => {
      const status = screen.queryAllByRole('status').find((s) => s.textContent?.includes(text));
      if (!status) throw new Error(`no status saying "${text}"`);
      return status;
    });
  }

  /** The problem card (role alert) whose text contains `text`, once there is one. */
  async findCard(text: string): Promise<HTMLElement> {
    await this.quiet();
    return waitFor(() => {
      const card = screen.queryAllByRole('alert').find((a) => a.textContent?.includes(text));
      if (!card) throw new Error(`no card saying "${text}"`);
      return card;
    });
  }

  /** A note (role note) on screen whose text contains `text`, once there is one. */
  async findNote(text: string): Promise<HTMLElement> {
    await this.quiet();
    return waitFor(() => {
      const note = screen.queryAllByRole('note').find((n) => n.textContent?.includes(text));
      if (!note) throw new Error(`no note saying "${text}"`);
      return note;
    });
  }

  /** The ids under a card's "Details for support", as label → value (the details opened first). */
  async cardIds(card: HTMLElement): Promise<Record<string, string>> {
    await this.user.click(within(card).getByText('Details for support'));
    return Object.fromEntries(
      [...card.querySelectorAll('dl.ids > div')].map((d) => [
        d.querySelector('dt')?.textContent ?? '',
        d.querySelector('dd')?.textContent ?? '',
      ]),
    );
  }

  /** On the verify step: "Continue to Microsoft to grant access", pick the person if asked, then answer. */
  async answerDigitalTwinsConsent(person: string, answer: 'Accept' | 'Cancel' = 'Accept'): Promise<void> {
    await this.user.click(await screen.findByRole('button', { name: 'Continue to Microsoft to grant access' }));
    const first = await waitFor(() => {
      const button =
        screen.queryByRole('button', { name: `Sign in as ${person}` }) ??
        screen.queryByRole('button', { name: answer });
      if (!button) throw new Error('not on the sign-in page yet');
      return button;
    });
    if (first.textContent !== answer) await this.user.click(first);
    await this.user.click(await screen.findByRole('button', { name: answer }));
    await this.inPortal();
  }

  /**
   * Sign in through the demo's sign-in page: pick the person, then accept (or decline) the permissions if asked.
   * Ends back in the portal (its step counter).
   */
  async signIn(person: string, { consent = 'accept' }: { consent?: 'accept' | 'decline' } = {}): Promise<void> {
    await this.user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await this.user.click(await screen.findByRole('button', { name: `Sign in as ${person}` }));
    const next = await waitFor(() => {
      const accept = screen.queryByRole('button', { name: 'Accept' });
      if (accept) return { accept };
      if (screen.queryByText(/^Step \d of \d$/)) return { accept: null };
      throw new Error('neither the consent page nor the portal yet');
    });
    if (next.accept)
      await this.user.click(screen.getByRole('button', { name: consent === 'accept' ? 'Accept' : 'Cancel' }));
    await screen.findByText(/^Step \d of \d$/);
  }

  /**
   * Until nothing on screen is loading: time passes in steps of a second, as long as something says it is
   * loading (retries wait seconds by design), up to `limitMs`. Fails if it never ends.
   */
  async idle(limitMs = 60_000): Promise<void> {
    await this.quiet();
    for (let waited = 0; document.querySelector('.loading'); waited += 1_000) {
      if (waited >= limitMs)
        throw new Error(`Still loading after ${limitMs} ms: ${document.querySelector('.loading')?.textContent}`);
      await this.pass(1_000);
    }
  }
}

/**
 * Opens the app in a new tab on `options.scenario` (demo mode) or on the deployment `options.config` describes.
 * The tab, the fake timers and the console check end with the test.
 */
export async function openApp(options: OpenOptions = {}): Promise<App> {
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  const tab = new Tab(options.config === undefined ? {} : options.config);
  const app = new App(tab);
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!options.allowedConsoleErrors?.some((pattern) => pattern.test(text))) app.consoleErrors.push(text);
  });
  onTestFinished(async () => {
    await tab.dispose();
    error.mockRestore();
    vi.useRealTimers();
    expect(app.consoleErrors, 'console errors').toEqual([]);
  });
  const path = options.path ?? '/';
  const scenario = options.scenario;
  const name = typeof scenario === 'object' ? scenario.name : scenario;
  await tab.goto(name ? `${path}${path.includes('?') ? '&' : '?'}scenario=${encodeURIComponent(name)}` : path);
  if (typeof scenario === 'object') {
    // The changed scenario's world, for the same app registration, where the demo keeps its world; then a reload.
    sessionStorage.setItem(WORLD_KEY, JSON.stringify(Emulator.create({ scenario, app: app.emulator.app }).toJSON()));
    await tab.goto(path);
  }
  if (options.world) app.changeWorld(options.world);
  return app;
}
