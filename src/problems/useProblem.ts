import { useEffect, useMemo } from 'react';
import { useRuntime } from '../app/runtime';
import { recordProblem } from '../onboarding/journal';
import { describeProblem } from './classify';
import type { Problem } from './types';

/** Turns an error into its card's content and notes it in the journal, once, for the report. */
export function useProblem(error: unknown, tenantId: string | undefined): Problem | null {
  const { config } = useRuntime();
  const problem = useMemo(() => (error ? describeProblem(error, config) : null), [error, config]);
  useEffect(() => {
    if (problem && tenantId) recordProblem(tenantId, problem);
  }, [problem, tenantId]);
  return problem;
}
