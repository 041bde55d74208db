import { describe, expect, it } from 'vitest';
import { fillReturnUrl, placeholderProblem } from './return-url';

const TENANT = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const SUBSCRIPTION = '3c5e9a10-1111-4b2c-9d3e-000000000001';

describe('returnUrl placeholders', () => {
  it('fills in the tenant and the subscription, wherever after the origin they stand', () => {
    expect(
      fillReturnUrl('https://app.contoso.com/ready/{tenantId}?sub={subscriptionId}#t={tenantId}', {
        tenantId: TENANT,
        subscriptionId: SUBSCRIPTION,
      }),
    ).toBe(`https://app.contoso.com/ready/${TENANT}?sub=${SUBSCRIPTION}#t=${TENANT}`);
  });

  it('a URL without placeholders is left as it is', () => {
    expect(
      fillReturnUrl('https://app.contoso.com/start?x=%7B1%7D', { tenantId: TENANT, subscriptionId: SUBSCRIPTION }),
    ).toBe('https://app.contoso.com/start?x=%7B1%7D');
  });

  it('no subscription chosen: the placeholder becomes empty, never stays as braces', () => {
    expect(
      fillReturnUrl('https://app.contoso.com/?tenant={tenantId}&sub={subscriptionId}', {
        tenantId: TENANT,
        subscriptionId: undefined,
      }),
    ).toBe(`https://app.contoso.com/?tenant=${TENANT}&sub=`);
  });

  it.each([
    ['https://app.contoso.com/{tenantId}', '/../evil?x#y', '/%2F..%2Fevil%3Fx%23y'],
    ['https://app.contoso.com/?t={tenantId}&s=1', 'a&s=2#frag', '/?t=a%26s%3D2%23frag&s=1'],
    ['https://app.contoso.com/?t={tenantId}', '@evil.example:443/x', '/?t=%40evil.example%3A443%2Fx'],
    ['https://app.contoso.com/{tenantId}', 'é %', '/%C3%A9%20%25'],
  ])('a hostile value stays inside its place: %s with %j', (template, value, tail) => {
    const filled = fillReturnUrl(template, { tenantId: value, subscriptionId: value });
    expect(filled).toBe(`https://app.contoso.com${tail}`);
    const url = new URL(filled);
    expect(url.origin).toBe('https://app.contoso.com');
    expect(url.hash).toBe('');
  });

  it.each([
    ['https://{tenantId}.contoso.com/', 'host'],
    ['https://app.contoso.com:{tenantId}/', 'port'],
    ['https://app.contoso.com{tenantId}/', 'host'],
    ['{tenantId}://app.contoso.com/', 'scheme'],
    ['https://{subscriptionId}@app.contoso.com/', 'host'],
    ['https://app.contoso.com/{tenantID}', 'unknown placeholder {tenantID}'],
    ['https://app.contoso.com/{tenantId', 'stray'],
    ['https://app.contoso.com/}', 'stray'],
  ])('%s is refused: %s', (template, why) => {
    expect(placeholderProblem(template)).toContain(
      why === 'host' || why === 'port' || why === 'scheme' ? 'scheme, host or port' : why,
    );
  });

  it.each([
    'https://app.contoso.com/{tenantId}/{subscriptionId}',
    'https://app.contoso.com/?t={tenantId}',
    'https://app.contoso.com#{subscriptionId}',
    'https://app.contoso.com/',
  ])('%s is accepted', (template) => {
    expect(placeholderProblem(template)).toBeUndefined();
  });
});

describe('returnUrl {instanceHostName}', () => {
  it('is filled in with the chosen instance, encoded', () => {
    expect(
      fillReturnUrl('https://app.contoso.com/ready?host={instanceHostName}&t={tenantId}', {
        tenantId: TENANT,
        subscriptionId: undefined,
        instanceHostName: 'twins-prod.api.weu.digitaltwins.azure.net',
      }),
    ).toBe(`https://app.contoso.com/ready?host=twins-prod.api.weu.digitaltwins.azure.net&t=${TENANT}`);
  });

  it('no instance: empty, never braces', () => {
    expect(
      fillReturnUrl('https://app.contoso.com/{instanceHostName}', { tenantId: TENANT, subscriptionId: undefined }),
    ).toBe('https://app.contoso.com/');
  });

  it('is known, and like the others never allowed in the host', () => {
    expect(placeholderProblem('https://app.contoso.com/?h={instanceHostName}')).toBeUndefined();
    expect(placeholderProblem('https://{instanceHostName}/')).toBe('a placeholder in the scheme, host or port');
  });
});
