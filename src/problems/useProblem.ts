import { useMemo } from 'react';
import { useRuntime } from '../runtime/runtime';
import { describeProblem } from './classify';
import type { Problem } from './types';

/** Turns an error into its card's content (the caller decides whether the report notes it). */
export function useProblem(error: unknown): Problem | null {
  const { config } = useRuntime();
  return useMemo(() => (error ? describeProblem(error, config) : null), [error, config]);
}
