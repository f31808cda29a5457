import { useId } from 'react';
import { Link } from '../layout/Link';
import type { RelatedStory, SuggestedStory } from '../../content/schema';
import { formatCalendarDate, formatUkDate } from './formatDates';

function Meta({ date, dateTime, section }: { date: string | null; dateTime?: string; section: string | null }) {
  if (!date && !section) return null;
  return (
    <p className="story-link__meta">
      {date && <time dateTime={dateTime}>{date}</time>}
      {date && section && <span aria-hidden="true"> | </span>}
      {section && <span className="story-link__section">{section}</span>}
    </p>
  );
}

/** The page's own "Related stories": a link when the story is in this collection, plain text otherwise. */
export function RelatedStories({ stories }: { stories: readonly RelatedStory[] }) {
  const headingId = useId();
  if (stories.length === 0) return null;
  return (
    <aside className="sidebar-group" aria-labelledby={headingId}>
      <h2 id={headingId}>Related stories</h2>
      <ul className="story-links">
        {stories.map((story, i) => (
          <li key={`${story.id ?? 'ext'}-${i}`} className="story-link">
            <p className="story-link__title">
              {story.id ? <Link to={`/articles/${story.id}`}>{story.title}</Link> : story.title}
            </p>
            <Meta
              date={story.date ? formatCalendarDate(story.date) : null}
              dateTime={story.date ?? undefined}
              section={story.section}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Stories the pipeline found alike (shared people and topics, similar text). */
export function MoreLikeThis({ stories }: { stories: readonly SuggestedStory[] }) {
  const headingId = useId();
  if (stories.length === 0) return null;
  return (
    <aside className="sidebar-group" aria-labelledby={headingId}>
      <h2 id={headingId}>More like this</h2>
      <ul className="story-links">
        {stories.map((story) => (
          <li key={story.id} className="story-link">
            <p className="story-link__title">
              <Link to={`/articles/${story.id}`}>{story.headline}</Link>
            </p>
            <Meta
              date={story.updated ? formatUkDate(story.updated) : null}
              dateTime={story.updated ?? undefined}
              section={story.section}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}
