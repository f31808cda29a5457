import { Link, NavLink } from 'react-router';

/** Masthead and primary navigation; the link to the page being shown carries aria-current="page". */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          Verbatim
        </Link>
        <nav aria-label="Primary" className="site-nav">
          <ul>
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
