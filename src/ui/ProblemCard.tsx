import { useContext, useId, type ReactNode } from 'react';
import type { Problem } from '../problems/types';
import { problemAsText } from '../problems/classify';
import { CopyButton } from './CopyButton';
import { ProblemActionContext } from './problem-actions';
import { SupportContactLine } from './SupportContactLine';

/** Every failure the user sees: what happened and why, what to do, the ids support asks for, and actions. */
export function ProblemCard({ problem, actions }: { problem: Problem; actions?: ReactNode }) {
  const id = useId();
  const renderAction = useContext(ProblemActionContext);
  return (
    <section className="card problem" role="alert" aria-labelledby={`${id}-title`} data-problem={problem.key}>
      <h3 id={`${id}-title`} className="problem-title">
        {problem.title}
      </h3>
      <p>{problem.explanation}</p>
      <p>
        <strong>What to do: </strong>
        {problem.remedy}
      </p>
      {problem.links.length > 0 && (
        <ul className="links">
          {problem.links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noreferrer noopener">
                {link.label}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <SupportContactLine />
      {(actions || problem.action) && (
        <div className="actions">
          {problem.action && renderAction(problem.action)}
          {actions}
        </div>
      )}
      <details className="problem-details">
        <summary>Details for support</summary>
        <dl className="ids" id={`${id}-ids`}>
          {problem.ids.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <code className="wrap">{value}</code>
              </dd>
            </div>
          ))}
        </dl>
        {problem.detail && <p className="detail wrap">{problem.detail}</p>}
        <CopyButton text={problemAsText(problem)} label="Copy details" fallbackTargetId={`${id}-ids`} />
      </details>
    </section>
  );
}
