/**
 * The response headers of `staticwebapp.config.json` (Azure Static Web Apps), applied by Vite's servers so the
 * end-to-end tests run the production build under the policy a deployment ships.
 *
 * Implements the parts of the format the file uses, with Static Web Apps' semantics
 * (https://learn.microsoft.com/azure/static-web-apps/configuration):
 * - `globalHeaders` go on every response;
 * - `routes` are tried in order and the first whose `route` (and `methods`, when given) matches the request
 *   wins; its `headers` override global headers of the same name, and an empty value removes the header;
 * - a route is an exact path (case-insensitive; `/dir/index.html` also matches `/dir` and `/dir/`), or ends in a
 *   wildcard: `/assets/*`, `/admin*`, `/images/*.png`, `/images/*.{png,jpg}`.
 * Anything else a route could do (rewrite, redirect, roles) is refused, so the file cannot ask for behaviour the
 * preview server would silently not reproduce. `navigationFallback` is left to Vite's own SPA fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

export const CONFIG_FILE = 'staticwebapp.config.json';

export interface StaticWebAppRoute {
  route: string;
  methods?: string[];
  headers?: Record<string, string>;
}

export interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  routes: StaticWebAppRoute[];
  navigationFallback?: { rewrite: string; exclude?: string[] };
}

/**
 * What to do to one response (lower-case names): `set` holds every header to send; `enforce` names those a
 * matching route asked for, which win over what the server itself sets (Vite's dev server sends HTML with
 * `Cache-Control: no-cache`, the bridge page needs no-store); `remove` names headers to drop.
 */
export interface HeaderPlan {
  set: Record<string, string>;
  enforce: string[];
  remove: string[];
}

const TOP_LEVEL_KEYS = ['$schema', 'globalHeaders', 'routes', 'navigationFallback'];
const ROUTE_KEYS = ['route', 'methods', 'headers'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headerMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new Error(`${CONFIG_FILE}: ${where} must map header names to strings`);
  }
  return value as Record<string, string>;
}

/** Parses and checks the file; throws on anything this module would not reproduce faithfully. */
export function parseStaticWebAppConfig(text: string): StaticWebAppConfig {
  const raw: unknown = JSON.parse(text);
  if (!isRecord(raw)) throw new Error(`${CONFIG_FILE}: expected a JSON object`);
  const unknownKeys = Object.keys(raw).filter((k) => !TOP_LEVEL_KEYS.includes(k));
  if (unknownKeys.length) throw new Error(`${CONFIG_FILE}: unsupported key(s) ${unknownKeys.join(', ')}`);
  const routes = raw.routes ?? [];
  if (!Array.isArray(routes)) throw new Error(`${CONFIG_FILE}: routes must be an array`);
  const parsedRoutes = routes.map((entry: unknown, i): StaticWebAppRoute => {
    if (!isRecord(entry) || typeof entry.route !== 'string' || !entry.route.startsWith('/')) {
      throw new Error(`${CONFIG_FILE}: routes[${i}] needs a "route" that starts with /`);
    }
    const extra = Object.keys(entry).filter((k) => !ROUTE_KEYS.includes(k));
    if (extra.length)
      throw new Error(`${CONFIG_FILE}: routes[${i}] (${entry.route}) uses unsupported ${extra.join(', ')}`);
    routePattern(entry.route); // throws on a pattern Static Web Apps would not accept
    const methods = entry.methods;
    if (methods !== undefined && (!Array.isArray(methods) || methods.some((m) => typeof m !== 'string'))) {
      throw new Error(`${CONFIG_FILE}: routes[${i}].methods must be a list of HTTP methods`);
    }
    return {
      route: entry.route,
      ...(methods ? { methods: (methods as string[]).map((m) => m.toUpperCase()) } : {}),
      headers: headerMap(entry.headers, `routes[${i}].headers`),
    };
  });
  const fallback = raw.navigationFallback;
  if (fallback !== undefined && (!isRecord(fallback) || typeof fallback.rewrite !== 'string')) {
    throw new Error(`${CONFIG_FILE}: navigationFallback needs a "rewrite"`);
  }
  return {
    globalHeaders: headerMap(raw.globalHeaders, 'globalHeaders'),
    routes: parsedRoutes,
    ...(fallback ? { navigationFallback: fallback as StaticWebAppConfig['navigationFallback'] } : {}),
  };
}

interface RoutePattern {
  prefix: string;
  wildcard: boolean;
  /** for `*.ext` and `*.{a,b}`: the extensions the wildcard must end with */
  extensions?: string[];
}

