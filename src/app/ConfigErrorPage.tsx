import type { ConfigProblem } from '../config/schema';

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A bad config.json names every bad key, the value found and the form expected. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  return (
    <main id="main" className="main">
      <section className="card problem" role="alert" aria-labelledby="config-title">
        <h1 id="config-title">This portal is not configured correctly</h1>
        <p>
          The file <code>config.json</code> next to this page has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}.
          Whoever deployed the portal needs to fix it; nothing was sent to Microsoft.
        </p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value found</th>
              <th scope="col">Expected</th>
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
                  <code className="wrap">{show(p.value)}</code>
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
