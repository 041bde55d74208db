import { useState } from 'react';
import { Trans } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { ProblemCard } from '../ui/ProblemCard';
import { useRecordedProblem } from './journal';

/**
 * A sign-in page that came back with an error (a declined consent, an admin-only permission) while the user
 * was already signed in: say so above whatever step the user is on, until they dismiss it.
 */
export function RedirectProblem({ tenantId }: { tenantId: string }) {
  const { redirectError } = useRuntime();
  const [dismissed, setDismissed] = useState(false);
  const problem = useRecordedProblem(dismissed ? null : redirectError, tenantId);
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
