import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseConfig } from '../src/config/schema.ts';
import { KNOWN_CLOUDS as PORTAL_CLOUDS } from '../src/config/clouds.ts';
import { checkDeploy, HOST_DEFAULTS, KNOWN_CLOUDS, sourceAllows } from './check-deploy.mjs';

const SHIPPED_CONFIG = 'public/config.json';
const SHIPPED_SWA = 'public/staticwebapp.config.json';
const USGOV_CONFIG = 'docs/examples/usgov/config.json';
const USGOV_SWA = 'docs/examples/usgov/staticwebapp.config.json';

function run(...args) {
  const result = spawnSync(process.execPath, ['scripts/check-deploy.mjs', ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

describe('npm run check-deploy', () => {
  it('passes on the shipped files (the empty config.json means the public cloud)', () => {
    const result = run();
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    expect(result.out).toContain('https://login.microsoftonline.com and https://management.azure.com');
  });

  it('passes on the sovereign-cloud example, which differs from the shipped policy only in its hosts', () => {
    const result = run(USGOV_CONFIG, USGOV_SWA);
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    expect(result.out).toContain('https://login.microsoftonline.us and https://management.usgovcloudapi.net');
    // The example must not drift from the shipped headers in anything but the cloud's hosts.
    const back = readFileSync(USGOV_SWA, 'utf8')
      .replaceAll('https://login.microsoftonline.us', 'https://login.microsoftonline.com')
      .replaceAll('https://management.usgovcloudapi.net', 'https://management.azure.com');
    expect(back).toBe(readFileSync(SHIPPED_SWA, 'utf8'));
    expect(parseConfig(read(USGOV_CONFIG), 'https://onboard.example.us').ok).toBe(true);
  });

  it('fails on a mismatched pair, naming each host, the policy and the directive to edit', () => {
    const result = run(USGOV_CONFIG, SHIPPED_SWA);
    expect(result.status).toBe(1);
    const lines = result.err.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([
      expect.stringMatching(
        /^- https:\/\/login\.microsoftonline\.us \(authority in config\.json\) .* connect-src in the Content-Security-Policy of globalHeaders: add https:\/\/login\.microsoftonline\.us to connect-src there\.$/,
      ),
      expect.stringMatching(
        /^- https:\/\/management\.usgovcloudapi\.net \(armEndpoint in config\.json\) .* globalHeaders: add https:\/\/management\.usgovcloudapi\.net to connect-src there\.$/,
      ),
    ]);
  });

  it('fails when only one CSP string was edited, and on a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-deploy-'));
    // An operator who gave a page a policy of its own, and edited only the global one for the cloud.
    const swa = read(USGOV_SWA);
    swa.routes.unshift({
      route: '/help.html',
      headers: { 'Content-Security-Policy': read(SHIPPED_SWA).globalHeaders['Content-Security-Policy'] },
    });
    writeFileSync(join(dir, 'swa.json'), JSON.stringify(swa));
    const result = run(USGOV_CONFIG, join(dir, 'swa.json'));
    expect(result.status).toBe(1);
    expect(result.err).toContain('routes "/help.html"');
    expect(result.err).not.toContain('globalHeaders');
    expect(run(join(dir, 'missing.json')).status).toBe(1);
  });
});

describe('check-deploy rules', () => {
  const csp = (policy) => ({ globalHeaders: { 'Content-Security-Policy': policy } });
  const arm = (origin) => ({ armEndpoint: origin });

  it('uses the portal defaults for absent keys', () => {
    expect(HOST_DEFAULTS).toEqual({ authority: DEFAULTS.authority, armEndpoint: DEFAULTS.armEndpoint });
    const result = checkDeploy({}, csp("connect-src 'self'"));
    expect(result.problems).toEqual([
      expect.stringContaining('https://login.microsoftonline.com (authority, the default in config.json)'),
      expect.stringContaining('https://management.azure.com (armEndpoint, the default in config.json)'),
    ]);
  });

  it('follows the CSP fallback to default-src and says which directive to add', () => {
    const [problem] = checkDeploy(
      { ...arm('https://management.chinacloudapi.cn'), allowCustomCloud: true },
      csp("default-src 'self' https://login.microsoftonline.com https://management.azure.com"),
    ).problems;
    expect(problem).toContain('connect-src (absent, so default-src applies)');
    expect(problem).toContain('add https://management.chinacloudapi.cn to connect-src there');
  });

  it('needs no frame-src: the portal frames nothing, the sign-in host included', () => {
    const connect = 'connect-src https://login.microsoftonline.com https://management.azure.com; ';
    expect(checkDeploy({}, csp(`default-src 'none'; ${connect}frame-src 'none'`)).problems).toEqual([]);
    expect(checkDeploy({}, csp(`default-src 'none'; ${connect}`)).problems).toEqual([]);
  });

  it("knows the clouds the portal knows, and fails on a pair that is no cloud's unless config.json allows a custom one", () => {
    expect(KNOWN_CLOUDS).toEqual(PORTAL_CLOUDS);
    const any = csp('connect-src https:');
    for (const cloud of KNOWN_CLOUDS) {
      for (const login of cloud.loginHosts) {
        expect(
          checkDeploy({ authority: `https://${login}/organizations`, armEndpoint: `https://${cloud.armHost}` }, any)
            .problems,
          login,
        ).toEqual([]);
      }
    }
    const mixed = {
      authority: 'https://login.microsoftonline.us/organizations',
      armEndpoint: 'https://management.azure.com',
    };
    expect(checkDeploy(mixed, any).problems).toEqual([
      expect.stringContaining(
        'Azure Government signs in at https://login.microsoftonline.us and its Azure Resource Manager is https://management.usgovcloudapi.net',
      ),
    ]);
    const lookAlike = { authority: 'https://login.microsoftonline.com.evil.example/organizations' };
    expect(checkDeploy(lookAlike, any).problems).toEqual([
      expect.stringMatching(
        /login\.microsoftonline\.com\.evil\.example is the sign-in host of no cloud .* "allowCustomCloud": true/,
      ),
    ]);
    expect(checkDeploy({ ...lookAlike, allowCustomCloud: true }, any).problems).toEqual([]);
    // The portal agrees on each case.
    const origin = 'https://onboard.example.com';
    const live = { clientId: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', appName: 'Contoso Twins' };
    expect(parseConfig({ ...live, ...mixed }, origin).ok).toBe(false);
    expect(parseConfig({ ...live, ...lookAlike }, origin).ok).toBe(false);
    expect(parseConfig({ ...live, ...lookAlike, allowCustomCloud: true }, origin).ok).toBe(true);
  });

  it('matches sources as browsers do', () => {
    const url = new URL('https://management.usgovcloudapi.net/');
    for (const source of [
      'https://management.usgovcloudapi.net',
      'management.usgovcloudapi.net',
      'https://*.usgovcloudapi.net',
      'https:',
      '*',
      'https://management.usgovcloudapi.net:443/',
      'HTTPS://Management.UsGovCloudApi.net',
      'http://management.usgovcloudapi.net',
      'wss://management.usgovcloudapi.net',
    ]) {
      expect(sourceAllows(source, url), source).toBe(true);
    }
    for (const source of [
      "'self'",
      "'none'",
      'https://management.azure.com',
      'https://*.management.usgovcloudapi.net',
      'https://management.usgovcloudapi.net:8443',
      'https://management.usgovcloudapi.net/subscriptions/',
      'ftp://management.usgovcloudapi.net',
      'data:',
      'blob:',
    ]) {
      expect(sourceAllows(source, url), source).toBe(false);
    }
  });
});
