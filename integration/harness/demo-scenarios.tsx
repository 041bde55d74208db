// The demo's scenario → outcome table and the walk that checks one row, for the two test files
// integration/demo-scenarios-*.integration.test.tsx.
import { expect } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import {
  digitalTwinsHostName,
  digitalTwinsInstanceId,
  ROLE_IDS,
  SCENARIO_IDS,
  scenarioNames,
  SCENARIOS,
} from '@twin-onboarding/emulator';
import { DEMO_APP, DEMO_CLIENT_ID } from '../../src/config/schema';
import { CREATE_INSTANCE_COMMAND, CREATE_INSTANCE_URL } from '../../src/onboarding/steps/InstanceStep';
import { readJournal } from '../../src/onboarding/journal';
import { openApp, type App } from './app';

/** How far each scenario's first person gets, and what stops them. A scenario without an entry fails its test. */
interface Outcome {
  /**
   * the heading of Microsoft's page that stops them at sign-in; they return to the app without consent, the
   * only way back a person who may not approve the app has
   */
  stoppedBy?: 'Need admin approval' | 'Approval required';
  /** a subscription can be chosen */
  choose: boolean;
  /** the Register button is offered, and pressed */
  register: boolean;
  /** the step heading at the end */
  end: 'Sign in' | 'Choose a subscription' | 'Register the resource provider' | 'Verify access';
  /** the title of the problem card shown at the end (its name, not any text in it); none means no card at all */
  problem?: string;
  /** a text the end step shows besides */
  says?: string;
  /**
   * the card offers Microsoft's step-up (ARM's claims challenge): "Verify with Microsoft", the second factor on the
   * demo's sign-in page, and back on the step the held-up register call goes once more, by itself, and is accepted
   */
  stepUp?: true;
  /** the start of what the demo's presenter notes say about this scenario at the end step */
  presenterNote?: string;
}

/**
 * Today's Digital Twins (the twins-* scenarios, `digitalTwins` in the scenario's world): sign in, choose the
 * instance, (register only when there is none), check access. The walk picks `pick`, reads the verdict, grants the
 * Digital Twins permission when asked, and ends on the access step with what it proved.
 */
interface TwinsOutcome {
  twins: {
    /**
     * no instance at first: the step says so (Azure portal link, az line) and offers registering; the walk registers
     * Microsoft.DigitalTwins on the first subscription offered, back on the step creates an instance with the demo
     * controls (as the Azure portal would) and checks again
     */
    noneAtFirst?: true;
    /** the instances offered, as listed: name, subscription, and what the row says besides */
    instances: Array<[string, string, string?]>;
    /** the one picked */
    pick: string;
    /** the note of the access step before the verdict (public network access) */
    note?: string;
    /** who is listed as holding a sufficient role: [object id, kind, role], in the order shown */
    holders: Array<[string, 'Group' | 'User' | 'Service principal (an app)', string]>;
    /** texts of the verdict (the "Who can call" card) */
    verdict: string[];
    /** the verdict is a refusal (role alert): nobody holds enough */
    refused?: true;
    /** the copyable text the verdict gives (the request or the admin's to-do) and a line it contains */
    copy?: { label: 'Copy your to-do' | 'Copy the request'; line: string };
    /** the heading of the card once Entra ID issued the token */
    proven: string;
    /** texts of that card (what it proved, what it could not check) */
    provenSays: string[];
    /** giving the role from the verdict card (the twins-grant-* scenarios), before the Digital Twins permission */
    grant?: GrantOutcome;
  };
}

/**
 * The instance in the developer's directory (the twins-guest-* scenarios, `hosting: "developer"`): after sign-in only
 * the check, which asks the developer's directory for a Digital Twins token for the signed-in person. The portal stays
 * in the customer's directory throughout, reads no subscription of it, and never leaves for Microsoft's error page.
 */
interface GuestOutcome {
  guest: {
    /** the title of the card at the end; none: the token was issued */
    problem?: string;
    /** how the card's "What to do" begins: whose administrator must act */
    mustAct?: string;
    /** MFA there: "Continue to Microsoft", the second factor on the page of the developer's directory, then the token */
    stepUp?: true;
  };
}

