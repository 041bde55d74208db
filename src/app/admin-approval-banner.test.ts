import { afterEach, describe, expect, it, vi } from 'vitest';

/** Step 1 as a visitor who arrives with `search` in the address sees it (rendered as the build prerenders it). */
async function landingWith(search: string): Promise<string> {
  vi.stubGlobal('window', {
    addEventListener() {},
    removeEventListener() {},
    location: {
      search,
      href: `https://onboard.example.com/${search}`,
      origin: 'https://onboard.example.com',
      pathname: '/',
      hash: '',
    },
  });
  vi.stubGlobal('sessionStorage', { getItem: () => null, setItem() {}, removeItem() {}, length: 0, key: () => null });
  const { renderLanding } = await import('./prerender');
  return renderLanding();
}

describe('the answer of the admin consent link, on step 1', () => {
  afterEach(() => vi.unstubAllGlobals());

  // Importing and rendering the whole app takes a few seconds on a busy machine.
  it(
    'is told as what the address says, not as a fact: anyone can write admin_consent=True into a link',
    { timeout: 30_000 },
    async () => {
      const html = await landingWith('?admin_consent=True&tenant=00000000-0000-0000-0000-000000000001');
      const banner = /<p role="status"[^>]*>([^]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(banner).toContain('Microsoft Entra ID&#x27;s answer in this address says that an administrator approved');
      expect(banner).toContain('If so,');
      expect(banner).not.toMatch(/^An administrator approved/);
      // Not dressed as a success either.
      expect(html).not.toContain('class="card success"');
    },
  );
});
