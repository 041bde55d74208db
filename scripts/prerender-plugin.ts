/**
 * Prerenders the landing page into index.html at build time: the header, the step list and step 1 are real
 * markup, painted before any script arrives, and main.tsx hydrates them (src/app/prerender.tsx renders them
 * with react-dom/server, through a short-lived Vite server so the app's own modules and VITE_* seeds are used).
 */
import { createServer, type Plugin } from 'vite';
import { lingui } from '@lingui/vite-plugin';
import { linguiMacros } from './lingui-macros.ts';

/** What index.html's root holds in the source: the dev server keeps it, the build replaces it. */
export const ROOT_PLACEHOLDER = '<div id="root"><p class="boot" role="status">Loading Twin Onboarding…</p></div>';

/** Where the built index.html keeps the app's scripts until public/boot.js starts them. */
export const SCRIPTS_TEMPLATE_ID = 'app-scripts';

/**
 * index.html with the landing markup in its root (`data-prerendered` tells main.tsx to hydrate), and the app's
 * scripts (the entry and its modulepreloads) moved into an inert `<template>`: the first paint needs only the HTML
 * and its stylesheet, and a request that starts before it counts against it, on a slow link as in Lighthouse's
 * simulation. public/boot.js puts them into the page right after the first paint (at once when the page shows
 * something else); with scripts blocked nothing fetches them.
 */
export function injectLanding(html: string, markup: string): string {
  if (!html.includes(ROOT_PLACEHOLDER)) throw new Error(`prerender: index.html has no ${ROOT_PLACEHOLDER}`);
  // The strict Content-Security-Policy allows no inline script or style; the landing markup needs neither.
  if (/<script|<style|\sstyle=/i.test(markup))
    throw new Error('prerender: the landing markup has inline script or style');
  const scripts: string[] = [];
  const entry = /[ \t]*<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>\n?/;
  if (!entry.test(html)) throw new Error('prerender: index.html has no entry <script type="module" src>');
  html = html.replace(/[ \t]*<link rel="modulepreload"[^>]*>\n?/g, (tag) => {
    scripts.push(tag.trim());
    return '';
  });
  html = html.replace(entry, (tag) => {
    const indent = /^[ \t]*/.exec(tag)![0];
    return `${indent}<template id="${SCRIPTS_TEMPLATE_ID}">${[...scripts, tag.trim()].join('')}</template>\n`;
  });
  return html.replace(ROOT_PLACEHOLDER, () => `<div id="root" data-prerendered="">${markup}</div>`);
}

/**
 * index.html's texts shown before the app, in the source's English: the build puts every language there. (The note
 * shown when scripts are blocked stays English: without scripts no language is chosen, and the prerendered page is
 * English too.)
 */
export const BOOT_TEXTS = {
  loading: '<p class="boot resume-note" role="status">Loading Twin Onboarding…</p>',
};

type BootTexts = Record<keyof typeof BOOT_TEXTS, Record<string, string>>;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The texts index.html shows before the app in every language, one `<span lang>` each: public/boot.js sets
 * `<html lang>` before the first paint and app.css shows the matching one, so no visitor reads another language first.
 */
export function injectBootTexts(html: string, texts: BootTexts): string {
  for (const key of Object.keys(BOOT_TEXTS) as Array<keyof typeof BOOT_TEXTS>) {
    const element = BOOT_TEXTS[key];
    if (!html.includes(element)) throw new Error(`prerender: index.html has no ${element}`);
    const spans = Object.entries(texts[key])
      .map(([lang, text]) => `<span lang="${lang}">${escapeHtml(text)}</span>`)
      .join('');
    html = html.replace(element, () =>
      element.replace(/>[^<]*<\/p>$/, () => `><span class="in-every-language">${spans}</span></p>`),
    );
  }
  return html;
}

async function renderLanding(root: string, mode: string): Promise<{ markup: string; texts: BootTexts }> {
  const server = await createServer({
    root,
    mode,
    configFile: false,
    plugins: [linguiMacros(), lingui()],
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      renderLanding(): string;
      bootTexts(): Promise<BootTexts>;
    };
    const texts = await module.bootTexts();
    return { markup: module.renderLanding(), texts };
  } finally {
    await server.close();
  }
}

export function prerenderLanding(): Plugin {
  let root = process.cwd();
  let mode = 'production';
  return {
    name: 'prerender-landing',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (context.path !== '/index.html') return html;
        const { markup, texts } = await renderLanding(root, mode);
        return injectBootTexts(injectLanding(html, markup), texts);
      },
    },
  };
}
