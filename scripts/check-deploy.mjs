// Deployment consistency: every Microsoft host config.json sends the browser to must be allowed by the
// Content-Security-Policy in staticwebapp.config.json, or the portal's sign-in and ARM calls are blocked in the
// customer's browser (a CSP violation, not an error Azure could explain); and the two hosts must be a known cloud's
// pair, or say "allowCustomCloud": true, as the portal itself requires.
//
//   npm run check-deploy [config.json] [staticwebapp.config.json]
//
// Defaults: public/config.json and public/staticwebapp.config.json (what `npm run build` ships). Keys absent from
// config.json take the portal's defaults (src/config/schema.ts), so the empty shipped file means the public cloud.
// Exits 1 naming each host, the policy it is missing from and the directive to edit.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The defaults of src/config/schema.ts for the keys that name hosts (a unit test keeps them equal). */
export const HOST_DEFAULTS = {
  authority: 'https://login.microsoftonline.com/organizations',
  armEndpoint: 'https://management.azure.com',
};

/**
 * The clouds the portal knows (src/config/clouds.ts, a unit test keeps them equal): config.json's authority and
 * armEndpoint must be one of these pairs unless it says "allowCustomCloud": true, or the portal refuses to start.
 */
export const KNOWN_CLOUDS = [
  { name: 'Azure', loginHosts: ['login.microsoftonline.com'], armHost: 'management.azure.com' },
  { name: 'Azure Government', loginHosts: ['login.microsoftonline.us'], armHost: 'management.usgovcloudapi.net' },
  {
    name: 'Azure operated by 21Vianet',
    loginHosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
    armHost: 'management.chinacloudapi.cn',
  },
];

/** A problem sentence when the configured pair is no known cloud and config.json does not allow a custom one. */
export function cloudProblem(config, hosts) {
  if (config.allowCustomCloud === true) return undefined;
  const host = (key) => hosts.find((h) => h.key === key)?.url;
  const login = host('authority');
  const arm = host('armEndpoint');
  if (!login || !arm) return undefined;
  const cloud = KNOWN_CLOUDS.find((c) => login.port === '' && c.loginHosts.includes(login.hostname));
  if (cloud && arm.port === '' && arm.hostname === cloud.armHost) return undefined;
  const pair = `${login.origin} and ${arm.origin}`;
  return cloud
    ? `config.json: ${pair} are not a cloud's pair: ${cloud.name} signs in at ${login.origin} and its Azure Resource Manager is https://${cloud.armHost}; the portal will refuse this unless config.json says "allowCustomCloud": true.`
    : `config.json: ${login.origin} is the sign-in host of no cloud this portal knows (${KNOWN_CLOUDS.map((c) => c.name).join(', ')}); the portal will refuse it unless config.json says "allowCustomCloud": true.`;
}

/**
 * What the browser fetches, per config key. The token endpoint and metadata are fetched from the authority's host
 * and every ARM call goes to armEndpoint: both need connect-src. The sign-in itself is a top-level navigation,
 * which no directive governs. The portal frames nothing (silent renewals use the refresh token, never MSAL's
 * hidden iframe, and it opens no popup), so frame-src lists no host.
 */
const NEEDS = [
  { key: 'authority', directives: ['connect-src'] },
  { key: 'armEndpoint', directives: ['connect-src'] },
];

/** CSP fallbacks (CSP Level 3): a fetch directive that is absent takes its parent's list. */
const FALLBACK = { 'connect-src': ['default-src'] };

export function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive wins; later duplicates are ignored by browsers.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that apply to `directive`, and the directive they come from. */
export function effectiveSources(directives, directive) {
  for (const name of [directive, ...(FALLBACK[directive] ?? [])]) {
    if (directives.has(name)) return { from: name, sources: directives.get(name) };
  }
  return { from: undefined, sources: undefined };
}

/** Whether one CSP source expression allows a request to `url` (an https URL with path "/"), per CSP Level 3. */
export function sourceAllows(source, url) {
  const s = source.toLowerCase();
  if (s === '*') return true;
  if (s.startsWith("'")) return false; // 'self', 'none', nonces and hashes never name another host
  // CSP's scheme matching lets http, ws and wss sources match an https URL too (the secure upgrade of each).
  const schemeMatches = (scheme) => ['https', 'http', 'wss', 'ws'].includes(scheme);
  if (/^[a-z][a-z0-9+.-]*:$/.test(s)) return schemeMatches(s.slice(0, -1));
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\*|\d+))?(\/[^?#]*)?$/.exec(s);
  if (!match) return false;
  const [, scheme, host, port, path] = match;
  // A source without a scheme takes the page's (https), which matches.
  if (scheme && !schemeMatches(scheme)) return false;
  const target = url.hostname.toLowerCase();
  if (host === '*') {
    // a lone * host matches any host
  } else if (host.startsWith('*.')) {
    if (!target.endsWith(host.slice(1))) return false;
  } else if (host !== target) {
    return false;
  }
  const targetPort = url.port || '443';
  if (port && port !== '*' && port !== targetPort) return false;
  if (!port && targetPort !== '443') return false;
  // A path narrows the source; the portal calls many paths on each host, so only "/" (or none) allows them all.
  return path === undefined || path === '/';
}

function policiesOf(swa) {
  const policies = [];
  const csp = (headers) =>
    Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  const global = csp(swa.globalHeaders);
  if (global) policies.push({ where: 'globalHeaders', policy: global });
  for (const route of swa.routes ?? []) {
    const policy = csp(route.headers);
    // An empty value removes the header for that route: nothing to check there.
    if (policy) policies.push({ where: `routes "${route.route}"`, policy });
  }
  return policies;
}

/** The hosts `config` points at, with the portal's defaults for absent keys; problems for values that are not URLs. */
export function configuredHosts(config) {
  const hosts = [];
  const problems = [];
  for (const { key, directives } of NEEDS) {
    const given = typeof config[key] === 'string' && config[key].trim() !== '';
    const raw = given ? config[key].trim() : HOST_DEFAULTS[key];
    let url;
    try {
      url = new URL(raw);
    } catch {
      problems.push(`config.json: "${key}" is not a URL (${JSON.stringify(raw)}); the portal will refuse it too.`);
      continue;
    }
    hosts.push({ key, origin: url.origin, url: new URL(`${url.origin}/`), directives, defaulted: !given });
  }
  return { hosts, problems };
}

/**
 * The `digitalTwins` key (src/config/schema.ts holds the same rules, and the portal's error page names the same
 * values): a deployment fails here before a customer meets the page. Each bad value is named with its key path.
 */
export const DIGITAL_TWINS_VALUES = {
  hosting: ['customer', 'developer'],
  caller: ['users', 'app'],
  dataRole: ['owner', 'reader'],
};

/** With `"hosting": "developer"` (the instance in the developer's directory): where it is, instead of `caller`. */
const DEVELOPER_VALUES = {
  tenantId: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "the instance's tenant ID, a GUID"],
  hostName: [/^[a-z\d-]+(\.[a-z\d-]+)*\.digitaltwins\.azure\.net$/i, 'a host name ending in .digitaltwins.azure.net'],
};

