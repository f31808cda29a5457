import { LoadingState } from '../features/layout/LoadingState';

/**
 * Shown while the first page's lazy module loads. It renders outside the router's outlet, so it uses plain
 * links and mirrors the real header and footer to avoid a jump when the page arrives.
 */
export function AppShellFallback() {
  const base = import.meta.env.BASE_URL;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a href={base} className="site-name">
            Verbatim
          </a>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <a href={base}>Stories</a>
              </li>
              <li>
                <a href={`${base}people`}>People</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <LoadingState shape="list" />
      </main>
    </>
  );
}
