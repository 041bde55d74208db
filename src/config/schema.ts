/**
 * Runtime configuration: the keys of /config.json (docs/architecture.md, "Runtime configuration"). The names are a
 * contract with deployments and tests. Validated once at start-up; every problem names key, value and the
 * expected form so a bad file never ends in a blank page.
 */

import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { i18n } from '../i18n/i18n';
import { placeholderProblem, sampleReturnUrl } from './return-url';
import { checkCloudPair, KNOWN_CLOUDS } from './clouds';

export type Mode = 'live' | 'demo';

export interface AppConfig {
  mode: Mode;
  /** demo was chosen on a deployment that has a live app registration: offer the way back */
  canGoLive: boolean;
  /** The developer's app registration; in demo mode the emulator's own demo app. */
  clientId: string;
  authority: string;
  redirectUri: string;
  armEndpoint: string;
  providerNamespace: string;
  digitalTwinsScope: string;
  /** The developer's product, the app the admin consents to. Required in live mode. */
  appName: string;
  /** Same-origin path of the product's logo, shown in the header. */
  logoUrl: string | undefined;
  /** Hex colour of primary buttons; white text on it meets 4.5:1. */
  accentColor: string | undefined;
  /** mailto: or https: URL shown on every problem card and in the report. */
  supportContact: string | undefined;
  /** a template: `{tenantId}` and `{subscriptionId}` are filled in on "Continue" (./return-url.ts); live mode only */
  returnUrl: string | undefined;
  /** Origins besides our own that `returnUrl` may point to. */
  allowedReturnOrigins: string[];
  /** Today's Azure Digital Twins: where the instance lives and who calls it (absent: the 2018 flow, unchanged). */
  digitalTwins: DigitalTwinsConfig | undefined;
}

/**
 * `hosting: "customer"`: the instance is in the customer's own directory. `caller`: who calls the data plane, the
 * app's signed-in users (delegated) or the app itself (app-only). `dataRole`: what the app needs; required, so an app
 * that writes never gets a green light for a read-only role.
 * `hosting: "developer"`: the instance is in the developer's directory (`tenantId`, its host `hostName`) and the
 * customer's people use it as B2B guests there; nothing is registered in the customer's directory.
 */
export type DigitalTwinsConfig =
  | { hosting: 'customer'; caller: 'users' | 'app'; dataRole: 'owner' | 'reader' }
  | { hosting: 'developer'; hostName: string; tenantId: string; dataRole: 'owner' | 'reader' };

export type CustomerTwinsConfig = Extract<DigitalTwinsConfig, { hosting: 'customer' }>;
/** Who calls the data plane when the instance is in the customer's directory. */
export type TwinsCaller = CustomerTwinsConfig['caller'];

/** The namespace of today's Azure Digital Twins; with `digitalTwins` it is the one to register. */
export const DIGITAL_TWINS_NAMESPACE = 'Microsoft.DigitalTwins';

export interface ConfigProblem {
  key: string;
  value: unknown;
  /** the form expected, in the language spoken when it is read (config.json may be checked before it is chosen) */
  readonly expected: string;
}

/**
 * A problem of config.json. The configuration is validated while the page's language may still be loading, so
 * `expected` is put into words each time it is read, in the language spoken then (the error page's).
 */
