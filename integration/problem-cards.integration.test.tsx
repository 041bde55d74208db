import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { openApp } from './harness/app';

const PRODUCTION = 'Contoso Production';

/**
 * The problem card each scenario leads to: what it says, the ids under "Details for support", the way on it offers.
 * (Which card a scenario ends on is the table in harness/demo-scenarios.tsx; the journeys through a real browser
 * are in e2e/.)
 */
describe('the card a scenario reaches', () => {
  it('retired-namespace: Microsoft.IoTSpaces is retired, configure Microsoft.DigitalTwins; nothing registered', async () => {
    const app = await openApp({ scenario: 'retired-namespace' });
    await app.signIn('Ada Admin');
    const row = await app.until(() =>
      screen
        .queryAllByRole('row')
        .find((r) => r.textContent?.includes(PRODUCTION) && r.textContent.includes("Couldn't read")),
    );
    expect(row).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    const card = await app.findCard("This Azure cloud doesn't know Microsoft.IoTSpaces");
    expect(card.textContent).toContain('retired');
    expect(card.textContent).toContain('"providerNamespace" to "Microsoft.DigitalTwins"');
    expect(await app.cardIds(card)).toMatchObject({ 'Error code': 'InvalidResourceNamespace' });
    expect(app.requests('POST', '/register')).toHaveLength(0);
  });

  it('malformed: a wrong shape is caught at the boundary, and Try again recovers', async () => {
    const app = await openApp({ scenario: 'malformed' });
    await app.signIn('Ada Admin');
    const card = await app.findCard('Azure answered in an unexpected way');
    await app.user.click(within(card).getByText('Details for support'));
    expect(card.textContent).toContain('value');
    await app.user.click(within(card).getByRole('button', { name: 'Try again' }));
    await app.until(() => screen.queryByRole('rowheader', { name: new RegExp(PRODUCTION) }));
    // The first provider read said registrationState: 42; that row says it couldn't read, the page stands.
    await app.until(() => screen.queryAllByText(/Couldn't read/).length > 0);
    await app.user.click(screen.getByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    expect(await screen.findByRole('button', { name: 'Register Microsoft.IoTSpaces' })).toBeTruthy();
  });

  it('no-subscription: explains the pay-as-you-go route, links the portal, and checks again', async () => {
    const app = await openApp({ scenario: 'no-subscription' });
    await app.signIn('Ada Admin');
    expect(
      await screen.findByRole('heading', { name: 'Your directory has no Azure subscription you can use' }),
    ).toBeTruthy();
    expect(screen.getAllByText(/pay-as-you-go/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: /Subscriptions in the Azure portal/ }).getAttribute('href')).toMatch(
      /portal\.azure\.com/,
    );
    const before = app.requests('GET', '/subscriptions?').length;
    await app.user.click(await screen.findByRole('button', { name: 'Check again' }));
    await app.until(() => app.requests('GET', '/subscriptions?').length === before + 1);
    // While it checks, the button says so and is disabled; then it offers to check again.
    await app.until(
      () => (screen.queryByRole('button', { name: 'Check again' }) as HTMLButtonElement | null)?.disabled === false,
    );
  });

  it('reader: a refused registration names the roles that can do it, with ARM ids', async () => {
    const app = await openApp({ scenario: 'reader' });
    await app.signIn('Riley Reader');
    await app.user.click(await screen.findByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    await app.user.click(await screen.findByRole('button', { name: 'Register Microsoft.IoTSpaces' }));
    const card = await app.findCard("You don't have permission");
    expect(card.textContent).toContain('Owner');
    expect(card.textContent).toContain('Contributor');
    const ids = await app.cardIds(card);
    expect(ids).toMatchObject({ 'Error code': 'AuthorizationFailed' });
    expect(Object.keys(ids)).toContain('x-ms-correlation-request-id');
    expect(app.requests('POST', '/register')).toHaveLength(1);
  });

  it('registration-fails: says the registration did not complete, names the subscription, and registering again works', async () => {
    const app = await openApp({ scenario: 'registration-fails' });
    await app.signIn('Ada Admin');
    await app.user.click(await screen.findByRole('button', { name: `Use this subscription: ${PRODUCTION}` }));
    await app.user.click(await screen.findByRole('button', { name: 'Register Microsoft.IoTSpaces' }));
    await app.findStatus('Azure is registering');
    const card = await app.until(
      () => screen.queryAllByRole('alert').find((a) => a.textContent?.includes('The registration did not complete')),
      { limitMs: 120_000 },
    );
    await app.user.click(within(card).getByText('Details for support'));
    expect(card.textContent).toContain(SCENARIO_IDS.subscriptions.production);
    await app.user.click(within(card).getByRole('button', { name: 'Register again' }));
    await app.findStatus('Azure is registering');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    await app.until(() => screen.queryByRole('heading', { level: 1, name: 'Verify access' }), { limitMs: 120_000 });
    expect(app.requests('POST', '/register')).toHaveLength(2);
  });
});
