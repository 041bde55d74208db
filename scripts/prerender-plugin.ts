/**
 * Prerenders the landing page into index.html at build time: the header, the step list and step 1 are real
 * markup, painted before any script arrives, and main.tsx hydrates them (src/app/prerender.tsx renders them
 * with react-dom/server, through a short-lived Vite server so the app's own modules and VITE_* seeds are used).
 */
import { createServer, type Plugin } from 'vite';

/** What index.html's root holds in the source: the dev server keeps it, the build replaces it. */
export const ROOT_PLACEHOLDER = '<div id="root"><p class="boot" role="status">Loading Twin Onboarding…</p></div>';

/**
 * index.html with the landing markup in its root (`data-prerendered` tells main.tsx to hydrate), and the app's
 * scripts fetched at low priority: the first paint needs only the HTML and its stylesheet, so on a slow link
 * the scripts must not take bandwidth from them. They still start at once, beside config.json.
 */
export function injectLanding(html: string, markup: string): string {
  if (!html.includes(ROOT_PLACEHOLDER)) throw new Error(`prerender: index.html has no ${ROOT_PLACEHOLDER}`);
  // The strict Content-Security-Policy allows no inline script or style; the landing markup needs neither.
  if (/<script|<style|\sstyle=/i.test(markup)) throw new Error('prerender: the landing markup has inline script or style');
  return html
    .replace(/<(script type="module"|link rel="modulepreload") /g, '<$1 fetchpriority="low" ')
    .replace(ROOT_PLACEHOLDER, () => `<div id="root" data-prerendered="">${markup}</div>`);
}

async function renderLanding(root: string, mode: string): Promise<string> {
  const server = await createServer({
    root,
    mode,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { renderLanding(): string };
    return module.renderLanding();
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
        return injectLanding(html, await renderLanding(root, mode));
      },
    },
  };
}