/** What giving the role from the verdict card comes to. */
interface GrantOutcome {
  /**
   * no form at all (the admin may not assign roles): `ask` says whom to ask; `activate`: an eligible role to
   * activate in PIM instead, which the walk activates (as the Azure portal would) before "Check again"
   */
  noForm?: { ask?: true; activate?: true };
  /** the principal the form gives the role to: the scenario's group by object id, or the admin themself */
  to?: 'group' | 'me';
  /** the problem card Azure's refusal ends on (the walk stops there) */
  problem?: string;
  /** Azure's own delay before the role works, in ms (the walk lets that much time pass) */
  delayMs?: number;
  /**
   * the PUT meets ARM's claims challenge (mandatory MFA): "Verify with Microsoft", the second factor, and back on the
   * verdict the same assignment goes once more, by itself: the PUTs are [401, 201] and the report lists the step-up
   */
  stepUp?: true;
}

const APP = DEMO_APP.name;
const NOT_ADA = "You don't hold them yourself: being Owner of the subscription grants no data access.";

/** A scenario's instance, as its world has it. */
function instanceOf(scenario: string, name: string) {
  const instance = SCENARIOS[scenario]?.digitalTwinsInstances?.find((i) => i.name === name);
  if (!instance) throw new Error(`no instance ${name} in ${scenario}`);
  return instance;
}

const host = (scenario: string, name: string) => digitalTwinsHostName(instanceOf(scenario, name));

/** The az line that gives a group of the app's users the role on the instance. */
function groupLine(scenario: string, name: string, role: string): string {
  const scope = digitalTwinsInstanceId(instanceOf(scenario, name));
  return `az role assignment create --assignee-object-id <group-object-id> --assignee-principal-type Group --role ${role} --scope ${scope}`;
}

const FULL: Outcome = { choose: true, register: true, end: 'Verify access' };

/** Stopped at sign-in by Microsoft's page titled `page`, then back in the portal without consent. */
function stoppedForApproval(page: NonNullable<Outcome['stoppedBy']>): Outcome {
  return {
    stoppedBy: page,
    choose: false,
    register: false,
    end: 'Sign in',
    problem: 'Sign-in was cancelled',
    says: 'Microsoft said an administrator must approve this app?',
  };
}

