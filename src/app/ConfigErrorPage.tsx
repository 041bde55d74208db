import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { ConfigProblem } from '../config/schema';

function show(value: unknown, i18n: I18n): string {
  if (value === undefined) return i18n._(msg({ message: '(missing)', comment: 'A config.json key that has no value' }));
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A bad config.json names every bad key, the value found and the form expected. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  const { i18n } = useLingui();
  const count = problems.length;
  return (
    <main id="main" className="main">
      <section className="card problem" role="alert" aria-labelledby="config-title">
        <h1 id="config-title">
          <Trans>This portal is not configured correctly</Trans>
        </h1>
        <p>
          <Trans>
            The file <code>config.json</code> next to this page has{' '}
            <Plural value={count} one="a problem" other="# problems" />. Whoever deployed the portal needs to fix it;
            nothing was sent to Microsoft.
          </Trans>
        </p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">
                <Trans comment="Column: a key of config.json">Key</Trans>
              </th>
              <th scope="col">
                <Trans>Value found</Trans>
              </th>
              <th scope="col">
                <Trans>Expected</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={p.key}>
                {/* Every cell may wrap, so the table fits 320 px (WCAG 1.4.10) instead of widening the page. */}
                <td>
                  <code className="wrap">{p.key}</code>
                </td>
                <td>
                  <code className="wrap">{show(p.value, i18n)}</code>
                </td>
                <td className="wrap">{p.expected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
