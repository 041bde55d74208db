/**
 * What a browser lets a page's script read of a cross-origin response: the CORS-safelisted response headers and
 * the ones the server lists in Access-Control-Expose-Headers (the Fetch standard's "CORS-safelisted response-header
 * name" and "CORS filtered response"). The demo's transports answer inside the page with no browser in between, so
 * the ARM client's fetch applies the rule itself: the portal reads ARM's ids and Retry-After in the demo only where a
 * browser would let it (a scenario with armExposeHeaders 'none' hides them, as the HTTPS emulator does in the
 * end-to-end tests). MSAL's network client still gets Entra's headers whole: filtering them too changed the demo's
 * focus after registration in e2e/accessibility.spec.ts's demo journey, for a reason not yet found.
 */
const SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);
/** Never readable by a script, whatever the server exposes. */
const FORBIDDEN = new Set(['set-cookie', 'set-cookie2']);

/** The headers of a cross-origin answer to a request without credentials (the portal sends none) a script can read. */
export function readableHeaders(headers: Record<string, string>): Record<string, string> {
  const exposeHeader =
    Object.entries(headers).find(([name]) => name.toLowerCase() === 'access-control-expose-headers')?.[1] ?? '';
  const exposed = new Set(
    exposeHeader
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  // '*' exposes every header, for requests without credentials only.
  const readable = (name: string) =>
    !FORBIDDEN.has(name) && (SAFELISTED.has(name) || exposed.has(name) || exposed.has('*'));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => readable(name.toLowerCase())));
}
