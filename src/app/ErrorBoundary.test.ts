import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@lingui/react';
import { i18n } from '../i18n/i18n';
import { SupportContactContext } from '../ui/support-contact';
import { ErrorBoundary } from './ErrorBoundary';

/** The card the boundary shows once a render crashed (server rendering has no boundaries, so its state is set). */
function crashCard(supportContact: string | undefined): string {
  const boundary = new ErrorBoundary({ children: null });
  boundary.state = ErrorBoundary.getDerivedStateFromError(new Error('boom'));
  return renderToStaticMarkup(
    createElement(
      I18nProvider,
      { i18n },
      createElement(SupportContactContext.Provider, { value: supportContact }, boundary.render()),
    ),
  );
}

describe('the crash card', () => {
  it('carries the deployment’s support contact, as every problem card does', () => {
    const html = crashCard('mailto:twins@contoso.com');
    expect(html).toContain('The portal hit an unexpected error');
    expect(html).toContain('Need help? Contact <a href="mailto:twins@contoso.com">twins@contoso.com</a>.');
    expect(crashCard(undefined)).not.toContain('Need help?');
  });
});
