import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openApp } from './harness/app';

const CLIENT_ID = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
/** the test DOM's own host, where the portal runs */
const HERE = window.location.host;

/**
 * A deployment's config.json decides whether the portal starts. Which values are refused is decided (and unit-tested)
 * in src/config/schema.test.ts; here, what the page then does: it names the key and the rule, and offers no way on.
 */
describe('open redirect: a returnUrl outside the allow-list', () => {
  it.each([
    'https://evil.example/',
    `http://${HERE}@evil.example/`,
    '//evil.example/',
    'javascript:alert(document.domain)',
    // Placeholders are for the path, query or fragment: none may name the host.
    `http://{tenantId}@${HERE}/`,
  ])('is refused: %s', async (returnUrl) => {
    await openApp({ config: { clientId: CLIENT_ID, appName: 'Contoso Twins', returnUrl } });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This portal is not configured correctly' })).toBeTruthy();
    const row = within(alert).getByRole('row', { name: /returnUrl/ });
    expect(row.textContent).toContain(returnUrl);
    expect(row.textContent).toContain('allowedReturnOrigins');
    // The portal does not start, and nothing offers the way out.
    expect(screen.queryByRole('button', { name: 'Sign in with Microsoft' })).toBeNull();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('a returnUrl on an origin the operator allowed is accepted', async () => {
    await openApp({
      config: {
        clientId: CLIENT_ID,
        appName: 'Contoso Twins',
        returnUrl: 'https://twins.contoso.example/done',
        allowedReturnOrigins: ['https://twins.contoso.example'],
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.queryAllByRole('alert')).toEqual([]);
  });
});
