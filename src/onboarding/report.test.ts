import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/schema';
import { buildReport, reportFileName } from './report';

const config = (() => {
  const result = parseConfig({}, 'https://onboard.example.com');
  if (!result.ok) throw new Error('config');
  return result.config;
})();

function report(tenantId: string) {
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
    expect(reportFileName(report('6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7'))).toBe(
      'twin-onboarding-report-6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7-2026-11-29.json',
    );
  });

  it('a tenant id that is not a plain GUID cannot reach another folder', () => {
    expect(reportFileName(report('../..\\x y/z'))).toBe('twin-onboarding-report-..-..-x-y-z-2026-11-29.json');
  });
});

describe('support contact', () => {
  it('the report names the deployment’s support contact, and says null when there is none', () => {
    expect(report('t').supportContact).toBeNull();
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
