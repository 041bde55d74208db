import { describe, expect, it } from 'vitest';
import { parseSubscription, parseTenant, type Subscription, type Tenant } from '../azure/models';
import { i18n } from '../i18n/i18n';
import { canSignInTo, directoryName, subscriptionOffer } from './directories';

const PARTNER = '2b4d6f80-7a9c-4b1e-8d3f-5a7c9e1b3d50';
const CONTOSO = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const FABRIKAM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

// As ARM's GET /tenants and GET /subscriptions answer a partner's admin (shapes of the 2022-12-01 examples).
const tenants: Tenant[] = [
  {
    tenantId: PARTNER,
    displayName: 'Northwind Partners',
    defaultDomain: 'northwindpartners.onmicrosoft.com',
    tenantCategory: 'Home',
  },
  {
    tenantId: CONTOSO,
    displayName: 'Contoso',
    defaultDomain: 'contoso.onmicrosoft.com',
    tenantCategory: 'ProjectedBy',
  },
  { tenantId: FABRIKAM, displayName: 'Fabrikam', defaultDomain: 'fabrikam.onmicrosoft.com', tenantCategory: 'Home' },
].map((t) => parseTenant(t, 'GET /tenants'));
const sub = (name: string, tenantId: string | undefined, managedBy: string[] = []): Subscription =>
  parseSubscription(
    {
      subscriptionId: `id-${name}`,
      displayName: name,
      tenantId,
      state: 'Enabled',
      managedByTenants: managedBy.map((id) => ({ tenantId: id })),
    },
    'GET /subscriptions',
  );

describe('which directory a subscription sets up', () => {
  it('reads tenantCategory and managedByTenants from ARM', () => {
    expect(tenants.map((t) => t.category)).toEqual(['Home', 'ProjectedBy', 'Home']);
    expect(sub('Contoso Production', CONTOSO, [PARTNER]).managedByTenants).toEqual([PARTNER]);
    expect(
      parseSubscription(
        { subscriptionId: 'x', state: 'Enabled', managedByTenants: [null, { tenantId: 3 }, { tenantId: 'ok' }] },
        'op',
      ).managedByTenants,
    ).toEqual(['ok']);
  });

  it('a directory of its own or as a guest can be signed in to; a projected or managing one cannot', () => {
    expect(tenants.map(canSignInTo)).toEqual([true, false, true]);
    expect(canSignInTo({ category: 'ManagedBy' })).toBe(false);
    expect(canSignInTo({ category: undefined })).toBe(true);
  });

  it("offers the directory's own subscriptions only, saying why another directory's is not offered", () => {
    expect(subscriptionOffer(sub('Northwind Internal', PARTNER), PARTNER, tenants, i18n)).toEqual({ usable: true });
    expect(subscriptionOffer(sub('No tenantId', undefined), PARTNER, tenants, i18n)).toEqual({ usable: true });

    const projected = subscriptionOffer(sub('Contoso Production', CONTOSO, [PARTNER]), PARTNER, tenants, i18n);
    expect(projected).toEqual({
      usable: false,
      reason:
        'Belongs to Contoso (contoso.onmicrosoft.com), delegated to you through Azure Lighthouse: registering on it would set up that directory, ' +
        "not Northwind Partners (northwindpartners.onmicrosoft.com). You can't sign in to Contoso (contoso.onmicrosoft.com); one of its admins (or a guest of it) has to set it up.",
    });
    const guest = subscriptionOffer(sub('Fabrikam Shared', FABRIKAM, [PARTNER]), PARTNER, tenants, i18n);
    expect(guest.usable).toBe(false);
    expect(!guest.usable && guest.reason).toContain(
      'To set up Fabrikam (fabrikam.onmicrosoft.com), switch to it under "Directory to set up". There you work as its guest and see only ' +
        'the subscriptions Fabrikam (fabrikam.onmicrosoft.com) gave your guest account a role on: the ones delegated through Azure Lighthouse ' +
        'are listed only here, in Northwind Partners (northwindpartners.onmicrosoft.com).',
    );
    // A subscription of another directory that is not delegated (a guest's list in an old api-version) needs no such warning.
    const other = subscriptionOffer(sub('Fabrikam Other', FABRIKAM), PARTNER, tenants, i18n);
    expect(!other.usable && other.reason).toMatch(/switch to it under "Directory to set up"\.$/);
    expect(directoryName('unknown-id', tenants, i18n)).toBe('unknown-id');
  });
});
