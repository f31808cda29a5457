import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from './errors';

/**
 * The data is static per build, so it never goes stale while the page is open. A 404 is an answer, not a
 * glitch: do not retry it; retry other failures a little. `server`: the client of one pre-rendered page.
 */
export function createQueryClient({ server = false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // The pre-render throws its client away after each page. A finite gcTime would leave a 10-minute
        // timer behind for any query that settles after the page is drawn, and that timer alone keeps a
        // one-page `vite build` from exiting.
        gcTime: server ? Infinity : 10 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isNotFound(error) && failureCount < 2,
        // A route's loader has already tried (and retried) by the time the page mounts: show the error
        // with its Retry button at once instead of a second silent round.
        retryOnMount: false,
      },
    },
  });
}
