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
