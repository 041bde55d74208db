import { createStore } from '../storage/store';

/**
 * A directory named in the portal's address (`?tenant=contoso.onmicrosoft.com` or a tenant id): a developer's
 * link can send a customer admin straight to the sign-in page of their organisation. It lasts for the tab.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isTenantReference(value: string): boolean {
  return GUID.test(value) || DOMAIN.test(value);
}

const hint = createStore<string | undefined>(
  'tenant',
  1,
  undefined,
  (v) => (isTenantReference(v as string) ? (v as string) : undefined),
  true,
);

/** The hint from the address (remembered) or from earlier in this tab; a malformed one is ignored. */
export function readTenantHint(search: string = window.location.search): string | undefined {
  const fromUrl = new URLSearchParams(search).get('tenant')?.trim();
  if (fromUrl && isTenantReference(fromUrl)) hint.set(fromUrl.toLowerCase());
  return hint.get();
}

/** Forget the hint for the tab, and take it out of the address: a re-render or a reload must not bring it back. */
export function clearTenantHint(): void {
  hint.clear();
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (!url.searchParams.has('tenant')) return;
  // Other parameters stay exactly as they were (`?demo` must not become `?demo=`).
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && new URLSearchParams(pair).keys().next().value !== 'tenant');
  window.history.replaceState(
    window.history.state,
    '',
    `${url.pathname}${kept.length ? `?${kept.join('&')}` : ''}${url.hash}`,
  );
}
