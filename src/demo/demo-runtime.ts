import {
  NavigationClient,
  type INetworkModule,
  type NavigationOptions,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import type { AuthTransports } from '../auth/msal';
import type { DemoHandle } from '../runtime/runtime';
import { ARM_RESOURCE, DIGITAL_TWINS_RESOURCE, Emulator, SCENARIOS, type EmulatorState } from './emulator';
import { DEMO_APP, DIGITAL_TWINS_NAMESPACE } from '../config/schema';
import type { DigitalTwinsSettings, EmuRequest, EmuResponse } from './emulator/types';
import { DEFAULT_SPEED, parseSpeed, registrationDelay, type SpeedId } from './speed';
import { NOTES_OPEN_KEY } from './presenter-notes';
import { scenarioRequest, unknownScenarioNotice } from './scenario-request';
import { decodeClaims } from './emulator/tokens';
import { exchangeRecord } from '../exchanges/record';
import type { DirectoryFeed } from '../exchanges/directory';
import { directorySnapshot } from './directory-snapshot';
import { i18n } from '../i18n/i18n';
import { readableHeaders } from './browser-cors';

export { DemoSignInPage } from './DemoSignInPage';
export { DemoProblemsPage } from './DemoProblemsPage';

/** Where a tab keeps its emulated world (the integration tests put a changed scenario's world there). */
export const WORLD_KEY = 'twin-onboarding.demo.world';
const AUTHORIZE_KEY = 'twin-onboarding.demo.authorize';
const SPEED_KEY = 'twin-onboarding.demo.speed';
export const SIGN_IN_PATH = '/demo/sign-in';
const DEFAULT_SCENARIO = 'happy';
const ENTRA_HOST = 'login.microsoftonline.com';

export interface DemoRuntime {
  emulator: Emulator;
  /** the configuration as the running scenario's world has it (its `digitalTwins` settings) */
  config: AppConfig;
  transports: AuthTransports;
  fetch: typeof fetch;
  handle: DemoHandle;
  /** the authorize request the demo sign-in page is answering */
  pendingAuthorizeUrl(): string | null;
  /** leave the sign-in page for the app (or an error redirect), keeping the emulated world */
  leaveSignIn(location: string): void;
  save(): void;
}

export function isDemoSignInPage(): boolean {
  return window.location.pathname === SIGN_IN_PATH;
}

/** The catalogue of problem cards (demo only). */
export const PROBLEMS_PATH = '/demo/problems';

export function isDemoProblemsPage(): boolean {
  return window.location.pathname === PROBLEMS_PATH;
}

/** `requested` is a known scenario name (see scenarioRequest), or null to resume the tab's world. */
function restoreOrCreate(config: AppConfig, requested: string | null): Emulator {
  // Registered as docs/configuration.md asks of a real deployment: the SPA redirect URI, ARM and Digital Twins permissions.
  const app = {
    clientId: config.clientId,
    displayName: config.appName,
    // The made-up product has a made-up publisher; a deployment's own product is shown without one.
    ...(config.appName === DEMO_APP.name ? { publisher: DEMO_APP.publisher } : {}),
    spaRedirectUris: [config.redirectUri],
    webRedirectUris: [],
    apiPermissions: [ARM_RESOURCE, DIGITAL_TWINS_RESOURCE],
    idTokenOptionalClaims: ['login_hint'],
  };
  const saved = sessionStorage.getItem(WORLD_KEY);
  if (saved && !requested) {
    try {
      return Emulator.restore(JSON.parse(saved) as EmulatorState);
    } catch {
      // A world saved by an older build: start a fresh one.
    }
  }
  return Emulator.create({ scenario: requested ?? DEFAULT_SCENARIO, app });
}

/** Forget everything of the session but the demo choice and the presenter's settings, so a new world starts clean. */
function clearSession(): void {
  const keep = new Set(['twin-onboarding.mode', SPEED_KEY, NOTES_OPEN_KEY]);
  for (const key of Object.keys(sessionStorage)) if (!keep.has(key)) sessionStorage.removeItem(key);
  // Also in memory: a write still pending when the page goes must not bring the old world's exchanges back.
  exchangeRecord.clear();
}

/** The answer as the page's script would see it: only the headers a browser lets it read (browser-cors.ts). */
function toResponse(res: EmuResponse): Response {
  const nullBody = res.status === 204 || res.status === 304;
  return new Response(nullBody ? null : res.body, { status: res.status, headers: readableHeaders(res.headers) });
}

/** Demo only: the claims of the access token a token answer carries (the record keeps aud, tid, scp, exp). */
function issuedAccessTokenClaims(request: EmuRequest, response: EmuResponse): Record<string, unknown> | undefined {
  if (response.status !== 200 || !request.url.includes('/oauth2/v2.0/token')) return undefined;
  try {
    const token = (JSON.parse(response.body) as { access_token?: unknown }).access_token;
    return typeof token === 'string' ? decodeClaims(token) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The demo world carries the app's Digital Twins settings (a scenario is a developer's app as much as a customer's
 * directory): they replace the configured ones, and Microsoft.DigitalTwins becomes the namespace to register. A world
 * without them runs the 2018 flow, whatever config.json says. Every hosting variant passes through as the world has it
 * (`hosting: 'developer'` with its host and directory too): the portal's config schema is what validates them.
 */
export function withScenarioSettings(config: AppConfig, digitalTwins: DigitalTwinsSettings | undefined): AppConfig {
  if (!digitalTwins) return { ...config, digitalTwins: undefined };
  // The config's type names the variants the portal handles; the world's settings are the same shape.
  const settings = { ...digitalTwins } as AppConfig['digitalTwins'];
  return { ...config, digitalTwins: settings, providerNamespace: DIGITAL_TWINS_NAMESPACE };
}

/** Starts (or resumes) the emulated world for this tab and builds the transports MSAL and the ARM client use. */
export function startDemo(config: AppConfig): DemoRuntime {
  const params = new URLSearchParams(window.location.search);
  const request = scenarioRequest(window.location.search);
  const linkedSpeed = parseSpeed(params.get('speed'));
  // A link naming no scenario changes nothing in the tab, its speed included.
  if (linkedSpeed && request.kind !== 'unknown') sessionStorage.setItem(SPEED_KEY, linkedSpeed);
  if (request.kind !== 'none' || params.has('speed')) {
    // Consumed: a reload must resume this world, not start another.
    params.delete('scenario');
    params.delete('speed');
    const query = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
  }
  // Only a scenario that exists starts over; a mistyped name must not throw away the tab's work.
  if (request.kind === 'known') clearSession();
  const emulator = restoreOrCreate(config, request.kind === 'known' ? request.name : null);
  // The configuration this world runs with: its Digital Twins settings, and so the namespace the picture shows.
  const runConfig = withScenarioSettings(config, emulator.scenario.digitalTwins);
  const save = () => sessionStorage.setItem(WORLD_KEY, JSON.stringify(emulator.toJSON()));
  let speed: SpeedId = parseSpeed(sessionStorage.getItem(SPEED_KEY)) ?? DEFAULT_SPEED;
  const applySpeed = () => emulator.setRegistrationDelay(registrationDelay(emulator.scenario, speed));
  applySpeed();
  save();

  const directoryListeners = new Set<() => void>();
  let directoryCache: { version: number; locale: string; value: ReturnType<DirectoryFeed['snapshot']> } | undefined;
  let directoryVersion = 0;
  let directoryNotice: ReturnType<typeof setTimeout> | undefined;
  // A burst of requests (paging, polling) redraws the picture once, after the burst.
  const directoryChanged = () => {
    directoryNotice ??= setTimeout(() => {
      directoryNotice = undefined;
      directoryVersion++;
      directoryListeners.forEach((listener) => listener());
    }, 50);
  };
  const directory: DirectoryFeed = {
    snapshot() {
      // A change of language is a new picture too (its words are in the page's language).
      if (directoryCache?.version !== directoryVersion || directoryCache.locale !== i18n.locale) {
        emulator.world(); // settles work whose time has come, as the next request would
        directoryCache = {
          version: directoryVersion,
          locale: i18n.locale,
          value: directorySnapshot(emulator.toJSON(), emulator.clock.now(), runConfig.providerNamespace, i18n),
        };
      }
      return directoryCache.value;
    },
    subscribe(listener) {
      directoryListeners.add(listener);
      return () => directoryListeners.delete(listener);
    },
  };

  const origin = window.location.origin;
  // Every request the emulator serves goes on the record of exchanges (redacted there), at the virtual time.
  const handle = async (request: EmuRequest): Promise<EmuResponse> => {
    const at = emulator.clock.now();
    const start = performance.now();
    const response = await emulator.handle({ ...request, headers: { origin, ...request.headers } });
    save();
    exchangeRecord.add({
      at,
      durationMs: performance.now() - start,
      method: request.method,
      url: request.url,
      status: response.status,
      requestHeaders: request.headers,
      requestBody: request.body,
      responseHeaders: response.headers,
      responseBody: response.body,
      claims: issuedAccessTokenClaims(request, response),
    });
    directoryChanged();
    return response;
  };

  const networkClient: INetworkModule = {
    async sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      const res = await handle({ method: 'GET', url, headers: options?.headers ?? {} });
      return { status: res.status, headers: res.headers, body: JSON.parse(res.body) as T };
    },
    async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      const res = await handle({ method: 'POST', url, headers: options?.headers ?? {}, body: options?.body ?? '' });
      return { status: res.status, headers: res.headers, body: JSON.parse(res.body) as T };
    },
  };

  // Sign-in and sign-out pages are Entra's in live mode; in the demo they are the app's own emulated page.
  class DemoNavigationClient extends NavigationClient {
    override navigateExternal(url: string, options: NavigationOptions): Promise<boolean> {
      const target = new URL(url);
      if (target.host === ENTRA_HOST && target.pathname.endsWith('/oauth2/v2.0/authorize')) {
        sessionStorage.setItem(AUTHORIZE_KEY, url);
        return super.navigateExternal(origin + SIGN_IN_PATH, options);
      }
      if (target.host === ENTRA_HOST && target.pathname.endsWith('/oauth2/v2.0/logout')) {
        // Where Entra sends the browser: the registered post-logout address, else (its own page) the portal's start.
        return handle({ method: 'GET', url }).then((res) =>
          super.navigateExternal(
            res.status === 302 && res.headers.location ? res.headers.location : `${origin}/`,
            options,
          ),
        );
      }
      return super.navigateExternal(url, options);
    }
  }

  const demoFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason;
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return toResponse(await handle({ method: request.method, url: request.url, headers, body }));
  };

  const restart = (scenario: string) => {
    clearSession();
    window.location.assign(`${origin}/?scenario=${encodeURIComponent(scenario)}`);
  };

  const demoHandle: DemoHandle = {
    scenario: emulator.scenario.name,
    scenarios: Object.values(SCENARIOS).map((s) => ({
      name: s.name,
      title: s.title,
      description: s.description,
      fixedTiming: s.fixedTiming === true,
    })),
    get speed() {
      return speed;
    },
    setSpeed(id) {
      speed = parseSpeed(id) ?? speed;
      sessionStorage.setItem(SPEED_KEY, speed);
      applySpeed();
      save();
    },
    switchScenario: restart,
    reset: () => restart(emulator.scenario.name),
    fastForward(ms) {
      emulator.clock.advance(ms);
      save();
      directoryChanged();
    },
    directory,
  };
  // Only where the customer's directory holds the instance: in the developer's there is nothing to create here.
  if (emulator.scenario.digitalTwins?.hosting === 'customer') {
    demoHandle.createDigitalTwinsInstance = () => {
      // In the first enabled subscription, under the name the scenarios use; a second one gets a number.
      const world = emulator.world();
      const subscription = world.subscriptions.find((s) => s.state === 'Enabled');
      if (!subscription) return undefined;
      const taken = new Set((world.digitalTwinsInstances ?? []).map((i) => i.name));
      let name = 'contoso-twins';
      for (let n = 2; taken.has(name); n++) name = `contoso-twins-${n}`;
      emulator.createDigitalTwinsInstance({
        subscriptionId: subscription.id,
        resourceGroup: 'rg-twins',
        name,
        location: 'westeurope',
      });
      save();
      directoryChanged();
      return name;
    };
  }
  if (request.kind === 'unknown') {
    const unknown = request.name;
    // Read when the page renders, so it speaks the language of the moment.
    Object.defineProperty(demoHandle, 'notice', { enumerable: true, get: () => unknownScenarioNotice(i18n, unknown) });
  }

  return {
    emulator,
    config: runConfig,
    transports: { networkClient, navigationClient: new DemoNavigationClient() },
    fetch: demoFetch,
    save,
    pendingAuthorizeUrl: () => sessionStorage.getItem(AUTHORIZE_KEY),
    leaveSignIn(location) {
      // Microsoft's page, as the emulator served it: the request that opened it and where it sent the browser back
      // (the code in that address is redacted on the way in). It took as long as the person spent on the page.
      const authorizeUrl = sessionStorage.getItem(AUTHORIZE_KEY);
      if (authorizeUrl) {
        const onPage = performance.now();
        exchangeRecord.add({
          at: emulator.clock.now() - onPage,
          durationMs: onPage,
          method: 'GET',
          url: authorizeUrl,
          status: 302,
          responseHeaders: { location },
        });
      }
      save();
      sessionStorage.removeItem(AUTHORIZE_KEY);
      window.location.assign(location);
    },
    handle: demoHandle,
  };
}
