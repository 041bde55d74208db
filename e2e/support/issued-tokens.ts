import type { Page, Response } from '@playwright/test';

/** The tokens Entra ID (the emulator) issued to the page, read from the token endpoint's answers. */
export function collectIssuedTokens(page: Page): { tokens: Set<string>; settled: () => Promise<void> } {
  const tokens = new Set<string>();
  const reading: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    const request = response.request();
    if (
      request.method() !== 'POST' ||
      !new URL(response.url()).pathname.endsWith('/oauth2/v2.0/token') ||
      response.status() !== 200
    )
      return;
    reading.push(
      response.json().then((body: Record<string, unknown>) => {
        for (const key of ['access_token', 'id_token', 'refresh_token']) {
          if (typeof body[key] === 'string') tokens.add(body[key]);
        }
      }),
    );
  });
  return { tokens, settled: async () => void (await Promise.all(reading)) };
}

/** Demo mode issues tokens inside the page: MSAL's cache (sessionStorage) holds every one it kept. */
export async function tokensInMsalCache(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (let i = 0; i < sessionStorage.length; i++) {
      try {
        const entry = JSON.parse(sessionStorage.getItem(sessionStorage.key(i)!) ?? '') as {
          credentialType?: unknown;
          secret?: unknown;
        };
        if (typeof entry.credentialType === 'string' && typeof entry.secret === 'string') found.push(entry.secret);
      } catch {
        // not JSON: not MSAL's
      }
    }
    return found;
  });
}

/** A token, and for JWT-shaped ones also its payload and signature: a leak of either part is a leak. */
function needles(tokens: Iterable<string>): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    out.push(token);
    const [, payload, signature] = token.split('.');
    if (payload && payload.length >= 16) out.push(payload);
    if (signature && signature.length >= 16) out.push(signature);
  }
  return out;
}

export function leaks(haystack: string, tokens: Iterable<string>): number {
  return needles(tokens).filter((needle) => haystack.includes(needle)).length;
}
