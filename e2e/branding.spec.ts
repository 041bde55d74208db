import { test, expect, serveConfig, signIn } from './fixtures';
import { TEST_CLIENT_ID } from './support/constants';
import { expectNoAxeViolations } from './support/axe';

test("the developer's branding: logo, accent colour on primary buttons, support contact on problem cards", async ({
  page,
}) => {
  await serveConfig(page, {
    clientId: TEST_CLIENT_ID,
    appName: 'Contoso Twins',
    logoUrl: '/favicon.svg',
    accentColor: '#5c2e91',
    supportContact: 'mailto:twins@contoso.com',
  });
  await page.goto('/');
  // Loaded under the shipped CSP (img-src 'self'; the fixture fails on any violation), sized before it arrives.
  const logo = page.getByRole('banner').getByRole('img', { name: 'Contoso Twins' });
  await expect(logo).toHaveAttribute('width', '40');
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const primary = page.getByRole('button', { name: 'Sign in with Microsoft' });
  await expect(primary).toHaveCSS('background-color', 'rgb(92, 46, 145)');
  await expect(primary).toHaveCSS('color', 'rgb(255, 255, 255)');

  await signIn(page, 'Ada Admin', { consent: 'decline' });
  const card = page.getByRole('alert').filter({ hasText: 'Sign-in was cancelled' });
  await expect(card).toContainText('Need help? Contact twins@contoso.com.');
  await expect(card.getByRole('link', { name: 'twins@contoso.com' })).toHaveAttribute(
    'href',
    'mailto:twins@contoso.com',
  );
  await expectNoAxeViolations(page, 'branded sign-in step with a problem card');
});
