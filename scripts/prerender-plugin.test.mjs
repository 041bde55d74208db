import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { injectLanding, ROOT_PLACEHOLDER } from './prerender-plugin.ts';

const built = `<html><head>
<script type="module" crossorigin src="/assets/main-1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/chunk-2.js">
<link rel="stylesheet" crossorigin href="/assets/main-3.css">
</head><body>${ROOT_PLACEHOLDER}</body></html>`;

describe('injectLanding', () => {
  it('puts the markup into the root, marked for hydration', () => {
    const html = injectLanding(built, '<main><h1>Sign in</h1></main>');
    expect(html).toContain('<div id="root" data-prerendered=""><main><h1>Sign in</h1></main></div>');
    expect(html).not.toContain('Loading Twin Onboarding');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/main-3.css">');
  });

  it('fetches the scripts at low priority, so the first paint gets the bandwidth', () => {
    const html = injectLanding(built, '<p>x</p>');
    expect(html).toContain('<script type="module" fetchpriority="low" crossorigin src="/assets/main-1.js">');
    expect(html).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/chunk-2.js">');
  });

  it('refuses markup the Content-Security-Policy would block, and an index.html without the placeholder', () => {
    expect(() => injectLanding(built, '<p style="color:red">x</p>')).toThrow(/inline/);
    expect(() => injectLanding(built, '<script>alert(1)</script>')).toThrow(/inline/);
    expect(() => injectLanding('<div id="root"></div>', '<p>x</p>')).toThrow(/placeholder|has no/);
  });

  it('finds the placeholder in the real index.html', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(ROOT_PLACEHOLDER);
  });
});
