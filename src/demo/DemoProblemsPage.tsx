import { useEffect } from 'react';
import { useLingui } from '@lingui/react';
import type { AppConfig } from '../config/schema';
import { catalogue } from '../problems/catalogue';
import { problemFromEntry } from '../problems/classify';
import { ProblemCard } from '../ui/ProblemCard';
import { SupportContactContext } from '../ui/support-contact';

/** Example ids: real cards show what Azure and Entra ID sent. */
const EXAMPLE_IDS: Array<[string, string]> = [
  ['Correlation ID (example)', '00000000-0000-4000-8000-000000000000'],
  ['Time (UTC)', '2026-11-26T12:00:00.000Z'],
];

/**
 * Every problem the portal explains, as a user would meet it: for support staff preparing an answer and for
 * sales engineers asked "what if…". Demo only (its chunk never loads in live mode).
 */
export function DemoProblemsPage({ config }: { config: AppConfig }) {
  useEffect(() => {
    document.title = 'Problem catalogue (demo) – Twin Onboarding';
  }, []);
  const entries = Object.entries(catalogue({ ...config, i18n: useLingui().i18n }));
  return (
    <main id="main" className="main">
      <div className="demo-banner" role="note" aria-label="Demo mode">
        <strong>Demo</strong> — examples only: the ids on these cards are made up.
      </div>
      <section className="step-body">
        <h1>Every problem the portal explains</h1>
        <p className="lead">
          {entries.length} cards, each saying what happened, why, what to do next, and carrying the ids support asks for.
          The key names the card in the report's <code>problems</code> list.
        </p>
        <p>
          <a href="/">Back to the portal</a>
        </p>
        {entries.map(([key, entry]) => {
          const problem = problemFromEntry(
            key,
            entry,
            [['Catalogue key', key], ...EXAMPLE_IDS],
            'An example of the text Azure or Microsoft Entra ID sends with this problem.',
          );
          return (
            <section key={key} aria-label={key}>
              <h2 className="h3 mono">{key}</h2>
              <SupportContactContext.Provider value={config.supportContact}>
                <ProblemCard problem={problem} />
              </SupportContactContext.Provider>
            </section>
          );
        })}
      </section>
    </main>
  );
}
