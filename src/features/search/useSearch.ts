import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { loadSearchEngine, runSearch } from './searchIndex';

/** The engine is loaded once per session and kept: it never changes while the app runs. */
export function useSearchEngine(enabled: boolean) {
  return useQuery({
    queryKey: ['search-index'],
    queryFn: ({ signal }) => loadSearchEngine(signal),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useSearch(query: string) {
  const wanted = query.trim().length > 0;
  const engine = useSearchEngine(wanted);
  const results = useMemo(() => (engine.data && wanted ? runSearch(engine.data, query) : null), [engine.data, query, wanted]);
  return { engine, results };
}
