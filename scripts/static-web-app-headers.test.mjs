import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import {
  headersFor,
  headersMiddleware,
  parseStaticWebAppConfig,
  requestPath,
  routeMatches,
} from './static-web-app-headers.ts';

describe('routeMatches (Azure Static Web Apps route patterns)', () => {
  it('matches exact routes case-insensitively, and index.html routes their folder', () => {
    expect(routeMatches('/redirect.html', '/redirect.html')).toBe(true);
    expect(routeMatches('/redirect.html', '/Redirect.HTML')).toBe(true);
    expect(routeMatches('/redirect.html', '/redirect.html/x')).toBe(false);
    expect(routeMatches('/redirect.html', '/redirect')).toBe(false);
    expect(routeMatches('/profile/index.html', '/profile')).toBe(true);
    expect(routeMatches('/profile/index.html', '/profile/')).toBe(true);
    expect(routeMatches('/index.html', '/')).toBe(true);
    expect(routeMatches('/index.html', '/other')).toBe(false);
  });

  it('matches wildcards at the end, optionally filtered by extension', () => {
    expect(routeMatches('/assets/*', '/assets/main-abc.js')).toBe(true);
    expect(routeMatches('/assets/*', '/assets')).toBe(false);
    expect(routeMatches('/admin*', '/admin')).toBe(true);
    expect(routeMatches('/admin*', '/administrator/x')).toBe(true);
    expect(routeMatches('/images/*.png', '/images/a/b.png')).toBe(true);
    expect(routeMatches('/images/*.png', '/images/a.jpg')).toBe(false);
    expect(routeMatches('/*.{json,svg}', '/config.json')).toBe(true);
    expect(routeMatches('/*.{json,svg}', '/favicon.svg')).toBe(true);
    expect(routeMatches('/*.{json,svg}', '/deep/link')).toBe(false);
  });

  it('refuses wildcards Static Web Apps does not support', () => {
    expect(() => routeMatches('/a/*/b', '/a/x/b')).toThrow(/only supported at the end/);
  });
});

describe('requestPath', () => {
  it('drops the query and the fragment and decodes the path', () => {
    expect(requestPath('/redirect.html?code=1#state=2')).toBe('/redirect.html');
    expect(requestPath('/a%20b')).toBe('/a b');
    expect(requestPath('')).toBe('/');
  });
});

