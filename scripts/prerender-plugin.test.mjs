import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  BOOT_TEXTS,
  injectBootTexts,
  injectLanding,
  ROOT_PLACEHOLDER,
  SCRIPTS_TEMPLATE_ID,
} from './prerender-plugin.ts';

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

  it('keeps the scripts in an inert template for boot.js, so nothing but the HTML and its stylesheet comes before the first paint', () => {
    const html = injectLanding(built, '<p>x</p>');
    expect(html).toContain(
      `<template id="${SCRIPTS_TEMPLATE_ID}"><link rel="modulepreload" crossorigin href="/assets/chunk-2.js">` +
        '<script type="module" crossorigin src="/assets/main-1.js"></script></template>',
    );
    // Outside the template, no script of the app and no preload of one is left to start early.
    const outside = html.replace(/<template[\s\S]*<\/template>/, '');
    expect(outside).not.toMatch(/<script|modulepreload/);
    expect(readFileSync('public/boot.js', 'utf8')).toContain(`getElementById('${SCRIPTS_TEMPLATE_ID}')`);
  });

  it('refuses markup the Content-Security-Policy would block, and an index.html without the placeholder', () => {
    expect(() => injectLanding(built, '<p style="color:red">x</p>')).toThrow(/inline/);
    expect(() => injectLanding(built, '<script>alert(1)</script>')).toThrow(/inline/);
    expect(() => injectLanding('<div id="root"></div>', '<p>x</p>')).toThrow(/placeholder|has no/);
    expect(() => injectLanding(`<html><head></head><body>${ROOT_PLACEHOLDER}</body></html>`, '<p>x</p>')).toThrow(
      /entry/,
    );
  });

  it('finds the placeholder in the real index.html', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(ROOT_PLACEHOLDER);
  });
});

describe('injectBootTexts', () => {
  it('writes the loading note in every language, one <span lang> each, escaped', () => {
    const html = injectBootTexts(`<body>${BOOT_TEXTS.loading}</body>`, {
      loading: { en: 'Loading Twin Onboarding…', de: 'Wird geladen <…>' },
    });
    expect(html).toBe(
      '<body><p class="boot resume-note" role="status"><span class="in-every-language"><span lang="en">Loading Twin Onboarding…</span>' +
        '<span lang="de">Wird geladen &lt;…&gt;</span></span></p></body>',
    );
  });

  it('finds the note in the real index.html, and refuses a page without it', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(BOOT_TEXTS.loading);
    expect(() => injectBootTexts('<body></body>', { loading: { en: 'x' } })).toThrow(/has no/);
  });
});
