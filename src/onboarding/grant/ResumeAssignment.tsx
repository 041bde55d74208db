import { useEffect, useRef, useState } from 'react';
import { Trans } from '@lingui/react/macro';
import { readStepUps } from '../../auth/step-up';
import { ProblemCard } from '../../ui/ProblemCard';
import { useProblem } from '../../problems/useProblem';
import { noteResent, pendingAssignment } from '../resend';
import { useAssign } from './use-assign';

/**
 * Back from the sign-in a claims challenge on the PUT asked for: the same assignment goes out once more, once (the
 * step-up record is marked before it is sent, so a reload does not send it again); then the wait starts as after a
 * click. A second challenge shows the card for a repeated one, which offers no further sign-in.
 */
export function ResumeAssignment({
  tenantId,
  scope,
  role,
}: {
  tenantId: string;
  scope: string;
  role: { guid: string; roleName: string };
}) {
  const [record] = useState(() => pendingAssignment(readStepUps(), tenantId, scope, role.guid));
  const resume = record?.resume;
  const assign = useAssign(tenantId, scope, role, resume?.request.principalId ?? '', () => {});
  const problem = useProblem(assign.mutation.error);
  const started = useRef(false);
  const { mutate } = assign.mutation;
  useEffect(() => {
    if (!record || !resume || started.current) return;
    started.current = true;
    noteResent(record);
    const { principalId, principalType } = resume.request;
    mutate({ principalId, principalType, you: resume.you });
  }, [record, resume, mutate]);

  if (assign.mutation.isPending)
    return (
      <p role="status" className="loading">
        <Trans>Giving the role again after your verification…</Trans>
      </p>
    );
  return problem ? <ProblemCard problem={problem} /> : null;
}
