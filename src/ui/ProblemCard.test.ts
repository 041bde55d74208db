import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArmError } from '../azure/errors';
import { I18nProvider } from '@lingui/react';
import { describeProblem } from '../problems/classify';
import { i18n } from '../i18n/i18n';
import { ProblemCard } from './ProblemCard';

describe('ProblemCard', () => {
  it('shows every id, naming those the browser could not read, and never an empty value', () => {
    const error = new ArmError({
      status: 403,
      code: 'AuthorizationFailed',
      message: 'no register/action',
      operation: 'POST /register',
      clientRequestId: 'cli-9',
    });
    const problem = describeProblem(error, {
      providerNamespace: 'Microsoft.IoTSpaces',
      appName: 'Contoso Twins',
      i18n,
    });
    const html = renderToStaticMarkup(createElement(I18nProvider, { i18n }, createElement(ProblemCard, { problem })));
    const pairs = [...html.matchAll(/<dt>([^<]*)<\/dt><dd><code class="wrap">([^<]*)<\/code><\/dd>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(Object.fromEntries(pairs)).toMatchObject({
      'x-ms-correlation-request-id': 'not readable by the browser (support can use x-ms-client-request-id)',
      'x-ms-request-id': 'not readable by the browser (support can use x-ms-client-request-id)',
      'x-ms-client-request-id': 'cli-9',
    });
    expect(pairs.length).toBe(problem.ids.length);
    expect(pairs.every(([, value]) => value !== '')).toBe(true);
  });
});
