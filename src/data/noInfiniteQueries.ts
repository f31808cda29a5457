/**
 * What the browser build gives TanStack Query's `Query` in place of its infinite-query behaviour
 * (`src/pipeline/bundle/queryWithoutMutations.ts`). A query asks for it only when it was made as an
 * infinite query (`useInfiniteQuery`, `queryClient.infiniteQuery` and their kin), which the app never does
 * (lint forbids them): it reads fixed-size page files instead. Without this the paging code would ride
 * along on every first visit.
 */
export function infiniteQueryBehavior(): never {
  throw new Error('Infinite queries are not part of the browser build (src/data/noInfiniteQueries.ts).');
}
