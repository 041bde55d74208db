import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@lingui/react';
import { parseConfig } from '../config/schema';
import { i18n } from '../i18n/i18n';
import { buildReport } from './report';
import ReportSummary from './ReportSummary';

function summaryFor(configFile: Record<string, unknown>): string {
  const parsed = parseConfig(configFile, 'https://onboard.example.com');
  if (!parsed.ok) throw new Error('config');
  const report = buildReport({
    config: parsed.config,
    tenant: { id: '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7', displayName: 'Contoso' },
    account: 'admin@contoso.onmicrosoft.com',
    subscription: undefined,
    providerState: 'Registered',
    journal: { watchingSince: {}, registeredSeenAt: {}, problems: [] },
    generatedAt: new Date('2026-11-29T00:00:00.000Z'),
  });
  return renderToStaticMarkup(createElement(I18nProvider, { i18n }, createElement(ReportSummary, { report })));
}

describe('the readable report', () => {
  it('names the deployment’s support contact as a link, as the JSON does', () => {
    expect(summaryFor({ supportContact: 'mailto:help@fabrikam.example' })).toContain(
      'Questions about this onboarding: <a href="mailto:help@fabrikam.example">help@fabrikam.example</a>',
    );
    expect(summaryFor({ supportContact: 'https://fabrikam.example/support/' })).toContain(
      '<a href="https://fabrikam.example/support/">fabrikam.example/support</a>',
    );
  });

  it('says nothing of a contact when the deployment has none', () => {
    const html = summaryFor({});
    expect(html).toContain('Onboarding summary: Contoso');
    expect(html).not.toContain('Questions about this onboarding');
  });
});
