import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openApp } from './harness/app';

/** The demo's picture of the directory ("Under the hood", open in demo mode) shows the world the scenario runs. */
describe('the directory picture', () => {
  it("today's Digital Twins: the namespace the app uses, registered where the instance is", async () => {
    const app = await openApp({ scenario: 'twins-group-role' });
    await app.signIn('Ada Admin');
    // The panel and its picture are a lazily loaded chunk.
    await screen.findByText('Resource provider on the subscriptions', {}, { timeout: 10_000 });
    const row = await app.until(() =>
      screen
        .queryAllByRole('listitem')
        .find((li) => /^Contoso Production: Microsoft\.DigitalTwins Registered/.test(li.textContent ?? '')),
    );
    expect(row).toBeTruthy();
    expect(screen.queryByText(/Microsoft\.IoTSpaces/)).toBeNull();
  });

  it("the developer's directory: whether the admin is a guest there, and what keeps her out", async () => {
    const app = await openApp({ scenario: 'twins-guest-outbound-blocked' });
    // Signed in as the wizard of this mode has it, whatever its steps: the account, then consent for ARM.
    await app.user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await app.user.click(await screen.findByRole('button', { name: 'Sign in as Ada Admin' }));
    await app.user.click(await screen.findByRole('button', { name: 'Accept' }));
    await screen.findByText("The developer's directory: Proseware", {}, { timeout: 10_000 });
    const items = () => screen.queryAllByRole('listitem').map((li) => li.textContent ?? '');
    await app.until(() =>
      items().find((t) => t.startsWith('Ada Admin (admin@contoso.onmicrosoft.com): a guest there')),
    );
    expect(items()).toContain("Contoso's outbound settings for Proseware: blocked (default settings)");
    expect(items()).toContain("Proseware's inbound settings for Contoso: allowed (default settings)");
  });
});

describe('the directory picture: role assignments', () => {
  it('names who holds which role on the instance, there from the start', async () => {
    const app = await openApp({ scenario: 'twins-group-role' });
    await app.signIn('Ada Admin');
    await screen.findByRole('heading', { level: 4, name: 'Role assignments' }, { timeout: 10_000 });
    const row = await app.until(() =>
      screen
        .queryAllByRole('listitem')
        .find((li) =>
          /^Twin Studio users \(group\): Azure Digital Twins Data Owner on contoso-twins — there before the demo began/.test(
            li.textContent ?? '',
          ),
        ),
    );
    expect(row).toBeTruthy();
  });

  it("an Owner's PIM activation from the demo controls appears, pending until Azure lets it count", async () => {
    const app = await openApp({ scenario: 'twins-grant-eligible' });
    await app.signIn('Ada Admin');
    await screen.findByRole('heading', { level: 4, name: 'Role assignments' }, { timeout: 10_000 });
    expect(screen.getByText('None on the Digital Twins instances.')).toBeTruthy();
    await app.user.click(
      screen.getByRole('button', { name: 'Activate the eligible role (as Privileged Identity Management would)' }),
    );
    await app.findStatus('Activated Owner in the emulated Azure');
    const activated = () =>
      screen
        .queryAllByRole('listitem')
        .find((li) => /^Ada Admin \(user\): Owner on Contoso Production/.test(li.textContent ?? ''));
    expect((await app.until(activated)).textContent).toContain('(Azure lists it; it does not work yet)');
    expect(app.emulator.world().roleEligibilities[0]!.activatedAt).toBeGreaterThan(0);
    // A second press has nothing left to activate.
    await app.user.click(
      screen.getByRole('button', { name: 'Activate the eligible role (as Privileged Identity Management would)' }),
    );
    await app.findStatus('There is no eligible role left to activate.');
    await app.user.click(screen.getByRole('button', { name: 'Skip ahead 1 minute' }));
    await app.until(() => !activated()?.textContent?.includes('it does not work yet') && activated());
  });
});
