import { describe, expect, it } from 'vitest';
import { supportContactLabel } from './support-contact';

describe('support contact label', () => {
  it('shows the address of a mailto: and an https URL without its scheme', () => {
    expect(supportContactLabel('mailto:twins@contoso.com')).toBe('twins@contoso.com');
    expect(supportContactLabel('mailto:twins%2Bhelp@contoso.com?subject=Onboarding')).toBe('twins+help@contoso.com');
    expect(supportContactLabel('https://contoso.com/twins/support/')).toBe('contoso.com/twins/support');
  });
});