export function digitalTwinsProblems(config) {
  const value = config.digitalTwins;
  if (value === undefined) return [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [
      `config.json: "digitalTwins" is ${JSON.stringify(value)}; expected an object such as {"hosting": "customer", "caller": "users", "dataRole": "owner"}.`,
    ];
  }
  const problems = [];
  const keys = [...Object.keys(DIGITAL_TWINS_VALUES), ...Object.keys(DEVELOPER_VALUES)];
  for (const key of Object.keys(value)) {
    if (!keys.includes(key))
      problems.push(`config.json: "digitalTwins.${key}" is not a known key; expected one of ${keys.join(', ')}.`);
  }
  const developer = value.hosting === 'developer';
  for (const [key, allowed] of Object.entries(DIGITAL_TWINS_VALUES)) {
    if (developer && key === 'caller') continue; // the developer's directory: the host and directory say who
    if (!allowed.includes(value[key])) {
      const found = value[key] === undefined ? 'missing (required, no default)' : JSON.stringify(value[key]);
      problems.push(
        `config.json: "digitalTwins.${key}" is ${found}; expected ${allowed.map((a) => JSON.stringify(a)).join(' or ')}.`,
      );
    }
  }
  for (const [key, [pattern, expected]] of Object.entries(developer ? DEVELOPER_VALUES : {})) {
    if (typeof value[key] !== 'string' || !pattern.test(value[key])) {
      const found = value[key] === undefined ? 'missing' : JSON.stringify(value[key]);
      problems.push(`config.json: "digitalTwins.${key}" is ${found}; expected ${expected}.`);
    }
  }
  const ns = config.providerNamespace;
  if (typeof ns === 'string' && ns.toLowerCase() !== 'microsoft.digitaltwins') {
    problems.push(
      `config.json: "providerNamespace" is ${JSON.stringify(ns)}; with "digitalTwins" it must be "Microsoft.DigitalTwins" or absent.`,
    );
  }
  return problems;
}

/** Every problem with this pair of files, as sentences that name the host, the policy and the directive to edit. */
export function checkDeploy(config, swa) {
  const { hosts, problems } = configuredHosts(config);
  const cloud = cloudProblem(config, hosts);
  if (cloud) problems.push(cloud);
  problems.push(...digitalTwinsProblems(config));
  const policies = policiesOf(swa);
  if (policies.length === 0) {
    problems.push(
      'staticwebapp.config.json: no Content-Security-Policy found in globalHeaders or routes; the portal ships one.',
    );
  }
  for (const { where, policy } of policies) {
    const directives = parsePolicy(policy);
    for (const host of hosts) {
      for (const directive of host.directives) {
        const { from, sources } = effectiveSources(directives, directive);
        if (sources === undefined) continue; // no directive and no fallback: the browser allows everything
        if (sources.some((s) => sourceAllows(s, host.url))) continue;
        const via = from === directive ? directive : `${directive} (absent, so ${from} applies)`;
        problems.push(
          `${host.origin} (${host.key}${host.defaulted ? ', the default' : ''} in config.json) is not allowed by ${via} ` +
            `in the Content-Security-Policy of ${where}: add ${host.origin} to ${directive} there.`,
        );
      }
    }
  }
  return { hosts: hosts.map((h) => h.origin), policies: policies.length, problems };
}

function main(argv) {
  const [configPath = 'public/config.json', swaPath = 'public/staticwebapp.config.json'] = argv;
  let config;
  let swa;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8'));
    swa = JSON.parse(readFileSync(swaPath, 'utf8'));
  } catch (error) {
    console.error(`check-deploy: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = checkDeploy(config ?? {}, swa ?? {});
  if (result.problems.length > 0) {
    console.error(`check-deploy: ${configPath} and ${swaPath} do not match:`);
    for (const problem of result.problems) console.error(`- ${problem}`);
    return 1;
  }
  console.log(
    `check-deploy: ${result.policies} Content-Security-Policy strings in ${swaPath} allow ${result.hosts.join(' and ')} (${configPath}).`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main(process.argv.slice(2)));