export function configProblem(key: string, value: unknown, expected: MessageDescriptor): ConfigProblem {
  return {
    key,
    value,
    get expected() {
      return i18n._(expected);
    },
  };
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

export const DEFAULTS = {
  authority: 'https://login.microsoftonline.com/organizations',
  armEndpoint: 'https://management.azure.com',
  providerNamespace: 'Microsoft.IoTSpaces',
  digitalTwinsScope: 'https://digitaltwins.azure.net/.default',
} as const;

/**
 * The app the demo's admin consents to: a made-up product of a made-up developer, because the app is always
 * the developer's product, never Microsoft's service. Live mode has no default: `appName` is required there.
 */
export const DEMO_APP = { name: 'Proseware Twin Studio', publisher: 'Proseware, Inc.' } as const;

/** The app id the emulator registers for demo mode; never valid in a real directory. */
export const DEMO_CLIENT_ID = '00000000-0000-4000-8000-0000000000de';

const KNOWN_KEYS = [
  'clientId',
  'authority',
  'redirectUri',
  'armEndpoint',
  'providerNamespace',
  'digitalTwinsScope',
  'appName',
  'logoUrl',
  'accentColor',
  'supportContact',
  'returnUrl',
  'allowedReturnOrigins',
  'allowCustomCloud',
  'digitalTwins',
] as const;

const DIGITAL_TWINS_KEYS = ['hosting', 'caller', 'dataRole', 'hostName', 'tenantId'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

function isLocalhost(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}

function parseUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Parts an endpoint URL must not have: credentials (they would travel with every request and be shown on this
 * page), a query string or a fragment (MSAL and the ARM client append paths and parameters of their own). Read
 * from the raw text too, because `new URL` drops an empty `?`, `#` or `@`.
 */
type UrlExtra = 'credentials' | 'query' | 'fragment';

function urlExtras(raw: string, url: URL): UrlExtra | undefined {
  if (url.username !== '' || url.password !== '' || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(raw)) return 'credentials';
  if (raw.includes('?')) return 'query';
  if (raw.includes('#')) return 'fragment';
  return undefined;
}

/** The value as the error page may show it: a password is never displayed. */
function withoutPassword(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#:@]*):[^/?#@]*@/i, '$1:***@');
}

/** Strips one trailing slash so endpoints can be joined with paths that start with '/'. */
function trimSlash(value: string): string {
  return value.endsWith('/') ? value.slice(0, -1) : value;
}

/**
 * A path on this site: one leading slash (not `//`, which is another host), no scheme, no backslash (browsers
 * read it as a slash), no `.`/`..` segments even percent-encoded, nothing that leaves the page's origin.
 */
function isSameOriginPath(value: string, origin: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  if (/[\\\s\p{Cc}]/u.test(value) || value.length > 2000) return false;
  const path = value.split(/[?#]/, 1)[0]!;
  let segments: string[];
  try {
    segments = path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return false;
  }
  if (segments.some((segment) => segment === '.' || segment === '..' || /[\\/]/.test(segment))) return false;
  try {
    return new URL(value, origin).origin === origin;
  } catch {
    return false;
  }
}

/** mailto: with one address, or an https URL without credentials. */
function isSupportContact(value: string): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol === 'mailto:') return /^[^@\s/?#,;]+@[^@\s/?#,;]+\.[^@\s/?#,;]+$/.test(decodeSafe(url.pathname));
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** WCAG 2.2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb` as [r, g, b] (0–255). */
export function parseHexColor(value: string): [number, number, number] | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  const parts = short ? short.slice(1).map((h) => h + h) : long?.slice(1);
  if (!parts) return undefined;
  return parts.map((h) => parseInt(h, 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Rounded down, so a colour just below the bar never reads as "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}

/**
 * Validates the raw JSON of config.json (already parsed) merged over build-time seeds.
 * `origin` is the page's origin, used for defaults and same-origin checks.
 */
export function parseConfig(raw: unknown, origin: string, options: { forceDemo?: boolean } = {}): ConfigResult {
  const problems: ConfigProblem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const example = '{"clientId": "…"}';
    return {
      ok: false,
      problems: [
        configProblem(
          '(file)',
          raw,
          msg({ message: `a JSON object such as ${example}`, comment: '{example} is JSON' }),
        ),
      ],
    };
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      const keys = KNOWN_KEYS.join(', ');
      problems.push(configProblem(key, input[key], msg`one of the known keys: ${keys}`));
    }
  }

  const str = (key: string): string | undefined => {
    const value = input[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      problems.push(configProblem(key, value, msg`a string`));
      return undefined;
    }
    return value.trim();
  };

  const clientId = str('clientId');
  if (clientId !== undefined && !GUID.test(clientId)) {
    problems.push(
      configProblem('clientId', clientId, msg`the application (client) ID of the app registration, a GUID`),
    );
  }

  const authority = str('authority') ?? DEFAULTS.authority;
  const authorityUrl = parseUrl(authority);
  const authorityExtras = authorityUrl && urlExtras(authority, authorityUrl);
  if (authorityExtras) {
    const expected = {
      credentials: msg`an https URL with one tenant segment and without a user name or password, e.g. https://login.microsoftonline.com/organizations`,
      query: msg`an https URL with one tenant segment and without a query string, e.g. https://login.microsoftonline.com/organizations`,
      fragment: msg`an https URL with one tenant segment and without a fragment, e.g. https://login.microsoftonline.com/organizations`,
    }[authorityExtras];
    problems.push(configProblem('authority', withoutPassword(authority), expected));
  } else if (
    !authorityUrl ||
    authorityUrl.protocol !== 'https:' ||
    authorityUrl.pathname.split('/').filter(Boolean).length !== 1
  ) {
    problems.push(
      configProblem(
        'authority',
        authority,
        msg`an https URL with one tenant segment, e.g. https://login.microsoftonline.com/organizations`,
      ),
    );
  }

  const redirectUri = str('redirectUri') ?? `${origin}/`;
  const redirectUrl = parseUrl(redirectUri);
  if (
    !redirectUrl ||
    (redirectUrl.protocol !== 'https:' && !isLocalhost(redirectUrl)) ||
    redirectUrl.origin !== origin
  ) {
    problems.push(
      configProblem(
        'redirectUri',
        redirectUri,
        msg`an https URL on this site (${origin}), registered on the app as a single-page application redirect URI`,
      ),
    );
  }

  const armEndpoint = trimSlash(str('armEndpoint') ?? DEFAULTS.armEndpoint);
  const armUrl = parseUrl(armEndpoint);
  const armExtras = armUrl && urlExtras(armEndpoint, armUrl);
  if (armExtras) {
    const expected = {
      credentials: msg`an https origin without a user name or password, such as https://management.azure.com`,
      query: msg`an https origin without a query string, such as https://management.azure.com`,
      fragment: msg`an https origin without a fragment, such as https://management.azure.com`,
    }[armExtras];
    problems.push(configProblem('armEndpoint', withoutPassword(armEndpoint), expected));
  } else if (!armUrl || armUrl.protocol !== 'https:' || armUrl.pathname !== '/') {
    problems.push(configProblem('armEndpoint', armEndpoint, msg`an https origin such as https://management.azure.com`));
  }

  // Only the clouds the portal knows, unless the operator says otherwise: a look-alike host is refused here, not
  // left to the Content-Security-Policy.
  const allowCustomCloud = input.allowCustomCloud;
  if (allowCustomCloud !== undefined && typeof allowCustomCloud !== 'boolean') {
    problems.push(
      configProblem(
        'allowCustomCloud',
        allowCustomCloud,
        msg`true or false (true lets authority and armEndpoint name a cloud this portal does not know)`,
      ),
    );
  }
  if (
    allowCustomCloud !== true &&
    authorityUrl &&
    armUrl &&
    !problems.some((p) => p.key === 'authority' || p.key === 'armEndpoint')
  ) {
    const pair = checkCloudPair(authorityUrl, armUrl);
    const escape = '"allowCustomCloud": true';
    if (pair.kind === 'unknown-authority') {
      const hosts = KNOWN_CLOUDS.flatMap((c) => c.loginHosts).join(', ');
      problems.push(
        configProblem(
          'authority',
          authority,
          msg({
            message: `a sign-in host of a cloud this portal knows (${hosts}), or ${escape} in config.json for another cloud`,
            comment: '{escape} is config.json text, kept as written',
          }),
        ),
      );
    } else if (pair.kind === 'other-arm') {
      const expected = `https://${pair.cloud.armHost}`;
      const cloud = pair.cloud.name;
      problems.push(
        configProblem(
          'armEndpoint',
          armEndpoint,
          msg({
            message: `${expected}, the Azure Resource Manager of ${cloud}, the cloud of authority; or ${escape} in config.json for another pairing`,
            comment: '{cloud} is the name of an Azure cloud; {escape} is config.json text, kept as written',
          }),
        ),
      );
    }
  }

  const digitalTwins = parseDigitalTwins(input.digitalTwins, problems);
  const configuredNamespace = str('providerNamespace');
  const providerNamespace =
    configuredNamespace ?? (input.digitalTwins !== undefined ? DIGITAL_TWINS_NAMESPACE : DEFAULTS.providerNamespace);
  if (
    input.digitalTwins !== undefined &&
    configuredNamespace !== undefined &&
    configuredNamespace.toLowerCase() !== DIGITAL_TWINS_NAMESPACE.toLowerCase()
  ) {
    problems.push(
      configProblem(
        'providerNamespace',
        configuredNamespace,
        msg`Microsoft.DigitalTwins (or no value) when "digitalTwins" is set: today's Azure Digital Twins registers that namespace`,
      ),
    );
  } else if (!NAMESPACE.test(providerNamespace)) {
    problems.push(
      configProblem(
        'providerNamespace',
        providerNamespace,
        msg`a resource provider namespace such as Microsoft.DigitalTwins`,
      ),
    );
  }

  const digitalTwinsScope = str('digitalTwinsScope') ?? DEFAULTS.digitalTwinsScope;
  const scopeUrl = parseUrl(digitalTwinsScope);
  if (!scopeUrl || scopeUrl.protocol !== 'https:' || scopeUrl.pathname.length < 2) {
    problems.push(
      configProblem(
        'digitalTwinsScope',
        digitalTwinsScope,
        msg`a scope such as https://digitaltwins.azure.net/.default`,
      ),
    );
  }

  const configuredAppName = str('appName');
  if (configuredAppName === undefined && clientId !== undefined && !problems.some((p) => p.key === 'appName')) {
    problems.push(
      configProblem(
        'appName',
        undefined,
        msg`the name of your product, as your customers know it (required with a clientId: the admin consents to your app)`,
      ),
    );
  }
  const appName = configuredAppName ?? DEMO_APP.name;
  if (appName.length > 80) {
    problems.push(configProblem('appName', appName, msg`a product name of at most 80 characters`));
  }

  const logoUrl = str('logoUrl');
  if (logoUrl !== undefined && !isSameOriginPath(logoUrl, origin)) {
    problems.push(
      configProblem(
        'logoUrl',
        logoUrl,
        msg`a path on this site such as /branding/logo.svg (the Content-Security-Policy allows images from this site only)`,
      ),
    );
  }

  const accentColor = str('accentColor');
  if (accentColor !== undefined) {
    const rgb = parseHexColor(accentColor);
    if (!rgb) {
      problems.push(configProblem('accentColor', accentColor, msg`a hex colour such as #0f6cbd or #36c`));
    } else {
      const ratio = contrastRatio(rgb, [255, 255, 255]);
      if (ratio < MIN_CONTRAST) {
        const found = formatRatio(ratio);
        const needed = `${MIN_CONTRAST}:1`;
        problems.push(
          configProblem(
            'accentColor',
            accentColor,
            msg`a darker colour: white text on it has a contrast of ${found}, needs ${needed} (WCAG 2.2 AA)`,
          ),
        );
      }
    }
  }

  const supportContact = str('supportContact');
  if (supportContact !== undefined && !isSupportContact(supportContact)) {
    problems.push(
      configProblem(
        'supportContact',
        supportContact,
        msg`a mailto: address or an https URL, such as mailto:support@example.com or https://example.com/support`,
      ),
    );
  }

  let allowedReturnOrigins: string[] = [];
  const rawOrigins = input.allowedReturnOrigins;
  if (rawOrigins !== undefined) {
    // https only (plain http just for local development): a report link must not travel in the clear.
    const secureOrigin = (o: unknown) => {
      const url = parseUrl(o);
      return url !== undefined && url.origin === o && (url.protocol === 'https:' || isLocalhost(url));
    };
    if (!Array.isArray(rawOrigins) || !rawOrigins.every(secureOrigin)) {
      problems.push(
        configProblem(
          'allowedReturnOrigins',
          rawOrigins,
          msg`a list of https origins such as ["https://app.example.com"]`,
        ),
      );
    } else {
      allowedReturnOrigins = rawOrigins as string[];
    }
  }

  const returnUrl = str('returnUrl');
  if (returnUrl !== undefined) {
    // Placeholders first, then the URL as it will be once they are filled in.
    const url = placeholderProblem(returnUrl) === undefined ? parseUrl(sampleReturnUrl(returnUrl)) : undefined;
    const allowed =
      url &&
      (url.origin === origin || allowedReturnOrigins.includes(url.origin)) &&
      (url.protocol === 'https:' || isLocalhost(url));
    if (!allowed) {
      const [tenantId, subscriptionId] = ['{tenantId}', '{subscriptionId}'];
      const expected = msg({
        message: `an https URL on this site or on an origin listed in allowedReturnOrigins; ${tenantId} and ${subscriptionId} may stand in its path, query or fragment`,
        comment:
          'allowedReturnOrigins is a config.json key; {tenantId} and {subscriptionId} are the placeholders as written in the URL',
      });
      problems.push(configProblem('returnUrl', returnUrl, expected));
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  const mode: Mode = clientId && !options.forceDemo ? 'live' : 'demo';
  return {
    ok: true,
    config: {
      mode,
      canGoLive: mode === 'demo' && clientId !== undefined,
      clientId: mode === 'live' && clientId ? clientId : DEMO_CLIENT_ID,
      // The emulator answers for the public cloud's hosts only, so demo mode always uses them.
      authority: mode === 'live' ? trimSlash(authority) : DEFAULTS.authority,
      redirectUri,
      armEndpoint: mode === 'live' ? armEndpoint : DEFAULTS.armEndpoint,
      providerNamespace,
      digitalTwinsScope,
      appName,
      logoUrl,
      accentColor: accentColor?.toLowerCase(),
      supportContact,
      // A demo's directory and subscription are made up: handed to the developer's real app, they would pass for a
      // customer that is ready. So a demo run never hands off, whatever the deployment configured.
      returnUrl: mode === 'live' ? returnUrl : undefined,
      allowedReturnOrigins,
      digitalTwins,
    },
  };
}

/**
 * The `digitalTwins` key: each bad value is named with its own key path (`digitalTwins.caller`, …), so the error
 * page says exactly what to fix. Absent: undefined, and nothing of the 2018 flow changes.
 */
function parseDigitalTwins(raw: unknown, problems: ConfigProblem[]): DigitalTwinsConfig | undefined {
  if (raw === undefined) return undefined;
  const example = '{"hosting": "customer", "caller": "users", "dataRole": "owner"}';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(
      configProblem(
        'digitalTwins',
        raw,
        msg({ message: `an object such as ${example}`, comment: '{example} is JSON' }),
      ),
    );
    return undefined;
  }
  const input = raw as Record<string, unknown>;
  const before = problems.length;
  for (const key of Object.keys(input)) {
    if (!(DIGITAL_TWINS_KEYS as readonly string[]).includes(key)) {
      const keys = DIGITAL_TWINS_KEYS.join(', ');
      problems.push(configProblem(`digitalTwins.${key}`, input[key], msg`one of the known keys: ${keys}`));
    }
  }
  const developer = input.hosting === 'developer';
  if (!developer && input.hosting !== 'customer') {
    problems.push(
      configProblem(
        'digitalTwins.hosting',
        input.hosting,
        msg`"customer" (the instance is in the customer's directory) or "developer" (in yours)`,
      ),
    );
  }
  // The developer's directory: where its token comes from, and the host that token is for; `caller` means nothing there.
  const { tenantId, hostName } = input;
  if (developer && !(typeof tenantId === 'string' && GUID.test(tenantId)))
    problems.push(configProblem('digitalTwins.tenantId', tenantId, msg`the instance's tenant ID, a GUID`));
  if (
    developer &&
    !(typeof hostName === 'string' && /^[a-z\d-]+(\.[a-z\d-]+)*\.digitaltwins\.azure\.net$/i.test(hostName))
  )
    problems.push(configProblem('digitalTwins.hostName', hostName, msg`a host name ending in .digitaltwins.azure.net`));
  if (!developer && input.caller !== 'users' && input.caller !== 'app') {
    problems.push(
      configProblem(
        'digitalTwins.caller',
        input.caller,
        msg`"users" (the app calls Digital Twins as its signed-in users) or "app" (as itself)`,
      ),
    );
  }
  if (input.dataRole !== 'owner' && input.dataRole !== 'reader') {
    problems.push(
      configProblem(
        'digitalTwins.dataRole',
        input.dataRole,
        msg`"owner" (the app writes) or "reader" (it only reads); required, no default`,
      ),
    );
  }
  if (problems.length > before) return undefined;
  const dataRole = input.dataRole as DigitalTwinsConfig['dataRole'];
  return developer
    ? {
        hosting: 'developer',
        hostName: (hostName as string).toLowerCase(),
        tenantId: (tenantId as string).toLowerCase(),
        dataRole,
      }
    : { hosting: 'customer', caller: input.caller as 'users' | 'app', dataRole };
}
