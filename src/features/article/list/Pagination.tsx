import { Link } from '../../layout/Link';

/** Previous / next links for a paged list. Real links, so pages can be opened in a new tab or shared. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  previousLabel = 'Newer stories',
  nextLabel = 'Older stories',
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** What the previous and next pages hold, as the link text ("Newer stories", "Previous page"). */
  previousLabel?: string;
  nextLabel?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="pagination__link">
          <span aria-hidden="true">← </span>
          {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <p className="pagination__status">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="pagination__link">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
