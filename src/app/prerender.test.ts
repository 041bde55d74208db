import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountInfo, PublicClientApplication } from '@azure/msal-browser';
import { renderLanding } from './prerender';
import { startsOnLanding } from './landing';
import { landingConfig } from '../config/landing';
import type { Runtime } from '../runtime/runtime';

describe('the prerendered landing page', () => {
  const html = renderLanding();

  it('is step 1 as a signed-out visitor sees it, in live mode, with the shipped defaults', () => {
    expect(html).toContain('<h1 id="step-heading" tabindex="-1">Sign in</h1>');
    expect(html.match(/<li class="step step-/g)).toHaveLength(4);
    expect(html).toContain('aria-current="step"');
    expect(html).toContain('for <span class="config-pending">your application</span>');
    expect(html).toContain('<code><span class="config-pending">Microsoft.IoTSpaces</span></code>');
    expect(html).toContain('href="/?demo">Try the demo instead</a>');
    expect(html).not.toContain('Demo mode');
    expect(html).not.toContain('Signed in');
    // Controls that need the app wait for it, disabled: a click before it starts would be lost.
    expect(html).toMatch(/<button[^>]*\sdisabled=""[^>]*>Sign in with Microsoft<\/button>/);
    expect(html).toMatch(/<button[^>]*\sdisabled=""[^>]*>Under the hood<\/button>/);
  });

  it('shows the sign-in button disabled under its own label until the app is ready', () => {
    expect(html).toContain('<button type="button" class="button primary" disabled="">Sign in with Microsoft</button>');
  });

  it('has no inline script or style, which the Content-Security-Policy would block', () => {
    expect(html).not.toMatch(/<script|<style|\sstyle=/i);
  });
});

describe('startsOnLanding: hydrate the prerendered page, or render afresh over it', () => {
  const ownAccount = {
    homeAccountId: 'h',
    tenantId: 't',
    idTokenClaims: { aud: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b' },
  } as unknown as AccountInfo;
  const runtime = (overrides: Partial<Runtime> = {}, accounts: AccountInfo[] = []): Runtime => ({
    config: { ...landingConfig(), clientId: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', appName: 'Contoso Twins' },
    msal: { getAllAccounts: () => accounts } as unknown as PublicClientApplication,
    arm: {} as Runtime['arm'],
    demo: undefined,
    redirectError: undefined,
    ...overrides,
  });
  let search = '';
  const storage = new Map<string, string>();

  beforeEach(() => {
    search = '';
    storage.clear();
    vi.stubGlobal('window', {
      location: {
        get search() {
          return search;
        },
      },
    });
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
      removeItem: (key: string) => storage.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('hydrates a signed-out live visit, whatever config.json names (those values wait hidden)', () => {
    expect(startsOnLanding(runtime())).toBe(true);
  });

  it('renders afresh for demo mode, a signed-in account, a failed sign-in, a directory link or an admin approval', () => {
    expect(startsOnLanding(runtime({ config: { ...landingConfig(), mode: 'demo' } }))).toBe(false);
    expect(startsOnLanding(runtime({}, [ownAccount]))).toBe(false);
    expect(startsOnLanding(runtime({ redirectError: new Error('AADSTS65004') }))).toBe(false);
    search = '?tenant=contoso.onmicrosoft.com';
    expect(startsOnLanding(runtime())).toBe(false);
    search = '?admin_consent=True';
    storage.clear();
    expect(startsOnLanding(runtime())).toBe(false);
  });

  it('ignores accounts of other apps in the shared MSAL cache', () => {
    const other = { ...ownAccount, idTokenClaims: { aud: 'another-app' } } as unknown as AccountInfo;
    expect(startsOnLanding(runtime({}, [other]))).toBe(true);
  });
});