/** One line per scenario of packages/emulator/src/scenarios.ts (docs/testing.md, "Adding a scenario"). */
const EXPECTED: Record<string, Outcome | TwinsOutcome | GuestOutcome> = {
  happy: FULL,
  'no-subscription': {
    choose: false,
    register: false,
    end: 'Choose a subscription',
    says: 'Your directory has no Azure subscription you can use',
  },
  // Already registered there: the wizard goes straight on to verification.
  'already-registered': { choose: true, register: false, end: 'Verify access' },
  // Warned before the click, refused by ARM after it.
  reader: {
    choose: true,
    register: true,
    end: 'Register the resource provider',
    problem: "You don't have permission to register resource providers on this subscription",
  },
  'slow-registration': FULL,
  'retired-namespace': {
    choose: true,
    register: false,
    end: 'Register the resource provider',
    problem: "This Azure cloud doesn't know Microsoft.IoTSpaces",
  },
  'many-subscriptions': FULL,
  'hostile-data': FULL,
  throttled: FULL,
  flaky: { choose: false, register: false, end: 'Choose a subscription', problem: 'Azure had a temporary problem' },
  'registration-fails': {
    choose: true,
    register: true,
    end: 'Register the resource provider',
    problem: 'The registration did not complete',
  },
  'stuck-registration': {
    choose: true,
    register: true,
    end: 'Register the resource provider',
    says: 'Azure is registering',
  },
  'several-directories': FULL,
  // Only the partner's own subscription can set up the partner's directory; the customers' rows are not offered.
  'partner-admin': FULL,
  // Microsoft's own page stops Riley; returning without consent is a plain decline (AADSTS65004), whose card
  // still holds the request for an administrator.
  'admin-approval': stoppedForApproval('Need admin approval'),
  'admin-approval-workflow': stoppedForApproval('Approval required'),
  // AADSTS90093 shows the same page as 90094.
  'consent-policy': stoppedForApproval('Need admin approval'),
  // A deployment mistake: Ada signs in and consents, then Entra ID refuses the browser its tokens (AADSTS9002326).
  'web-platform': {
    choose: false,
    register: false,
    end: 'Sign in',
    problem: "This portal's address is registered as a web app, not a single-page app",
  },
  malformed: {
    choose: false,
    register: false,
    end: 'Choose a subscription',
    problem: 'Azure answered in an unexpected way',
  },
  // A password-only sign-in: reads work, the register call meets ARM's claims challenge (mandatory MFA for Azure).
  'mfa-required': {
    choose: true,
    register: true,
    end: 'Register the resource provider',
    problem: 'Azure asks for multifactor authentication before this change',
    stepUp: true,
    presenterNote: 'In this directory Azure demands multi-factor authentication for every change',
  },
  // The same for a Conditional Access authentication context (c1) on ARM writes.
  'mfa-auth-context': {
    choose: true,
    register: true,
    end: 'Register the resource provider',
    problem: 'Your organization asks for an extra check first',
    stepUp: true,
  },
  // Today's Digital Twins: Ada, Owner of the subscriptions, holds no data role herself in any of them.
  'twins-group-role': {
    twins: {
      instances: [['contoso-twins', 'Contoso Production']],
      pick: 'contoso-twins',
      holders: [[SCENARIO_IDS.twinStudioUsers, 'Group', 'Azure Digital Twins Data Owner']],
      verdict: [`1 principal holds a role that covers what ${APP} needs`, NOT_ADA],
      proven: `Ready: ${APP} can use ${host('twins-group-role', 'contoso-twins')}`,
      provenSays: [
        '1 principal holds a role with every data action the app needs.',
        'Who is in the groups that hold the role',
        'Conditions on role assignments',
      ],
    },
  },
  // Riley's Data Reader and the group's model-only custom role do not cover what an app that writes needs.
  'twins-no-role': {
    twins: {
      instances: [['contoso-twins', 'Contoso Production']],
      pick: 'contoso-twins',
      holders: [],
      refused: true,
      verdict: [
        `Nobody can call the instance for ${APP} yet.`,
        `The role to give is Azure Digital Twins Data Owner (${ROLE_IDS.digitalTwinsDataOwner}).`,
        'so you may assign it yourself',
      ],
      copy: {
        label: 'Copy your to-do',
        line: groupLine('twins-no-role', 'contoso-twins', ROLE_IDS.digitalTwinsDataOwner),
      },
      proven: 'What the portal proved so far',
      provenSays: ['No principal holds a role with every data action the app needs.'],
    },
  },
  // The instance the demo controls create holds no data role for anyone.
  'twins-no-instance': {
    twins: {
      noneAtFirst: true,
      instances: [['contoso-twins', 'Contoso Production']],
      pick: 'contoso-twins',
      holders: [],
      refused: true,
      verdict: [`Nobody can call the instance for ${APP} yet.`, 'so you may assign it yourself'],
      copy: {
        label: 'Copy your to-do',
        line: groupLine('twins-group-role', 'contoso-twins', ROLE_IDS.digitalTwinsDataOwner),
      },
      proven: 'What the portal proved so far',
      provenSays: ['No principal holds a role with every data action the app needs.'],
    },
  },
  // The group's Data Reader on all of Dev/Test reaches both instances there.
  'twins-several': {
    twins: {
      instances: [
        ['contoso-twins', 'Contoso Production'],
        ['contoso-twins-lab', 'Contoso Dev/Test'],
        ['contoso-twins-test', 'Contoso Dev/Test'],
      ],
      pick: 'contoso-twins-test',
      holders: [[SCENARIO_IDS.twinStudioUsers, 'Group', 'Azure Digital Twins Data Reader']],
      verdict: [`1 principal holds a role that covers what ${APP} needs`, NOT_ADA],
      proven: `Ready: ${APP} can use ${host('twins-several', 'contoso-twins-test')}`,
      provenSays: ['1 principal holds a role with every data action the app needs.'],
    },
  },
  'twins-private': {
    twins: {
      instances: [['contoso-twins', 'Contoso Production', 'Public network access disabled']],
      pick: 'contoso-twins',
      note: 'Public network access is disabled on contoso-twins',
      holders: [[SCENARIO_IDS.twinStudioUsers, 'Group', 'Azure Digital Twins Data Owner']],
      verdict: [`1 principal holds a role that covers what ${APP} needs`],
      proven: `Ready: ${APP} can use ${host('twins-private', 'contoso-twins')}`,
      provenSays: ['1 principal holds a role with every data action the app needs.'],
    },
  },
  // A service principal holds Data Reader: ready, but whether it is the app's a browser cannot see.
  'twins-app-caller': {
    twins: {
      instances: [['contoso-twins', 'Contoso Production']],
      pick: 'contoso-twins',
      holders: [[SCENARIO_IDS.developerAppPrincipal, 'Service principal (an app)', 'Azure Digital Twins Data Reader']],
      verdict: ['A service principal holds a role that lets an app call the instance.', NOT_ADA],
      proven: `Ready: ${APP} can use ${host('twins-app-caller', 'contoso-twins')}`,
      provenSays: [
        `a browser cannot see the object ID of ${APP}'s service principal in your directory`,
        `az ad sp show --id ${DEMO_CLIENT_ID} --query id --output tsv`,
      ],
    },
  },
  // The instance in Proseware's directory; Ada, Contoso's admin, signs in to Contoso's.
  'twins-guest-ready': { guest: {} },
  'twins-guest-not-invited': {
    guest: {
      problem: `You are not a guest in ${APP}'s directory yet`,
      mustAct: `Who must act: the team behind ${APP}.`,
    },
  },
  'twins-guest-outbound-blocked': {
    guest: {
      problem: `Your directory doesn't let its people be guests in ${APP}'s directory`,
      mustAct: 'Who must act: an administrator of your directory',
    },
  },
  'twins-guest-inbound-blocked': {
    guest: {
      problem: `${APP}'s directory doesn't accept guests from your directory`,
      mustAct: `Who must act: the team behind ${APP}.`,
    },
  },
  'twins-guest-mfa': { guest: { problem: `${APP}'s directory asks you for multifactor authentication`, stepUp: true } },
  'twins-guest-tenant-restrictions': {
    guest: {
      problem: `Your network doesn't allow sign-ins to ${APP}'s directory`,
      mustAct: 'Who must act: your network administrator.',
    },
  },
  // Issue 18: the data role given from the verdict card, or why not.
  'twins-grant-group': grantRow('twins-grant-group', { to: 'group' }, 'group'),
  'twins-grant-me': grantRow('twins-grant-me', { to: 'me' }, 'me'),
  'twins-grant-slow': grantRow('twins-grant-slow', { to: 'me', delayMs: 4 * 60_000 }, 'me'),
  'twins-grant-policy': grantRow(
    'twins-grant-policy',
    { to: 'group', problem: 'An Azure Policy forbids this role assignment' },
    'none',
  ),
  'twins-grant-contributor': {
    twins: {
      ...grantRow('twins-grant-contributor', { noForm: { ask: true } }, 'none').twins,
      copy: {
        label: 'Copy the request',
        line: groupLine('twins-grant-contributor', 'contoso-twins', ROLE_IDS.digitalTwinsDataOwner),
      },
    },
  },
  'twins-grant-eligible': grantRow('twins-grant-eligible', { noForm: { activate: true }, to: 'group' }, 'group'),
  'twins-grant-mfa': grantRow('twins-grant-mfa', { to: 'me', stepUp: true }, 'me'),
};

