import { useContext, useId, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Problem } from '../problems/types';
import { problemAsText } from '../problems/classify';
import { idLabel, idValue } from '../problems/ids';
import { CopyButton } from './CopyButton';
import { ProblemActionContext } from './problem-actions';
import { SupportContactLine } from './SupportContactLine';

/**
 * Every failure the user sees: what happened and why, what to do, the ids support asks for, and actions. The
 * problem's words come in the page's language (useProblem); its ids' labels stay English in the data and are
 * translated here.
 */
export function ProblemCard({ problem, actions }: { problem: Problem; actions?: ReactNode }) {
  const id = useId();
  const renderAction = useContext(ProblemActionContext);
  const { i18n, t } = useLingui();
  return (
    <section className="card problem" role="alert" aria-labelledby={`${id}-title`} data-problem={problem.key}>
      <h3 id={`${id}-title`} className="problem-title">
        {problem.title}
      </h3>
      <p>{problem.explanation}</p>
      <p>
        <strong>
          <Trans comment="Followed by what the user should do about a problem">What to do:</Trans>{' '}
        </strong>
        {problem.remedy}
      </p>
      {problem.links.length > 0 && (
        <ul className="links">
          {problem.links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noreferrer noopener">
                {link.label}
                <span className="visually-hidden">
                  {' '}
                  <Trans>(opens in a new tab)</Trans>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <SupportContactLine />
      {(actions || problem.action) && (
        <div className="actions">
          {problem.action && renderAction(problem.action, problem)}
          {actions}
        </div>
      )}
      <details className="problem-details">
        <summary>
          <Trans>Details for support</Trans>
        </summary>
        <dl className="ids" id={`${id}-ids`}>
          {problem.ids.map(([label, value]) => (
            <div key={label}>
              <dt>{idLabel(label, i18n)}</dt>
              <dd>
                <code className="wrap">{idValue(value, i18n)}</code>
              </dd>
            </div>
          ))}
        </dl>
        {problem.detail && <p className="detail wrap">{problem.detail}</p>}
        <CopyButton text={problemAsText(problem, i18n)} label={t`Copy details`} fallbackTargetId={`${id}-ids`} />
      </details>
    </section>
  );
}
