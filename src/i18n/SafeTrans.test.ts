import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '@lingui/react';
import { i18n } from './i18n';
import { Trans } from './SafeTrans';

function render(values: Record<string, unknown>) {
  const trans = createElement(Trans, {
    id: 'x',
    message: 'Use <0>{name}</0> now',
    values,
    components: { 0: createElement('strong') },
  });
  return renderToStaticMarkup(createElement(I18nProvider, { i18n }, trans));
}

describe('Trans', () => {
  it('shows a value holding markup or element tags as text', () => {
    expect(render({ name: '<0>click</0> <b>bold</b>' })).toBe(
      'Use <strong>&lt;0&gt;click&lt;/0&gt; &lt;b&gt;bold&lt;/b&gt;</strong> now',
    );
  });

  it('leaves plain values and numbers as they are', () => {
    expect(render({ name: 'Contoso' })).toBe('Use <strong>Contoso</strong> now');
    expect(render({ name: 3 })).toBe('Use <strong>3</strong> now');
  });
});
