import { isNotFound } from '../../data/errors';
import { useEffect } from 'react';
import { useSiteSettings } from './siteSettings';

/**
 * `Headline — <site name>`; the bare site name for null. Undefined leaves the title alone, for a page whose
 * child view (a 404, say) sets its own.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  const { name } = useSiteSettings();
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} — ${name}` : name;
  }, [title, name]);
}

/**
 * The title of a page backed by one query: its name once loaded, "Loading …" before, "… could not be
 * loaded" on failure, and undefined for a 404 (the not-found view names the page itself).
 */
export function titleForQuery<T>(
  query: { data: T | undefined; isPending: boolean; error: unknown },
  nameOf: (data: T) => string,
  noun: string,
): string | undefined {
  if (query.data !== undefined) return nameOf(query.data);
  if (query.isPending) return `Loading ${noun.toLowerCase()}`;
  return isNotFound(query.error) ? undefined : `${noun} could not be loaded`;
}
