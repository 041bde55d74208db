import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheLookupPolicy } from '@azure/msal-browser';
import { acquireSilently } from '../src/auth/tokens.ts';

// MSAL v5 needs a same-origin "redirect bridge" page for exactly two flows: popups and the hidden iframe of silent
// renewal (ssoSilent, or acquireTokenSilent falling back to it). The portal has no such page, so it must use neither.

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('no flow of the portal needs the MSAL redirect bridge page', () => {
  const code = sources('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('opens no popup and asks for no token through the hidden iframe', () => {
    const bridged = /\b(loginPopup|acquireTokenPopup|logoutPopup|ssoSilent|verifySSO)\b/;
    expect(code.filter((f) => bridged.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('asks for tokens silently in one place, with the cache and the refresh token only (no iframe fallback)', async () => {
    expect(code.filter((f) => /\.acquireTokenSilent\(/.test(f.text)).map((f) => f.path)).toEqual([
      join('src', 'auth', 'tokens.ts'),
    ]);
    let request;
    const msal = { acquireTokenSilent: async (r) => ((request = r), { accessToken: 'x' }) };
    await acquireSilently(msal, { homeAccountId: 'h' }, ['s'], 'https://login.microsoftonline.com/t');
    expect(request.cacheLookupPolicy).toBe(CacheLookupPolicy.AccessTokenAndRefreshToken);
  });

  it('so neither the page nor its entry is built, and no app registration lists it', () => {
    expect(existsSync('redirect.html')).toBe(false);
    expect(readFileSync('vite.config.ts', 'utf8')).not.toContain("entry('redirect.html')");
    for (const file of [
      'e2e/support/constants.ts',
      'packages/emulator/src/testkit.ts',
      'public/staticwebapp.config.json',
      'docs/examples/usgov/staticwebapp.config.json',
    ]) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('redirect.html');
    }
  });
});
