/**
 * What the browser build gives TanStack Query's `QueryClient` in place of its `MutationCache`
 * (`src/pipeline/bundle/queryWithoutMutations.ts`). The app only reads static files: it has no mutations
 * (lint forbids `useMutation` and its kin), yet every `QueryClient` creates a mutation cache, so the
 * cache and the mutation machinery behind it (~1.7 KB gzip) would ride along on every first visit. This
 * answers the four things `QueryClient` asks of it — "which mutations are running", "resume the paused
 * ones", "clear", "the cache itself" — for a cache that is always empty.
 */
export class MutationCache {
  findAll(): never[] {
    return [];
  }

  getAll(): never[] {
    return [];
  }

  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }

  clear(): void {}

  subscribe(): () => void {
    return () => {};
  }
}
