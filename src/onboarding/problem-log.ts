import type { FailureNote } from '../azure/query-client';
import type { AppConfig } from '../config/schema';
import { english } from '../i18n/i18n';
import { describeProblem } from '../problems/classify';
import type { Problem } from '../problems/types';
import { recordProblem } from './journal';

/**
 * Where the report's problems come from: each failure is classified once, in English (the report's language), at
 * the moment it is known — a query's or mutation's failure by the query cache (`problemMeta`), a failure the
 * portal works out itself by the code that decides it (`recordFailure`). Cards describe the same error again, in
 * the page's language, for display only.
 *
 * One entry per failure:
 * - the same error object is never noted twice (a card re-rendering, an effect running again);
 * - a failure with a source (a query's hash) is noted once per problem key: a refetch failing the same way gets
 *   new request ids but is the same problem, so it is not a second entry. A different problem from the same
 *   query is. The memory lasts as long as the page (a reload starts afresh, as the journal's own check does).
 */
const noted = new WeakSet<object>();
const bySource = new Set<string>();

/** How a failure becomes its English card: the catalogue's usual classification, unless a step knows better. */
type Describe = (error: unknown) => Problem;

/**
 * Note a failure in the directory's journal (for the report). `source` names what failed when a retry of the same
 * thing may fail again the same way (see above); omit it for a failure met once (a click's answer). `describe`
 * replaces the usual classification where a step picks the card itself (the developer's directory's cards).
 */
export function recordFailure(
  tenantId: string,
  config: Pick<AppConfig, 'providerNamespace' | 'appName'>,
  error: unknown,
  source?: string,
  describe?: Describe,
): void {
  if (error === null || error === undefined) return;
  if (typeof error === 'object') {
    if (noted.has(error)) return;
    noted.add(error);
  }
  const problem = describe ? describe(error) : describeProblem(error, { ...config, i18n: english });
  if (source !== undefined) {
    const identity = `${tenantId} ${source} ${problem.key}`;
    if (bySource.has(identity)) return;
    bySource.add(identity);
  }
  recordProblem(tenantId, problem);
}

/**
 * A query's or mutation's `meta` that makes its failures the report's problems. `problemOf` picks what to note:
 * return null for a failure that is not a problem there (e.g. a refused read that only means "cannot tell"), or
 * another error that says more (e.g. a missing service principal that is now the last resort). `source` replaces
 * the query's own identity when several queries stand for one thing (one card, one entry).
 */
export function problemMeta(
  tenantId: string,
  config: Pick<AppConfig, 'providerNamespace' | 'appName'>,
  options: { problemOf?: (error: unknown) => unknown; source?: string; describe?: Describe } = {},
): { problem: FailureNote } {
  return {
    problem: (error, source) =>
      recordFailure(
        tenantId,
        config,
        options.problemOf ? options.problemOf(error) : error,
        options.source ?? source,
        options.describe,
      ),
  };
}
