/**
 * In the browser build, TanStack Query's `QueryClient` gets the app's always-empty mutation cache
 * (`src/data/noMutations.ts`) instead of its own, and its `Query` an infinite-query behaviour that is never
 * asked for (`src/data/noInfiniteQueries.ts`), so the mutation and paging code leave every first visit
 * (docs/performance.md, "JS on first visit"). Only those two imports of query-core's own files are
 * redirected; tests and the build's pre-render use the real ones.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const noMutationsModule = fileURLToPath(new URL('../../data/noMutations.ts', import.meta.url));
export const noInfiniteQueriesModule = fileURLToPath(new URL('../../data/noInfiniteQueries.ts', import.meta.url));

const QUERY_CORE_FILE = /[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]([\w.]+)$/;

/** Whether `importer` is query-core's own file named `file` (its browser ES module build). */
function isQueryCoreFile(importer: string | undefined, file: string): boolean {
  return importer !== undefined && QUERY_CORE_FILE.exec(importer)?.[1] === file;
}

/** Whether `source` imported from `importer` is QueryClient's import of its mutation cache. */
export function isQueryClientMutationCache(source: string, importer: string | undefined): boolean {
  return source === './mutationCache.js' && isQueryCoreFile(importer, 'queryClient.js');
}

/** Whether `source` imported from `importer` is Query's import of the infinite-query behaviour. */
export function isQueryInfiniteBehavior(source: string, importer: string | undefined): boolean {
  return source === './infiniteQueryBehavior.js' && isQueryCoreFile(importer, 'query.js');
}

export function queryWithoutMutations(): Plugin {
  return {
    name: 'verbatim-query-without-mutations',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (isQueryClientMutationCache(source, importer)) return noMutationsModule;
      return isQueryInfiniteBehavior(source, importer) ? noInfiniteQueriesModule : null;
    },
  };
}
