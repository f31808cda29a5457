import { Link, NavLink } from 'react-router';

/** Masthead and primary navigation; the link to the page being shown carries aria-current="page". */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-name">
          Verbatim
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <NavLink to="/" end>
                Stories
              </NavLink>
            </li>
            <li>
              <NavLink to="/people">People</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
