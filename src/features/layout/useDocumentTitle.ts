import { useEffect } from 'react';

export const SITE_NAME = 'Verbatim';

/**
 * `Headline — Verbatim`; the bare site name for null. Undefined leaves the title alone, for a page whose
 * child view (a 404, say) sets its own.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