describe('headersFor', () => {
  const config = parseStaticWebAppConfig(
    JSON.stringify({
      globalHeaders: {
        'Content-Security-Policy': "default-src 'self'",
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
      routes: [
        { route: '/redirect.html', headers: { 'cache-control': 'no-store', 'X-Content-Type-Options': '' } },
        { route: '/api/*', methods: ['POST'], headers: { 'Cache-Control': 'private' } },
        { route: '/api/*', headers: { 'Cache-Control': 'public' } },
      ],
    }),
  );

  it('sends the global headers on any path', () => {
    expect(headersFor(config, 'GET', '/some/deep/link?x=1')).toEqual({
      set: {
        'content-security-policy': "default-src 'self'",
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
      enforce: [],
      remove: [],
    });
  });

  it('lets the first matching route override a global header by name, whatever its case, and remove one with ""', () => {
    expect(headersFor(config, 'GET', '/redirect.html#code=x')).toEqual({
      set: { 'content-security-policy': "default-src 'self'", 'cache-control': 'no-store' },
      enforce: ['cache-control'],
      remove: ['x-content-type-options'],
    });
  });

  it('matches a route with methods only for those methods', () => {
    expect(headersFor(config, 'post', '/api/x').set['cache-control']).toBe('private');
    expect(headersFor(config, 'GET', '/api/x').set['cache-control']).toBe('public');
  });
});

describe('headersMiddleware', () => {
  const config = parseStaticWebAppConfig(
    JSON.stringify({
      globalHeaders: {
        'Content-Security-Policy': "default-src 'none'",
        'Cache-Control': 'no-cache',
        'X-Global': 'yes',
      },
      routes: [{ route: '/bridge.html', headers: { 'Cache-Control': 'no-store', 'X-Global': '' } }],
    }),
  );

  /** A real HTTP server: the middleware, then a handler that sets its own headers as Vite's servers do. */
  async function serve(omit, handler) {
    const middleware = headersMiddleware(config, omit);
    const server = createServer((req, res) => middleware(req, res, () => handler(res)));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    return { get: (path) => fetch(base + path), close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("sends global headers as defaults the server may change, and a route's headers and removals last", async () => {
    const server = await serve([], (res) => {
      res.setHeader('Cache-Control', 'max-age=60');
      res.setHeader('X-Global', 'server');
      res.end('ok');
    });
    try {
      const deep = await server.get('/deep/link');
      expect(deep.headers.get('content-security-policy')).toBe("default-src 'none'");
      expect(deep.headers.get('cache-control')).toBe('max-age=60');
      const bridge = await server.get('/bridge.html?x=1');
      expect(bridge.headers.get('cache-control')).toBe('no-store');
      expect(bridge.headers.get('x-global')).toBeNull();
      expect(bridge.headers.get('content-security-policy')).toBe("default-src 'none'");
    } finally {
      await server.close();
    }
  });

  it('wins over headers passed to writeHead, and leaves out what it is told to omit', async () => {
    const server = await serve(['content-security-policy'], (res) => {
      res.writeHead(200, { 'cache-control': 'public', 'content-type': 'text/html' });
      res.end('<p>ok</p>');
    });
    try {
      const bridge = await server.get('/bridge.html');
      expect(bridge.headers.get('cache-control')).toBe('no-store');
      expect(bridge.headers.get('content-type')).toBe('text/html');
      expect(bridge.headers.get('content-security-policy')).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('parseStaticWebAppConfig', () => {
  it('refuses what the preview server would not reproduce', () => {
    expect(() => parseStaticWebAppConfig('{"routes":[{"route":"/a","rewrite":"/b.html"}]}')).toThrow(
      /unsupported rewrite/,
    );
    expect(() => parseStaticWebAppConfig('{"auth":{}}')).toThrow(/unsupported key/);
    expect(() => parseStaticWebAppConfig('{"globalHeaders":{"X-A":1}}')).toThrow(/strings/);
    expect(() => parseStaticWebAppConfig('{"routes":[{"route":"a"}]}')).toThrow(/starts with \//);
  });
});

describe('the shipped public/staticwebapp.config.json', () => {
  const shipped = parseStaticWebAppConfig(
    readFileSync(new URL('../public/staticwebapp.config.json', import.meta.url), 'utf8'),
  );
  const csp = (path) => headersFor(shipped, 'GET', path).set['content-security-policy'] ?? '';
  const directives = (policy) =>
    Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );

  it('sends a strict CSP everywhere: no inline script or eval, Microsoft hosts only to connect to, no frames', () => {
    for (const path of ['/', '/demo/sign-in', '/config.json', '/redirect.html', '/assets/main-x.js']) {
      const d = directives(csp(path));
      expect(d['default-src']).toEqual(["'none'"]);
      expect(d['script-src']).toEqual(["'self'"]);
      expect(d['style-src']).toEqual(["'self'"]);
      expect(d['object-src']).toEqual(["'none'"]);
      expect(d['base-uri']).toEqual(["'none'"]);
      expect(d['form-action']).toEqual(["'self'"]);
      expect(d['connect-src']).toEqual(["'self'", 'https://login.microsoftonline.com', 'https://management.azure.com']);
      expect(d['frame-src']).toEqual(["'none'"]);
      expect(d['frame-ancestors']).toEqual(["'none'"]);
      // Trusted Types: no string reaches a script sink (innerHTML, a script's text or src, eval) unchecked.
      expect(d['require-trusted-types-for']).toEqual(["'script'"]);
      expect(csp(path)).not.toMatch(/unsafe-|\bdata:|\bblob:|\*/);
    }
  });

  it('has one policy and COOP for every page: no MSAL redirect bridge page (the portal uses no popup and no iframe)', () => {
    expect(
      shipped.routes.filter((r) =>
        Object.keys(r.headers ?? {}).some((h) => /content-security-policy|cross-origin-opener-policy/i.test(h)),
      ),
    ).toEqual([]);
    expect(headersFor(shipped, 'GET', '/redirect.html').set['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('asks for HTTPS for a year, on this host and every host below it (HSTS includeSubDomains)', () => {
    for (const path of ['/', '/config.json', '/assets/main-x.js']) {
      const hsts = headersFor(shipped, 'GET', path).set['strict-transport-security'] ?? '';
      const parts = hsts.split(';').map((p) => p.trim().toLowerCase());
      expect(parts).toContain('max-age=31536000');
      expect(parts).toContain('includesubdomains');
      // Not preload: the HSTS preload list is for a whole registrable domain, the operator's call, not this file's.
      expect(parts).not.toContain('preload');
    }
  });

  it('caches config.json only with revalidation, and the hashed assets for a year', () => {
    expect(headersFor(shipped, 'GET', '/config.json').set['cache-control']).toBe('no-cache');
    expect(headersFor(shipped, 'GET', '/assets/main-abc123.js').set['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(shipped, 'GET', '/').set['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for deep links, but not for missing files', () => {
    expect(shipped.navigationFallback?.rewrite).toBe('/index.html');
    expect(shipped.navigationFallback?.exclude).toEqual(expect.arrayContaining(['/assets/*']));
    expect(shipped.navigationFallback?.exclude?.some((p) => routeMatches(p, '/config.json'))).toBe(true);
    expect(shipped.navigationFallback?.exclude?.some((p) => routeMatches(p, '/demo/sign-in'))).toBe(false);
  });
});