function routePattern(route: string): RoutePattern {
  const star = route.indexOf('*');
  if (star === -1) return { prefix: route.toLowerCase(), wildcard: false };
  const prefix = route.slice(0, star).toLowerCase();
  const rest = route.slice(star + 1);
  if (rest === '') return { prefix, wildcard: true };
  const ext = /^\.(?:([\w-]+)|\{([\w-]+(?:,[\w-]+)*)\})$/.exec(rest);
  if (!ext)
    throw new Error(
      `${CONFIG_FILE}: route ${route}: a wildcard is only supported at the end (optionally *.ext or *.{a,b})`,
    );
  return { prefix, wildcard: true, extensions: (ext[1] ?? ext[2] ?? '').toLowerCase().split(',') };
}

/** Does a Static Web Apps route pattern match a request path (decoded, without query)? */
export function routeMatches(route: string, path: string): boolean {
  const pattern = routePattern(route);
  const p = path.toLowerCase();
  if (!pattern.wildcard) {
    if (p === pattern.prefix) return true;
    // "/profile/index.html" also matches the folder: /profile and /profile/
    if (pattern.prefix.endsWith('/index.html')) {
      const folder = pattern.prefix.slice(0, -'index.html'.length);
      return p === folder || (folder.length > 1 && p === folder.slice(0, -1));
    }
    return false;
  }
  if (!p.startsWith(pattern.prefix)) return false;
  return !pattern.extensions || pattern.extensions.some((e) => p.endsWith(`.${e}`));
}

/** The request path as routes see it: no query or fragment, percent-decoding undone. */
export function requestPath(url: string): string {
  const path = url.split(/[?#]/)[0] || '/';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The headers one request's response gets: global headers, overridden by the first matching route's. */
export function headersFor(config: StaticWebAppConfig, method: string, url: string): HeaderPlan {
  const merged = new Map<string, string>();
  for (const [name, value] of Object.entries(config.globalHeaders)) merged.set(name.toLowerCase(), value);
  const path = requestPath(url);
  const route = config.routes.find(
    (r) => (!r.methods || r.methods.includes(method.toUpperCase())) && routeMatches(r.route, path),
  );
  const plan: HeaderPlan = { set: {}, enforce: [], remove: [] };
  for (const [name, value] of Object.entries(route?.headers ?? {})) {
    merged.set(name.toLowerCase(), value);
    if (value !== '') plan.enforce.push(name.toLowerCase());
  }
  for (const [name, value] of merged) {
    if (value === '') plan.remove.push(name);
    else plan.set[name] = value;
  }
  return plan;
}

export function readStaticWebAppConfig(file: string): StaticWebAppConfig {
  return parseStaticWebAppConfig(readFileSync(file, 'utf8'));
}

/**
 * Middleware that puts the planned headers on every response; `omit` names headers not to send. Global headers
 * are set before the server answers (defaults it may override, as Vite's dev server does for caching); a route's
 * own headers and removals are applied again when the response head is written, so they have the last word.
 */
export function headersMiddleware(config: StaticWebAppConfig, omit: string[] = []): Connect.NextHandleFunction {
  const skip = new Set(omit.map((n) => n.toLowerCase()));
  return (req, res, next) => {
    const plan = headersFor(config, req.method ?? 'GET', req.url ?? '/');
    for (const name of plan.remove) res.removeHeader(name);
    for (const [name, value] of Object.entries(plan.set)) if (!skip.has(name)) res.setHeader(name, value);
    const last = [...plan.remove, ...plan.enforce.filter((n) => !skip.has(n))];
    if (last.length) {
      const writeHead = res.writeHead;
      // Node writes an implicit head through writeHead too; headers passed to it directly would win, so drop ours there.
      res.writeHead = function (this: typeof res, ...args: unknown[]) {
        for (const arg of args) {
          if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
            for (const key of Object.keys(arg))
              if (last.includes(key.toLowerCase())) delete (arg as Record<string, unknown>)[key];
          }
        }
        for (const name of plan.remove) this.removeHeader(name);
        for (const name of plan.enforce) if (!skip.has(name)) this.setHeader(name, plan.set[name]!);
        return (writeHead as (...a: unknown[]) => typeof res).apply(this, args);
      } as typeof res.writeHead;
    }
    next();
  };
}

/**
 * The headers of `staticwebapp.config.json` on Vite's servers. `vite preview` sends all of them, from the copy in
 * the build output (what a deployment ships), or from public/ when the build has none. The dev server reads
 * public/ and sends all but the Content-Security-Policy: Vite's dev client and React's refresh preamble are
 * inline scripts, which the policy forbids.
 */
export function staticWebAppHeaders(): Plugin {
  return {
    name: 'static-web-app-headers',
    configureServer(server) {
      const file = resolve(server.config.publicDir, CONFIG_FILE);
      server.middlewares.use(headersMiddleware(readStaticWebAppConfig(file), ['content-security-policy']));
    },
    configurePreviewServer(server) {
      const built = resolve(server.config.root, server.config.build.outDir, CONFIG_FILE);
      const file = existsSync(built) ? built : resolve(server.config.publicDir, CONFIG_FILE);
      server.middlewares.use(headersMiddleware(readStaticWebAppConfig(file)));
    },
  };
}
