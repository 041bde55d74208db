import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * The page's one query cache. It lives here, not in `<App>`, so TanStack Query loads with the parts that read
 * Azure (the steps after sign-in, the signed-in header, the demo's controls), never with the signed-out landing
 * page: each of those parts imports this module and wraps itself in `WithQueries`, all sharing this client.
 */
export const queryClient = new QueryClient({
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
