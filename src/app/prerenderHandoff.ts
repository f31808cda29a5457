import type { QueryClient } from '@tanstack/react-query';

/**
 * Resolves once the first page's data requests (started by the route loaders) have settled, or after
 * `maxWaitMs`. Used only when pre-rendered HTML is on screen: the app then takes over with the story
 * itself, instead of swapping the readable page for a loading skeleton and back (a double jump).
 */
export function whenFirstDataSettled(queryClient: QueryClient, maxWaitMs: number): Promise<void> {
  if (queryClient.isFetching() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() === 0) done();
    });
  });
}
