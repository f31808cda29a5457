/**
 * Paged pages with their own address: page 1 of a person or topic is `/people/<id>`, page n is
 * `/people/<id>/page/<n>`. A path rather than `?page=n`, because every page is also a pre-rendered HTML file
 * (`people/<id>/page/<n>/index.html`): a static host cannot pick a file by query string, so only a path
 * lets the "next page" link work with JavaScript off, and a move to a new path also puts the keyboard
 * focus on the new content (see SiteLayout).
 */
export const pagedPath = (base: string, page: number) => (page <= 1 ? base : `${base}/page/${page}`);

/** A paged page's title: the name, and the page number after the first (app and pre-rendered page alike). */
export const pagedTitle = (name: string, page: number) => (page > 1 ? `${name}, page ${page}` : name);

export type PagedUrl = { kind: 'page'; page: number } | { kind: 'redirect'; to: string } | { kind: 'invalid' };

/**
 * The page a URL asks for. `segment` is the `:page` route parameter (absent on page 1). `/page/1` and
 * `?page=n` (the list's style, which a reader may type) are sent to the one address of that page; anything
 * that is not a page number is not a page.
 */
export function readPagedUrl(base: string, segment: string | undefined, search: string): PagedUrl {
  const query = new URLSearchParams(search);
  const asked = query.get('page');
  if (asked !== null) {
    query.delete('page');
    const n = /^\d+$/.test(asked) ? Number(asked) : 1;
    const rest = query.toString();
    return { kind: 'redirect', to: `${pagedPath(base, n)}${rest ? `?${rest}` : ''}` };
  }
  if (segment === undefined) return { kind: 'page', page: 1 };
  if (!/^[1-9]\d*$/.test(segment)) return { kind: 'invalid' };
  const page = Number(segment);
  if (page === 1) return { kind: 'redirect', to: base };
  return { kind: 'page', page };
}