/**
 * A twins-grant-* scenario: nobody holds the data role at first; `given` is who holds it once the walk is done.
 * Ada's verdict offers her to-do (she may assign) unless the row says otherwise.
 */
function grantRow(scenario: string, grant: GrantOutcome, given: 'group' | 'me' | 'none'): TwinsOutcome {
  const mayAssign = !grant.noForm;
  return {
    twins: {
      instances: [['contoso-twins', 'Contoso Production']],
      pick: 'contoso-twins',
      holders: [],
      refused: true,
      verdict: [`Nobody can call the instance for ${APP} yet.`],
      ...(mayAssign
        ? {
            copy: {
              label: 'Copy your to-do' as const,
              line: groupLine(scenario, 'contoso-twins', ROLE_IDS.digitalTwinsDataOwner),
            },
          }
        : {}),
      proven:
        given === 'none' ? 'What the portal proved so far' : `Ready: ${APP} can use ${host(scenario, 'contoso-twins')}`,
      provenSays:
        given === 'none'
          ? ['No principal holds a role with every data action the app needs.']
          : ['1 principal holds a role with every data action the app needs.'],
      grant,
    },
  };
}

/** Nothing loading any more, no raw error text, and every card with its details for support. */
async function settled(app: App): Promise<void> {
  await app.inPortal();
  await app.idle();
  expect(screen.queryAllByText(/at \w+ \(|TypeError|ReferenceError|Uncaught/)).toEqual([]);
  // Problem cards are alerts named by their title; the access step's refusal is an unnamed alert of its own.
  for (const card of screen.queryAllByRole('alert', { name: /./ }))
    expect(within(card).getByText('Details for support')).toBeTruthy();
}

const enabled = (name: RegExp) =>
  screen.queryAllByRole('button', { name }).filter((b) => !(b as HTMLButtonElement).disabled);

/** ARM requests (CORS preflights aside) in the emulator's log after the first `from`. */
function armSince(app: App, from: number) {
  return app.emulator.requests.slice(from).filter((r) => r.host === 'management.azure.com' && r.method !== 'OPTIONS');
}

const registering = () => screen.queryAllByText(/Azure is registering/).length > 0;

/** Registers on the register step, skipping the emulated Azure ahead a minute at a time until it is done. */
async function registerHere(app: App): Promise<void> {
  await app.user.click(enabled(/^Register Microsoft\./)[0]!);
  await waitFor(() =>
    expect(
      screen.queryAllByText(/Azure is registering/).length + screen.queryAllByRole('alert').length,
    ).toBeGreaterThan(0),
  );
  // A minute of Azure's time at a time, and the few seconds the portal waits before reading again.
  for (let i = 0; i < 3 && registering(); i++) {
    await app.user.click(screen.getByRole('button', { name: 'Skip ahead 1 minute' }));
    await app.pass(3_000);
  }
  await settled(app);
}

/**
 * Today's Digital Twins, after sign-in: the instance step (and, with none, the way out through registering and the
 * demo's "create"), the pick, the verdict read in at most three ARM requests, then the Digital Twins permission and
 * the card that says what was proven.
 */
async function walkTwins(app: App, person: string, expected: TwinsOutcome['twins']): Promise<void> {
  const { user } = app;
  expect(await app.heading()).toBe('Choose the Digital Twins instance');
  if (expected.noneAtFirst) {
    const none = screen.getByRole('region', { name: 'No Azure Digital Twins instance found' });
    expect(
      within(none)
        .getByRole('link', { name: 'Create an Azure Digital Twins instance in the Azure portal' })
        .getAttribute('href'),
    ).toBe(CREATE_INSTANCE_URL);
    expect(within(none).getByText(CREATE_INSTANCE_COMMAND)).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Use this instance/ })).toEqual([]);
    // Registering is the way out: on a subscription, then back on this step.
    await user.click(within(none).getByRole('button', { name: 'Register Microsoft.DigitalTwins on a subscription' }));
    expect(await app.heading()).toBe('Register the resource provider');
    await waitFor(() => expect(enabled(/^Use this subscription: /).length).toBeGreaterThan(0));
    const subscription = enabled(/^Use this subscription: /)[0]!
      .getAttribute('aria-label')!
      .replace(/^Use this subscription: /, '');
    await user.click(enabled(/^Use this subscription: /)[0]!);
    await settled(app);
    await registerHere(app);
    expect(app.requests('POST', '/providers/Microsoft.DigitalTwins/register').map((r) => r.status)).toEqual([200]);
    expect(await app.heading()).toBe('Choose the Digital Twins instance');
    const after = screen.getByRole('region', { name: 'No Azure Digital Twins instance found' });
    expect(after.textContent).toContain(`Microsoft.DigitalTwins is registered on ${subscription}.`);
    // The demo controls create one, as the Azure portal would; "Check again" finds it.
    await user.click(
      screen.getByRole('button', { name: 'Create a Digital Twins instance (as the Azure portal would)' }),
    );
    await app.findStatus('Created the instance contoso-twins in the emulated Azure');
    // Made elsewhere, so the step does not know until it asks again.
    await app.pass(30_000);
    expect(screen.getByRole('region', { name: 'No Azure Digital Twins instance found' })).toBe(after);
    await user.click(within(after).getByRole('button', { name: 'Check again' }));
    await settled(app);
  }

  // What the query found: after "Check again" the list replaces the "none found" region once the answer is in.
  const rows = (await screen.findAllByRole('button', { name: /^Use this instance: / })).map((b) => b.closest('tr')!);
  expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
    expected.instances.map(([name]) => expect.stringContaining(name)),
  );
  expected.instances.forEach(([name, subscription, besides], i) => {
    expect(rows[i]!.textContent).toContain(name);
    expect(rows[i]!.textContent).toContain(subscription);
    if (besides) expect(rows[i]!.textContent).toContain(besides);
  });

  // From the pick to the verdict: the assignments, definitions and the admin's permissions at the instance.
  const before = app.emulator.requests.length;
  await user.click(screen.getByRole('button', { name: `Use this instance: ${expected.pick}` }));
  await screen.findByRole('heading', { level: 2, name: `Who can call ${expected.pick}` });
  expect(await app.heading()).toBe('Check access');
  // PIM eligibility is read after the verdict, and only when roleAssignments/write is missing: not one of the three.
  const reads = armSince(app, before).filter((r) => !/roleEligibilityScheduleInstances/i.test(r.path));
  expect(reads.length, reads.map((r) => `${r.method} ${r.path}`).join('\n')).toBeLessThanOrEqual(3);
  for (const read of reads)
    expect(read.path).toMatch(
      new RegExp(`/digitalTwinsInstances/${expected.pick}/providers/Microsoft\\.Authorization/`),
    );
  await settled(app);

  if (expected.note) expect(await app.findNote(expected.note)).toBeTruthy();
  else
    expect(screen.queryAllByRole('note').filter((n) => n.textContent?.includes('Public network access'))).toEqual([]);
  const verdict = screen.getByRole('region', { name: `Who can call ${expected.pick}` });
  const table = within(verdict).queryByRole('table', {
    name: 'Principals holding a role with every data action the app needs',
  });
  const holders = table ? within(table).getAllByRole('row').slice(1) : [];
  expect(holders.map((row) => row.textContent)).toEqual(
    expected.holders.map(([id, kind, role]) =>
      expect.stringMatching(new RegExp(`^${kind.replace(/[()]/g, '\\$&')}.*${id}.*${role}`)),
    ),
  );
  for (const text of expected.verdict) expect(verdict.textContent).toContain(text);
  const refusal = within(verdict).queryAllByRole('alert');
  expect(refusal.length).toBe(expected.refused ? 1 : 0);
  if (expected.copy)
    expect(within(verdict).getByLabelText(`${expected.copy.label}: text`).textContent).toContain(expected.copy.line);
  else expect(within(verdict).queryAllByRole('button', { name: /^Copy / })).toEqual([]);
  if (expected.grant && !(await giveRole(app, verdict, expected.grant))) return;

  // The Digital Twins permission, then the card of what was proven.
  await app.answerDigitalTwinsConsent(person);
  // The report's summary is a chunk of its own: it loads in real time, which the test's clock does not hurry.
  await app.quiet();
  await screen.findByRole('heading', { level: 2, name: 'Report to hand back' });
  await waitFor(() => expect(screen.queryByText('Preparing the summary…')).toBeNull());
  await settled(app);
  const proven = await waitFor(() => screen.getByRole('status', { name: expected.proven }));
  for (const text of expected.provenSays) expect(proven.textContent).toContain(text);
  // The report records the step-up, as for register.
  if (expected.grant?.stepUp)
    expect(screen.getAllByText(/Azure asked for multifactor authentication; you completed it/).length).toBeGreaterThan(
      0,
    );
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Check access');
  expect(screen.queryAllByRole('alert', { name: /./ })).toEqual([]);
}

