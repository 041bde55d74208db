import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openApp, type App } from './harness/app';

/**
 * What the portal does while time passes: the decisions e2e could only check by sleeping. Here time is the test's
 * (the harness's fake timers move the app's clock and the emulator's together), so "nothing happens by itself in
 * the next 30 s" takes no 30 s and cannot be cut short by a slow machine.
 */
const signInPages = (app: App) => app.tab.navigations.filter((url) => new URL(url).pathname === '/demo/sign-in').length;

describe('a registration that takes long', () => {
  it('explains it can take long and keeps watching slowly: one read every 30 s', async () => {
    const app = await openApp({ scenario: 'stuck-registration' });
    await app.signIn('Ada Admin');
    await app.user.click(await screen.findByRole('button', { name: 'Use this subscription: Contoso Production' }));
    await app.user.click(await screen.findByRole('button', { name: 'Register Microsoft.IoTSpaces' }));
    await app.findStatus('Azure is registering');

    await app.jump(10.5 * 60_000);
    await app.until(() => screen.queryByText(/This is taking longer than usual\./));
    expect(screen.getByText(/keeps checking every 30 seconds/)).toBeTruthy();
    const reads = () => app.requests('GET', '/providers/Microsoft.IoTSpaces?').length;
    const before = reads();
    await app.pass(20_000);
    expect(reads() - before).toBeLessThanOrEqual(1);
    await app.pass(45_000);
    // …and it does go on reading. The read that fell due may still be on its way (its token is fetched first): on a
    // busy machine that takes real time, which the test's clock follows.
    await waitFor(() => expect(reads() - before).toBeGreaterThanOrEqual(2));
    expect(reads() - before).toBeLessThanOrEqual(3);
    expect(screen.queryAllByRole('alert')).toEqual([]);
  });
});

describe('no sign-in loop: after a failed sign-in the portal waits for the person', () => {
  it('declined permissions: one sign-in, however long the card stays', async () => {
    const app = await openApp({ scenario: 'happy' });
    await app.signIn('Ada Admin', { consent: 'decline' });
    const card = await app.findCard('Sign-in was cancelled');
    expect(await app.cardIds(card)).toMatchObject({ 'AADSTS code': 'AADSTS65004', Error: 'access_denied' });
    await app.pass(30_000);
    expect(signInPages(app)).toBe(1);
    expect(window.location.href).not.toContain('error=');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
  });

  it('a redirect URI on the Web platform (AADSTS9002326): one refused redemption, nothing after it', async () => {
    const app = await openApp({ scenario: 'web-platform' });
    await app.user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    await app.user.click(await screen.findByRole('button', { name: 'Sign in as Ada Admin' }));
    await app.user.click(await screen.findByRole('button', { name: 'Accept' }));
    const card = await app.findCard("This portal's address is registered as a web app, not a single-page app");
    expect(card.textContent).toContain('Single-page application platform');
    expect(await app.cardIds(card)).toMatchObject({ 'AADSTS code': 'AADSTS9002326' });
    expect(card.textContent).toMatch(/AADSTS9002326: .*Request origin: 'http:\/\/localhost(:\d+)?'/);
    await app.pass(30_000);
    expect(signInPages(app)).toBe(1);
    expect(app.requests('POST', '/oauth2/v2.0/token').map((r) => r.status)).toEqual([400]);
    expect(window.location.href).not.toContain('code=');
  });

  it('a lapsed sign-in: a card with a button, never a redirect by itself', async () => {
    const app = await openApp({ scenario: 'happy' });
    await app.signIn('Ada Admin');
    await screen.findByRole('button', { name: 'Use this subscription: Contoso Production' });
    // A day later in Entra's and ARM's time: the access token and the 24-hour SPA refresh token have expired.
    app.changeWorld((emulator) => emulator.clock.advance(25 * 60 * 60_000));
    await app.tab.goto('/');
    const card = await app.findCard('Please sign in again');
    await app.pass(30_000);
    expect(signInPages(app)).toBe(1);
    expect(within(card).getByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });
});
