import { QueryCache, QueryClient, QueryClientProvider, MutationCache, hashKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * How a failure that belongs in the report is noted: built by the part that knows the report (src/onboarding/
 * problem-log.ts), carried in a query's or mutation's `meta`, and called by the caches below once per failure.
 * `source` names what failed (the query's hash; a mutation's key and id), so a refetch failing the same way is one entry.
 */
export type FailureNote = (error: unknown, source: string) => void;

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { problem?: FailureNote };
    mutationMeta: { problem?: FailureNote };
  }
}

/**
 * The page's one query cache. It lives here, not in `<App>`, so TanStack Query loads with the parts that read
 * Azure (the steps after sign-in, the signed-in header, the demo's controls), never with the signed-out landing
 * page: each of those parts imports this module and wraps itself in `WithQueries`, all sharing this client.
 * A failure is noted where it happens (the caches' `onError`), for the queries and mutations that opt in.
 */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // After the query's own retries: the failure the user is shown.
    onError: (error, query) => query.meta?.problem?.(error, query.queryHash),
  }),
  mutationCache: new MutationCache({
    // Each mutation is its own attempt (a click): its id keeps two clicks failing alike two entries, as they are.
    onError: (error, _variables, _context, mutation) =>
      mutation.meta?.problem?.(error, `${hashKey(mutation.options.mutationKey ?? [])}#${mutation.mutationId}`),
  }),
  defaultOptions: {
    // The ARM client already retries what is worth retrying; a second layer would multiply requests.
    queries: { retry: false, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

/** The page's query cache for what is inside; several may be on screen at once (the client counts them). */
export function WithQueries({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
