import { describe, expect, it } from 'vitest';
import { ServerError } from '@azure/msal-browser';
import { english, i18n } from '../i18n/i18n';
import { parseConfig } from '../config/schema';
import type { Journal } from './journal';
import { buildReport } from './report';
import { developerRequest } from './guest-requests';
import { describeGuestProblem } from '../problems/classify-guest';
import { guestCatalogue } from '../problems/guest-catalogue';
import { CATALOGUE_KEYS } from '../problems/keys';
import { guestDecision } from './guest-access';

const origin = 'https://onboard.example.com';
const DEV = 'dddddddd-0000-4000-8000-000000000001';
const HOME = 'cccccccc-0000-4000-8000-000000000002';
const HOST = 'proseware-twins.api.weu.digitaltwins.azure.net';
const parsed = parseConfig(
  { digitalTwins: { hosting: 'developer', hostName: HOST, tenantId: DEV, dataRole: 'owner' } },
  origin,
);
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const ctx = {
  providerNamespace: config.providerNamespace,
  appName: 'Proseware Twin Studio',
  i18n: english,
  tenantId: DEV,
  customerTenantId: HOME,
  signInName: 'ada@contoso.com',
};
const EMPTY: Journal = { watchingSince: {}, registeredSeenAt: {}, problems: [] };
const input = (journal: Journal) => ({
  config,
  tenant: { id: HOME },
  account: 'ada@contoso.com',
  subscription: undefined,
  providerState: undefined,
  journal,
  generatedAt: new Date('2026-12-06T03:30:00.000Z'),
});

describe("the report with the instance in the developer's directory", () => {
  it("a token from the instance's directory: said, with what stays unchecked and the developer's to-do with sign-in names", () => {
    const token = {
      tenantId: DEV,
      account: 'ada@contoso.com',
      scopes: ['https://digitaltwins.azure.net/.default'],
      expiresOn: undefined,
      correlationId: 'c',
    };
    const report = buildReport(
      input({
        ...EMPTY,
        guest: {
          checkedAt: '2026-12-06T03:29:00.000Z',
          outcome: 'token-issued',
          actor: null,
          problem: null,
          aadsts: null,
          token,
        },
      }),
    );
    expect(report.digitalTwins).toMatchObject({
      hosting: 'developer',
      instanceHostName: HOST,
      instanceDirectory: DEV,
      outcome: 'token-issued',
      tokenFromInstanceDirectory: token,
      dataRoleChecked: false,
      notChecked: ['data-role-in-developer-directory', 'data-plane'],
      developerToDo: { signInNames: ['ada@contoso.com'] },
    });
    expect(
      report.digitalTwins && 'developerToDo' in report.digitalTwins && report.digitalTwins.developerToDo.role,
    ).toContain('Azure Digital Twins Data Owner');
    // Nothing of the customer's subscriptions: there is none to report in this mode.
    expect(report.subscription).toBeNull();
  });

  it('blocked: who must act and the code', () => {
    const report = buildReport(
      input({
        ...EMPTY,
        guest: {
          checkedAt: 't',
          outcome: 'blocked',
          actor: 'customer-admin',
          problem: 'guest-outbound-blocked',
          aadsts: 'AADSTS500212',
          token: null,
        },
      }),
    );
    expect(report.digitalTwins).toMatchObject({
      outcome: 'blocked',
      mustAct: 'customer-admin',
      aadsts: 'AADSTS500212',
      tokenFromInstanceDirectory: null,
    });
  });
});

describe("the cards of the developer's directory", () => {
  it('every key has an entry, and each names who must act', () => {
    const entries = guestCatalogue(ctx);
    expect(Object.keys(entries)).toEqual(CATALOGUE_KEYS.filter((key) => key.startsWith('guest-')));
    for (const key of [
      'guest-not-invited',
      'guest-inbound-blocked',
      'guest-device-required',
      'guest-blocked-by-policy',
    ] as const)
      expect(entries[key].remedy).toMatch(/^Who must act: the team behind Proseware Twin Studio\./);
    expect(entries['guest-outbound-blocked'].remedy).toMatch(/^Who must act: an administrator of your directory/);
    expect(entries['guest-outbound-blocked'].remedy).toContain('Outbound access settings');
    expect(entries['guest-tenant-restrictions'].remedy).toMatch(/^Who must act: your network administrator/);
  });

  it('AADSTS50020: not a guest yet, with the sign-in name, and the ids Entra sent', () => {
    const error = new ServerError(
      'invalid_grant',
      'corr',
      `AADSTS50020: User account 'ada@contoso.com' from identity provider 'https://sts.windows.net/${HOME}/' does not exist in tenant 'Proseware'. Trace ID: 11111111-1111-1111-1111-111111111111 Correlation ID: 22222222-2222-2222-2222-222222222222 Timestamp: 2026-12-06 03:00:00Z`,
    );
    const decision = guestDecision(error);
    const problem = describeGuestProblem(error, decision.kind === 'other' ? undefined : decision.key, ctx);
    expect(problem.key).toBe('guest-not-invited');
    expect(problem.title).toBe("You are not a guest in Proseware Twin Studio's directory yet");
    expect(problem.explanation).toContain('ada@contoso.com');
    expect(problem.explanation).toContain(DEV);
    expect(Object.fromEntries(problem.ids)).toMatchObject({
      'AADSTS code': 'AADSTS50020',
      'Trace ID': '11111111-1111-1111-1111-111111111111',
    });
  });

  it("the developer's request: invite by sign-in name, the role with its id, the inbound setting with our directory", () => {
    const text = developerRequest(i18n, {
      appName: 'Proseware Twin Studio',
      tenantId: DEV,
      hostName: HOST,
      dataRole: 'reader',
      customerTenantId: HOME,
      signInNames: ['ada@contoso.com', 'bo@contoso.com'],
      aadsts: 'AADSTS50020',
    });
    expect(text).toContain('- invite them as guests (B2B collaboration): ada@contoso.com, bo@contoso.com;');
    expect(text).toContain('Azure Digital Twins Data Reader (ID d57506d4-4c8d-48b1-8587-93c323f6a5a3)');
    expect(text).toContain(`from our directory (${HOME}) in your inbound cross-tenant access settings`);
    expect(text).toContain('Microsoft Entra ID answered: AADSTS50020.');
  });
});
