import { useId, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Link } from './Link';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * The 404 view: unknown address, or an article/person id the collection does not hold. A search box
 * right here, because a reader who followed a broken link usually knows what they were looking for.
 */
export function NotFoundView({
  title = 'Page not found',
  message = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
}: {
  title?: string;
  message?: string;
}) {
  useDocumentTitle(title);
  const inputId = useId();
  const navigate = useNavigate();
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    navigate(`/search?${new URLSearchParams({ q: typeof q === 'string' ? q : '' })}`);
  };
  return (
    <section className="state state--not-found">
      <p className="state__code">404</p>
      <h1>{title}</h1>
      <p>{message}</p>
      {/* A GET form to /search?q=…: the app opens it in place, the browser does without it. */}
      <form role="search" method="get" action={`${import.meta.env.BASE_URL}search`} onSubmit={search} className="search-form state__search">
        <label htmlFor={inputId} className="field-label">
          Search the archive
        </label>
        <div className="state__search-row">
          <input id={inputId} className="text-input" type="search" name="q" autoComplete="off" spellCheck={false} />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      <ul className="state__links">
        <li>
          <Link to="/">Browse all stories</Link>
        </li>
        <li>
          <Link to="/people">See everyone in the index</Link>
        </li>
        <li>
          <Link to="/search">Search stories and people</Link>
        </li>
      </ul>
    </section>
  );
}