/** The admin's ARM writes in the emulator's log: role assignment PUTs, with their status. */
const puts = (app: App) => app.requests('PUT', '/roleAssignments/').map((r) => r.status);

/**
 * Gives the role from the verdict card, as `expected` says; true when the walk goes on (to the Digital Twins
 * permission), false when it ends on Azure's refusal. Whatever happens, at most one PUT.
 */
async function giveRole(app: App, shown: HTMLElement, expected: GrantOutcome): Promise<boolean> {
  // The verdict's region: a new one after the way back from Microsoft's page.
  let verdict = shown;
  const { user } = app;
  const form = () => within(verdict).queryByRole('form', { name: 'Give the role from here' });
  if (expected.noForm) {
    expect(form()).toBeNull();
    if (expected.noForm.ask) expect(verdict.textContent).toContain("Your roles on the instance don't include");
    if (!expected.noForm.activate) {
      expect(puts(app)).toEqual([]);
      return true;
    }
    const note = within(verdict).getByRole('note', { name: 'Activate your role first' });
    expect(note.textContent).toContain('You are eligible for Owner');
    // Activated in PIM (the Azure portal's doing), it counts after Azure's delay, for a new token: "Check again".
    app.changeWorld((emulator) => emulator.activateEligibleRole(SCENARIO_IDS.adaAdmin));
    await app.pass(30_000);
    await user.click(within(note).getByRole('button', { name: 'Check again' }));
    await app.until(() => form());
  }
  const give = form()!;
  if (expected.to === 'me') {
    await user.click(within(give).getByRole('radio', { name: /^Me \(/ }));
  } else {
    expect((within(give).getByRole('combobox', { name: 'Type of principal' }) as HTMLSelectElement).value).toBe(
      'Group',
    );
    // The guard first: the directory's own id is not a principal.
    await user.type(within(give).getByRole('textbox', { name: 'Object ID' }), SCENARIO_IDS.contosoTenant);
    await user.click(within(give).getByRole('button', { name: 'Review' }));
    expect(within(give).getByRole('alert').textContent).toContain("This is the directory's own ID");
    await user.clear(within(give).getByRole('textbox', { name: 'Object ID' }));
    await user.type(within(give).getByRole('textbox', { name: 'Object ID' }), SCENARIO_IDS.twinsUsersGroup);
  }
  await user.click(within(verdict).getByRole('button', { name: 'Review' }));
  const confirm = within(verdict).getByRole('group', { name: /^Give Azure Digital Twins Data Owner on / });
  expect(confirm.textContent).toContain(expected.to === 'me' ? SCENARIO_IDS.adaAdmin : SCENARIO_IDS.twinsUsersGroup);
  const button = within(confirm).getByRole('button', { name: 'Give the role' });
  // A double click sends one PUT.
  await user.dblClick(button);
  if (expected.problem) {
    const card = await waitFor(() => within(verdict).getByRole('alert', { name: expected.problem }));
    expect(within(card).getByText('Details for support')).toBeTruthy();
    expect(puts(app)).toEqual([403]);
    return false;
  }
  if (expected.stepUp) {
    const card = await waitFor(() =>
      within(verdict).getByRole('alert', { name: 'Azure asks for multifactor authentication before this change' }),
    );
    expect(puts(app)).toEqual([401]);
    await user.click(within(card).getByRole('button', { name: 'Verify with Microsoft' }));
    await screen.findByRole('heading', { level: 1, name: 'Verify your identity' });
    await user.click(screen.getByRole('button', { name: 'Approve sign-in' }));
    await app.inPortal();
    // Back on the verdict: nothing to click, the same assignment goes once more.
    verdict = await screen.findByRole('region', { name: /^Who can call / });
    await app.until(() => verdict.querySelector('[data-grant]'));
    expect(puts(app)).toEqual([401, 201]);
    expect(app.requests('GET', '/roleAssignments/').length).toBeGreaterThanOrEqual(2);
    expect(within(verdict).queryAllByRole('alert', { name: /./ })).toEqual([]);
  } else {
    await app.until(() => verdict.querySelector('[data-grant]'));
    expect(puts(app)).toEqual([201]);
  }
  if (expected.delayMs) {
    await app.pass(expected.delayMs - 60_000);
    expect(verdict.textContent).not.toContain('The role works');
    expect(verdict.textContent).toContain('Azure is taking longer than usual');
  }
  await app.until(() => within(verdict).queryByText('The role works'), { limitMs: 6 * 60_000, stepMs: 5_000 });
  expect(puts(app)).toEqual(expected.stepUp ? [401, 201] : [201]);
  await settled(app);
  return true;
}

/**
 * The instance in the developer's directory: the step says why there is nothing to set up here, the token request goes
 * to the developer's directory only, and the end is the token (from that directory) or a card naming who must act.
 */
async function walkGuest(app: App, expected: GuestOutcome['guest']): Promise<void> {
  const { user } = app;
  expect(await app.heading()).toBe('Check access');
  expect(screen.getByRole('note', { name: 'Why there is nothing to set up in your directory' })).toBeTruthy();
  const developerToken = `/${SCENARIO_IDS.developerTenant}/oauth2/v2.0/token`;
  const answered = () =>
    screen.queryByRole('status', { name: `Your account can get a token for ${APP}'s instance` }) ??
    screen.queryAllByRole('alert', { name: /./ })[0];
  await app.until(answered);
  await reportShown(app);
  if (expected.stepUp) {
    const card = screen.getByRole('alert', { name: expected.problem });
    await user.click(within(card).getByRole('button', { name: 'Continue to Microsoft' }));
    await screen.findByRole('heading', { level: 1, name: 'Verify your identity' });
    await user.click(screen.getByRole('button', { name: 'Approve sign-in' }));
    await app.inPortal();
    await app.until(answered);
    await reportShown(app);
  }
  // The redirect there and back changed nothing of the portal's own account: still Contoso's profile.
  const started = app.tab.started;
  if (started.page !== 'app') throw new Error('not in the portal');
  const account = started.runtime.msal.getActiveAccount();
  expect(account?.tenantId).toBe(SCENARIO_IDS.contosoTenant);
  expect(app.requests('POST', developerToken).length).toBeGreaterThan(0);
  // The budget: no ARM request to the customer's subscriptions in this mode beyond the directory list.
  expect(
    armSince(app, 0)
      .filter((r) => /\/subscriptions/i.test(r.path))
      .map((r) => r.path),
  ).toEqual([]);
  if (expected.problem && !expected.stepUp) {
    const card = screen.getByRole('alert', { name: expected.problem });
    if (expected.mustAct) expect(card.textContent).toContain(expected.mustAct);
    expect(screen.getByLabelText('Copy the request for the developer: text').textContent).toContain(account?.username);
    expect(screen.queryAllByRole('status', { name: /can get a token/ })).toEqual([]);
    // The report notes the card once, in English.
    const noted = readJournal(SCENARIO_IDS.contosoTenant).problems.filter((p) => p.title === expected.problem);
    expect(noted).toHaveLength(1);
  } else {
    const ready = screen.getByRole('status', { name: `Your account can get a token for ${APP}'s instance` });
    expect(ready.textContent).toContain(SCENARIO_IDS.developerTenant);
    expect(screen.queryAllByRole('alert', { name: /./ })).toEqual([]);
  }
}

/** The report's summary is a chunk of its own: it loads in real time, which the test's clock does not hurry. */
async function reportShown(app: App): Promise<void> {
  await app.quiet();
  await screen.findByRole('heading', { level: 2, name: 'Report to hand back' });
  await waitFor(() => expect(screen.queryByText('Preparing the summary…')).toBeNull());
  await settled(app);
}

/** The two halves of the table, each in its own test file so that Vitest runs them side by side. */
export type ScenarioPart = 'resource provider' | 'Digital Twins';

/**
 * Which half a scenario's row is in: today's Digital Twins (the twins and guest walks) or the resource provider flow.
 * A scenario without a row lands in the resource provider half and fails there, so none can be left out.
 */
export function scenarioPart(name: string): ScenarioPart {
  const expected = EXPECTED[name];
  return expected && ('twins' in expected || 'guest' in expected) ? 'Digital Twins' : 'resource provider';
}

/** The scenarios of one half, in the order of packages/emulator/src/scenarios.ts. */
export function scenariosOf(part: ScenarioPart): string[] {
  return scenarioNames().filter((name) => scenarioPart(name) === part);
}

/**
 * A newcomer trying to break the portal with the demo's scenarios: the scenario, signed in as its first person, as
 * far as the portal lets them go, ending where EXPECTED says. Never a blank page, a stuck spinner or a raw stack
 * trace (the harness also fails a test on any console error).
 */
export async function walkScenario(name: string): Promise<void> {
  const expected = EXPECTED[name];
  if (!expected) throw new Error(`no expected outcome for the scenario "${name}": add it to EXPECTED`);
  const app = await openApp({ scenario: name });
  const { user } = app;
  await screen.findByRole('note', { name: 'Demo mode' });
  await user.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }));
  const first = (await screen.findAllByRole('button', { name: /^Sign in as / }))[0]!;
  const person = first.textContent!.replace(/^Sign in as /, '');
  await user.click(first);
  // The consent page, Microsoft's page that stops them, or the portal: whatever follows the account picker.
  const accept = await waitFor(() => {
    const button = screen.queryByRole('button', { name: 'Accept' });
    const heading = screen.queryByRole('heading', { level: 1 });
    if (!button && (!heading || heading.textContent === 'Pick an account')) throw new Error('still picking an account');
    return button;
  });
  if (accept) await user.click(accept);
  if ('twins' in expected) {
    await settled(app);
    await walkTwins(app, person, expected.twins);
    return;
  }
  if ('guest' in expected) {
    await app.inPortal();
    await walkGuest(app, expected.guest);
    return;
  }
  if (expected.stoppedBy) {
    await screen.findByRole('heading', { level: 1, name: expected.stoppedBy });
    await user.click(screen.getByRole('button', { name: 'Return to the application without granting consent' }));
  }
  await settled(app);

  const use = /^Use this subscription: /;
  if (expected.choose) {
    await waitFor(() => expect(enabled(use).length).toBeGreaterThan(0));
    await user.click(enabled(use)[0]!);
    await screen.findByRole('heading', { level: 1, name: /Register the resource provider|Verify access/ });
    await settled(app);
  } else {
    expect(enabled(use)).toEqual([]);
  }

  if (expected.register) await registerHere(app);
  else expect(enabled(/^Register Microsoft\./)).toEqual([]);

  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(expected.end);
  if (expected.problem) expect(screen.getByRole('alert', { name: expected.problem })).toBeTruthy();
  else expect(screen.queryAllByRole('alert')).toEqual([]);
  if (expected.says) expect(screen.getAllByText(expected.says, { exact: false }).length).toBeGreaterThan(0);
  if (expected.presenterNote) {
    const notes = screen.getByText('Presenter notes').closest('details')!;
    expect(notes.textContent).toContain(expected.presenterNote);
  }

  if (expected.stepUp) {
    expect(app.requests('POST', '/register').map((r) => r.status)).toEqual([401]);
    await user.click(
      within(screen.getByRole('alert', { name: expected.problem })).getByRole('button', {
        name: 'Verify with Microsoft',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Verify your identity' });
    await user.click(screen.getByRole('button', { name: 'Approve sign-in' }));
    await settled(app);
    await app.findStatus('Azure is registering');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(app.requests('POST', '/register').map((r) => r.status)).toEqual([401, 200]);
  }
}
