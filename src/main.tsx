import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@lingui/react';
import { t } from '@lingui/core/macro';
import { start } from './app/start';
import { i18n } from './i18n/i18n';
import './app/app.css';

const container = document.getElementById('root')!;
let root: Root | undefined;

/** The first render is on screen: public/boot.js may have hidden the prerendered page until now. */
function Shown({ children }: { children: ReactNode }) {
  useLayoutEffect(() => document.documentElement.classList.remove('resuming'), []);
  return children;
}

/**
 * Renders into the page's root. The build prerendered the landing page there (scripts/prerender-plugin.ts):
 * `hydrate` when this is that page, so React adopts the markup on screen; anything else replaces it.
 */
function show(app: ReactNode, { hydrate }: { hydrate: boolean }): void {
  const node = (
    <I18nProvider i18n={i18n}>
      <Shown>{app}</Shown>
    </I18nProvider>
  );
  if (root) return root.render(node);
  if (hydrate && container.hasAttribute('data-prerendered')) {
    root = hydrateRoot(container, node);
    return;
  }
  root = createRoot(container);
  root.render(node);
}

// A tab with a session, or a sign-in coming back (public/boot.js said so): the steps after sign-in are likely needed.
start(show, { resuming: document.documentElement.classList.contains('resuming') }).catch((error: unknown) => {
  // Nothing in start() should throw; if it does, say so instead of leaving the loading text (or a dead button) forever.
  document.documentElement.classList.remove('resuming');
  // replaceChildren, not innerHTML: the CSP requires Trusted Types for script sinks, and innerHTML is one.
  container.replaceChildren();
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  const reason = error instanceof Error ? error.message : String(error);
  p.textContent = t`Twin Onboarding could not start: ${reason}. Reload the page to try again.`;
  container.append(p);
});
