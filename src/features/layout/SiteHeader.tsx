import { useMatch } from 'react-router';
import { Link, NavLink } from './Link';
import { useSiteSettings } from './siteSettings';

/**
 * Masthead and primary navigation. `aria-current="page"` marks only the exact page (NavLink with `end`);
 * the section underline also shows on pages inside a section (a person page under People, a story under
 * Stories).
 */
export function SiteHeader() {
  const { name } = useSiteSettings();
  const inStories = useMatch('/articles/*') !== null;
  const inPeople = useMatch('/people/*') !== null;
  const inTopics = useMatch('/topics/*') !== null;
  const sectionClass = (inSection: boolean) => ({ isActive }: { isActive: boolean }) =>
    isActive || inSection ? 'is-current-section' : undefined;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-name">
          {name}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <NavLink to="/" end className={sectionClass(inStories)}>
                Stories
              </NavLink>
            </li>
            <li>
              <NavLink to="/people" end className={sectionClass(inPeople)}>
                People
              </NavLink>
            </li>
            <li>
              <NavLink to="/topics" end className={sectionClass(inTopics)}>
                Topics
              </NavLink>
            </li>
            <li>
              <NavLink to="/search" end className={sectionClass(false)}>
                Search
              </NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
