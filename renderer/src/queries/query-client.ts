import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server data in the window. Answers stay until a change makes them untrue: this
 * window's writes and the change feed invalidate what they affect (see query-invalidation.ts), and
 * a page coming back on screen reads its data again behind what it already shows.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The core is local: a failure is an answer (not found, a bad input), not a network blip to retry.
        retry: false,
        // The feed says when data changed; focus says nothing more.
        refetchOnWindowFocus: false,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}

/** The window's cache; tests build their own with createQueryClient. */
export const queryClient = createQueryClient();
