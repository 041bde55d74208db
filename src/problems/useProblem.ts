import { useMemo } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { describeProblem } from './classify';
import type { Problem } from './types';

/**
 * Turns an error into its card's content, in the page's language: a change of language describes it again, with
 * the same time (the caller decides whether the report notes it).
 */
export function useProblem(error: unknown): Problem | null {
  const { config } = useRuntime();
  const { i18n } = useLingui();
  const locale = i18n.locale;
  // When the error was met: kept while it stays the same, so a new language changes the words and not the ids.
  const at = useMemo(() => (error ? new Date() : null), [error]);
  // `i18n` stays the same object when the language changes: the locale in the context makes it a new one.
  const ctx = useMemo(() => ({ ...config, i18n, locale }), [config, i18n, locale]);
  return useMemo(() => (error && at ? describeProblem(error, ctx, at) : null), [error, at, ctx]);
}
