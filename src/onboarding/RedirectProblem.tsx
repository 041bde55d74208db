import { useEffect, useState } from 'react';
import { Trans } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { ProblemCard } from '../ui/ProblemCard';
import { useProblem } from '../problems/useProblem';
import { recordFailure } from './problem-log';

/**
 * A sign-in page that came back with an error (a declined consent, an admin-only permission) while the user
 * was already signed in: say so above whatever step the user is on, until they dismiss it.
 */
export function RedirectProblem({ tenantId }: { tenantId: string }) {
  const { redirectError, config } = useRuntime();
  const [dismissed, setDismissed] = useState(false);
  // Met at start-up, before the journal's code loads: noted when first shown (once per error).
  useEffect(() => recordFailure(tenantId, config, redirectError), [tenantId, config, redirectError]);
  const problem = useProblem(dismissed ? null : redirectError);
  if (!problem) return null;
  return (
    <ProblemCard
      problem={problem}
      actions={
        <button
          type="button"
          className="button"
          onClick={() => {
            setDismissed(true);
            document.getElementById('step-heading')?.focus();
          }}
        >
          <Trans>Dismiss</Trans>
        </button>
      }
    />
  );
}
