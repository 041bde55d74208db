import { useEffect, useState } from 'react';
import type { AppConfig } from '../config/schema';
import { catalogue, type CatalogueEntry } from '../problems/catalogue';
import '../problems/catalogue-roles';
import '../problems/guest-catalogue';
import { needCatalog } from '../i18n/i18n';
import { problemFromEntry } from '../problems/classify';
import { isPartKey, type CatalogueKey } from '../problems/keys';
import { ProblemCard } from '../ui/ProblemCard';
import { SupportContactContext } from '../ui/support-contact';
import { Trans, useLingui } from '@lingui/react/macro';

/**
 * Every problem the portal explains, as a user would meet it: for support staff preparing an answer and for
 * sales engineers asked "what if…". Demo only (its chunk never loads in live mode).
 */
/** Made-up facts for the developer's directory's cards. */
const EXAMPLE_GUEST = {
  tenantId: '5e7a9c1b-3d4f-4a6b-8c8d-0e1f2a3b4c5d',
  customerTenantId: '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7',
  signInName: 'ada@contoso.com',
};

export function DemoProblemsPage({ config }: { config: AppConfig }) {
  const { t, i18n } = useLingui();
  const title = t`Problem catalogue (demo) – Twin Onboarding`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  // The catalogue's parts (giving a role, the developer's directory) load with the wizard's words.
  const [partWords, setPartWords] = useState(false);
  useEffect(() => {
    void needCatalog('wizard').then(() => setPartWords(true));
  }, []);
  const entries = (
    Object.entries(catalogue({ ...config, i18n, guest: EXAMPLE_GUEST })) as Array<[CatalogueKey, CatalogueEntry]>
  ).filter(([key]) => partWords || !isPartKey(key));
  const count = entries.length;
  // Example ids: real cards show what Azure and Entra ID sent.
  const exampleIds: Array<[string, string]> = [
    [t`Correlation ID (example)`, '00000000-0000-4000-8000-000000000000'],
    [t`Time (UTC)`, '2026-11-26T12:00:00.000Z'],
  ];
  return (
    <main id="main" className="main">
      <div className="demo-banner" role="note" aria-label={t`Demo mode`}>
        <Trans>
          <strong>Demo</strong> — examples only: the ids on these cards are made up.
        </Trans>
      </div>
      <section className="step-body">
        <h1>
          <Trans>Every problem the portal explains</Trans>
        </h1>
        <p className="lead">
          <Trans>
            {count} cards, each saying what happened, why, what to do next, and carrying the ids support asks for. The
            key names the card in the report's <code>problems</code> list.
          </Trans>
        </p>
        <p>
          <a href="/">
            <Trans>Back to the portal</Trans>
          </a>
        </p>
        {entries.map(([key, entry]) => {
          const problem = problemFromEntry(
            key,
            entry,
            [[t`Catalogue key`, key], ...exampleIds],
            t`An example of the text Azure or Microsoft Entra ID sends with this problem.`,
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
