import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from './errors';

/**
 * The data is static per build, so it never goes stale while the page is open. A 404 is an answer, not a
 * glitch: do not retry it; retry other failures a little.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 10 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isNotFound(error) && failureCount < 2,
        // A route's loader has already tried (and retried) by the time the page mounts: show the error
        // with its Retry button at once instead of a second silent round.
        retryOnMount: false,
      },
    },
  });
}
