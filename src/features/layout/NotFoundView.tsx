import { Link } from 'react-router';
import { useDocumentTitle } from './useDocumentTitle';

/** The 404 view: unknown address, or an article/person id the collection does not hold. */
export function NotFoundView({
  title = 'Page not found',
  message = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
}: {
  title?: string;
  message?: string;
}) {
  useDocumentTitle(title);
  return (
    <section className="state state--not-found">
      <p className="state__code">404</p>
      <h1>{title}</h1>
      <p>{message}</p>
      <ul className="state__links">
        <li>
          <Link to="/">Browse all stories</Link>
        </li>
        <li>
          <Link to="/people">See everyone in the index</Link>
        </li>
      </ul>
    </section>
  );
}
