import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { adminApprovalRequest, adminConsentUrl, ownerRequest } from './requests';

const config = {
  authority: 'https://login.microsoftonline.com/organizations',
  clientId: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
  redirectUri: 'https://onboard.contoso.com/',
  armEndpoint: 'https://management.azure.com',
  appName: 'Contoso Twins',
};

describe('requests for the person who can unblock', () => {
  it('asks an owner to register, with the portal path and the CLI command', () => {
    const text = ownerRequest(i18n, {
      namespace: 'Microsoft.IoTSpaces',
      subscriptionName: 'Prod',
      subscriptionId: 'sub-1',
      appName: 'Contoso Twins',
    });
    expect(text).toContain('Owner or Contributor');
    expect(text).toContain('az provider register --namespace Microsoft.IoTSpaces --subscription sub-1');
    expect(text).toContain('Subscriptions > Prod > Settings > Resource providers > Microsoft.IoTSpaces > Register');
  });

  it('builds the v2 admin consent link for the directory, in the configured cloud', () => {
    const url = new URL(adminConsentUrl(config, 'contoso.onmicrosoft.com'));
    expect(url.origin + url.pathname).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent',
    );
    expect(url.searchParams.get('client_id')).toBe(config.clientId);
    expect(url.searchParams.get('scope')).toBe('https://management.azure.com/user_impersonation');
    expect(url.searchParams.get('redirect_uri')).toBe('https://onboard.contoso.com/');
    expect(adminApprovalRequest(i18n, config, 'contoso.onmicrosoft.com')).toContain(url.toString());
  });
});
