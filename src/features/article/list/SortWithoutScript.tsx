import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../layout/Link';
import { topicsIndexQuery } from '../../../data/queries';

/**
 * What a reader without JavaScript gets in place of the Sort select (drawn inside `<noscript>`, so only
 * the pre-rendered page has it; list.css hides the select when scripting is off).
 *
 * A static host serves one file per path and ignores the query string, so `/?sort=section` is the same
 * newest-first page, and a pre-rendered list in section order would have to carry the filter columns
 * (hundreds of KB, growing with the archive). Each section, though, has its own pre-rendered, path-paged
 * topic page, newest first: the same stories as "Section, A–Z", one section at a time. The names come from
 * the topics index the server render read (list/prefetchList.ts); the app never draws this. That index lists
 * a kind's 40 biggest topics, so a collection with more sections than that offers its 40 biggest here.
 */
export function SortWithoutScript() {
  const index = useQueryClient().getQueryData(topicsIndexQuery().queryKey);
  const sections = index?.kinds.find((k) => k.kind === 'section')?.top ?? [];
  return (
    <div className="sort-without-script">
      <p>Newest first (undated last).</p>
      {sections.length > 0 && (
        <nav aria-label="Stories by section">
          <span>By section:</span>
          <ul>
            {[...sections]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((section) => (
                <li key={section.id}>
                  <Link to={`/topics/${section.id}`}>
                    {section.name} <span className="sort-without-script__count">({section.count})</span>
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
