import { Trans, useLingui } from '@lingui/react/macro';
import type { Problem } from '../../problems/types';
import { ProblemCard } from '../../ui/ProblemCard';
import { RequestText } from '../RequestText';

/** The register call failed: the problem, with the ways on that fit it. */
export function RegisterProblemCard({
  problem,
  request,
  onRetry,
  onChangeSubscription,
}: {
  problem: Problem;
  /** the request for an owner, offered when Azure denied the call */
  request: string;
  onRetry: () => void;
  onChangeSubscription: () => void;
}) {
  const { t } = useLingui();
  return (
    <ProblemCard
      problem={problem}
      actions={
        <>
          {problem.key === 'arm-AuthorizationFailed' && (
            <RequestText label={t`Copy the request for an owner`} text={request} />
          )}
          {(problem.transient || problem.key.startsWith('arm-claims-repeated')) && (
            <button type="button" className="button" onClick={onRetry}>
              <Trans>Try again</Trans>
            </button>
          )}
          <button type="button" className="button" onClick={onChangeSubscription}>
            <Trans>Choose another subscription</Trans>
          </button>
        </>
      }
    />
  );
}
