import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../config/schema';
import { UNREADABLE_ID } from '../problems/ids';
import { readJournal, recordRetry, type Journal } from './journal';
import { buildReport, reportFileName } from './report';
import { MemoryStorage } from '../testing/memory-storage';

const parsed = parseConfig({}, 'https://onboard.example.com');
if (!parsed.ok) throw new Error('config');
const config = parsed.config;

describe('report and journal when the browser could not read ARM ids', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', new MemoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('the register request says which ids were not readable, and keeps ours', () => {
    const journal: Journal = {
      registration: {
        subscriptionId: 'sub-1',
        requestedAt: '2026-11-29T10:00:00.000Z',
        correlationId: undefined,
        requestId: undefined,
        clientRequestId: 'cli-1',
        stateReturned: 'Registering',
      },
      watchingSince: {},
      registeredSeenAt: {},
      problems: [],
    };
    const report = buildReport({
      config,
      tenant: { id: 't-1' },
      account: 'admin@contoso.onmicrosoft.com',
      subscription: undefined,
      providerState: 'Registering',
      journal,
      generatedAt: new Date('2026-11-29T10:01:00Z'),
    });
    // Through JSON, as the report is shown and copied: an undefined id would vanish.
    const shown = JSON.parse(JSON.stringify(report)) as { provider: { registerRequest: Record<string, string> } };
    expect(shown.provider.registerRequest).toMatchObject({
      correlationId: UNREADABLE_ID,
      requestId: UNREADABLE_ID,
      clientRequestId: 'cli-1',
    });
  });

  it('a throttled wait without a readable Retry-After or correlation id says so; a lost answer has none to read', () => {
    recordRetry('t-1', {
      operation: 'GET /subscriptions',
      attempt: 1,
      delayMs: 750,
      reason: 'throttled',
      clientRequestId: 'cli-2',
    });
    recordRetry('t-1', { operation: 'GET /x', attempt: 1, delayMs: 750, reason: 'network', clientRequestId: 'cli-3' });
    recordRetry('t-1', {
      operation: 'GET /y',
      attempt: 1,
      delayMs: 4000,
      reason: 'throttled',
      retryAfterSeconds: 4,
      clientRequestId: 'cli-4',
      correlationId: 'corr-4',
    });
    const [throttled, network, readable] = readJournal('t-1').problems.map((p) => Object.fromEntries(p.ids));
    expect(throttled).toMatchObject({
      'Retry-After (s)': UNREADABLE_ID,
      'x-ms-correlation-request-id': UNREADABLE_ID,
      'x-ms-client-request-id': 'cli-2',
    });
    expect(network).toEqual({
      Request: 'GET /x',
      Attempt: '1',
      'Waited (ms)': '750',
      'x-ms-client-request-id': 'cli-3',
    });
    expect(readable).toMatchObject({ 'Retry-After (s)': '4', 'x-ms-correlation-request-id': 'corr-4' });
  });
});

function reportFor(tenantId: string) {
  return buildReport({
    config,
    tenant: { id: tenantId, displayName: 'Contoso' },
    account: 'admin@contoso.onmicrosoft.com',
    subscription: undefined,
    providerState: undefined,
    journal: { watchingSince: {}, registeredSeenAt: {}, problems: [] },
    generatedAt: new Date('2026-11-29T23:59:59.000Z'),
  });
}

describe('report file name', () => {
  it('names the tenant and the UTC date the report was generated', () => {
    expect(reportFileName(reportFor('6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7'))).toBe(
      'twin-onboarding-report-6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7-2026-11-29.json',
    );
  });

  it('a tenant id that is not a plain GUID cannot reach another folder', () => {
    expect(reportFileName(reportFor('../..\\x y/z'))).toBe('twin-onboarding-report-..-..-x-y-z-2026-11-29.json');
  });
});

describe('support contact', () => {
  it('the report names the deployment’s support contact, and says null when there is none', () => {
    expect(reportFor('t').supportContact).toBeNull();
    const parsed = parseConfig({ supportContact: 'mailto:help@fabrikam.example' }, 'https://onboard.example.com');
    if (!parsed.ok) throw new Error('config');
    const withContact = buildReport({
      config: parsed.config,
      tenant: { id: 't' },
      account: 'admin@contoso.onmicrosoft.com',
      subscription: undefined,
      providerState: undefined,
      journal: { watchingSince: {}, registeredSeenAt: {}, problems: [] },
      generatedAt: new Date('2026-11-29T00:00:00.000Z'),
    });
    expect(withContact.supportContact).toBe('mailto:help@fabrikam.example');
  });
});
