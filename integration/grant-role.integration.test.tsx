import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SCENARIO_IDS } from '@twin-onboarding/emulator';
import { openApp, type App } from './harness/app';

/**
 * Giving the data role, with time in the test's hands: the wait for Azure's propagation (reads, back-off, the
 * "taking longer" words), a reload in the middle of it, and the one PUT whatever happens.
 */

const puts = (app: App) => app.requests('PUT', '/roleAssignments/').map((r) => r.status);
/** The admin's permission reads at the instance (each with a newly issued token while waiting). */
const permissionReads = (app: App) =>
  app.emulator.requests.filter(
    (r) => r.method === 'GET' && /\/providers\/Microsoft\.Authorization\/permissions\?/i.test(r.path),
  );

async function toVerdict(app: App): Promise<HTMLElement> {
  await app.signIn('Ada Admin');
  await app.user.click(await screen.findByRole('button', { name: 'Use this instance: contoso-twins' }));
  await screen.findByRole('heading', { level: 2, name: 'Who can call contoso-twins' });
  await app.quiet();
  return screen.getByRole('region', { name: 'Who can call contoso-twins' });
}

async function giveToMe(app: App, verdict: HTMLElement): Promise<void> {
  await app.user.click(within(verdict).getByRole('radio', { name: /^Me \(/ }));
  await app.user.click(within(verdict).getByRole('button', { name: 'Review' }));
  await app.user.click(within(verdict).getByRole('button', { name: 'Give the role' }));
  await app.until(() => within(verdict).queryByText('Role given: waiting until it works'));
}

describe('waiting for a role that takes four minutes (twins-grant-slow)', () => {
  it('reads every 3 s, then no more often than every 5 s; says Azure takes longer after 3 minutes; one PUT', async () => {
    const app = await openApp({ scenario: 'twins-grant-slow' });
    const verdict = await toVerdict(app);
    await giveToMe(app, verdict);
    const start = app.emulator.requests.length;
    const assignedAt = Date.now();
    expect(verdict.textContent).not.toContain('Azure is taking longer than usual');
    // Three minutes of Azure not yet applying the role.
    await app.pass(3 * 60_000 - 1_000);
    const reads = permissionReads(app).filter((r) => r.seq > app.emulator.requests[start - 1]!.seq);
    // At most the schedule's 29 in 3 minutes (src/onboarding/grant/wait-schedule.ts): fewer, as each read waits for
    // a new token and ARM's answer before the next delay starts.
    expect(reads.length).toBeGreaterThanOrEqual(12);
    expect(reads.length).toBeLessThanOrEqual(29);
    const late = reads.filter((r) => r.at - assignedAt >= 35_000);
    for (let i = 1; i < late.length; i++) expect(late[i]!.at - late[i - 1]!.at).toBeGreaterThanOrEqual(5_000 - 50);
    await app.pass(2_000);
    expect(verdict.textContent).toContain('Azure is taking longer than usual');
    expect(verdict.textContent).toContain('Still checking: 3 min so far.');

    await app.until(() => within(verdict).queryByText('The role works'), { limitMs: 2 * 60_000, stepMs: 5_000 });
    expect(puts(app)).toEqual([201]);
    // Seen: the reads stop.
    const done = permissionReads(app).length;
    await app.pass(2 * 60_000);
    expect(permissionReads(app).length - done).toBeLessThanOrEqual(1);
  });

  it('a reload while waiting keeps waiting on the same assignment: no second PUT, and the report has both times', async () => {
    const app = await openApp({ scenario: 'twins-grant-slow' });
    await giveToMe(app, await toVerdict(app));
    await app.pass(60_000);
    await app.tab.goto(window.location.pathname + window.location.search);
    await app.inPortal();
    const verdict = await screen.findByRole('region', { name: 'Who can call contoso-twins' });
    await app.until(() => within(verdict).queryByText('Role given: waiting until it works'));
    expect(within(verdict).queryByRole('form', { name: 'Give the role from here' })).toBeNull();
    // Azure lists the new assignment at once; the journal knows it is not working yet: "given", not "holds".
    expect(verdict.textContent).toContain('You were given the role, but it does not work yet');
    expect(verdict.textContent).toContain('Given, not yet working');
    expect(verdict.textContent).not.toContain('You hold the data actions it needs yourself.');
    expect(verdict.textContent).not.toContain('You hold it yourself.');
    await app.until(() => within(verdict).queryByText('The role works'), { limitMs: 5 * 60_000, stepMs: 5_000 });
    expect(puts(app)).toEqual([201]);
    // Seen working: now the verdict says the admin holds it.
    await app.until(() =>
      verdict.textContent?.includes('You hold the data actions it needs yourself.') ? true : null,
    );
    expect(verdict.textContent).not.toContain('Given, not yet working');
    const card = within(verdict).getByText('The role works').closest('[data-grant]')!;
    expect(card.textContent).toMatch(/Given at \d{4}-\d\d-\d\dT.*, seen working at \d{4}-\d\d-\d\dT/);
  });
});

describe('the object id guard', () => {
  it("refuses the app's client id and zeros, names type and id before the PUT, and sends nothing for a refusal", async () => {
    const app = await openApp({ scenario: 'twins-grant-group' });
    const verdict = await toVerdict(app);
    const box = within(verdict).getByRole('textbox', { name: 'Object ID' });
    for (const [typed, says] of [
      [app.emulator.app.clientId, "This is the app's application (client) ID"],
      ['00000000-0000-0000-0000-000000000000', 'An object ID of zeros belongs to nobody.'],
      ['Twin app users', 'An object ID is a GUID'],
    ] as const) {
      await app.user.clear(box);
      await app.user.type(box, typed);
      await app.user.click(within(verdict).getByRole('button', { name: 'Review' }));
      expect(
        within(verdict)
          .getAllByRole('alert')
          .some((a) => a.textContent?.includes(says)),
      ).toBe(true);
      expect(box.getAttribute('aria-invalid')).toBe('true');
    }
    await app.user.clear(box);
    await app.user.type(box, SCENARIO_IDS.twinsUsersGroup.toUpperCase());
    await app.user.click(within(verdict).getByRole('button', { name: 'Review' }));
    const confirm = within(verdict).getByRole('group', {
      name: /^Give Azure Digital Twins Data Owner on contoso-twins\?$/,
    });
    expect(confirm.textContent).toContain(`To Group ${SCENARIO_IDS.twinsUsersGroup}.`);
    // "Change" goes back without a request.
    await app.user.click(within(confirm).getByRole('button', { name: 'Change' }));
    expect(puts(app)).toEqual([]);
    expect(app.requests('GET', '/roleAssignments/')).toEqual([]);
  });
});
