/**
 * In the browser build, TanStack Query's `QueryClient` gets the app's always-empty mutation cache
 * (`src/data/noMutations.ts`) instead of its own, so the mutation code leaves every first visit
 * (docs/performance.md, "JS on first visit"). Only `queryClient.js`'s own import is redirected; tests and
 * the build's pre-render use the real one.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const noMutationsModule = fileURLToPath(new URL('../../data/noMutations.ts', import.meta.url));

/** Whether `source` imported from `importer` is QueryClient's import of its mutation cache. */
export function isQueryClientMutationCache(source: string, importer: string | undefined): boolean {
  return source === './mutationCache.js' && importer !== undefined && /[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]queryClient\.js$/.test(importer);
}

export function queryWithoutMutations(): Plugin {
  return {
    name: 'verbatim-query-without-mutations',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return isQueryClientMutationCache(source, importer) ? noMutationsModule : null;
    },
  };
}
