import { Link } from '../../layout/Link';
import type { ArticleSummary } from '../../../content/schema';
import { formatUkDate } from '../formatDates';

/** One story in a list: headline (the link), date, section and standfirst. */
export function StoryCard({ story, headingLevel = 2 }: { story: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = story.updated ? formatUkDate(story.updated) : null;
  return (
    <article className="story-card">
      <Heading className="story-card__headline">
        <Link to={`/articles/${story.id}`}>{story.headline}</Link>
      </Heading>
      {(date || story.section) && (
        <p className="story-card__meta">
          {date && story.updated && <time dateTime={story.updated}>{date}</time>}
          {date && story.section && <span aria-hidden="true"> | </span>}
          {story.section && <span className="story-card__section">{story.section}</span>}
        </p>
      )}
      {story.standfirst && <p className="story-card__standfirst">{story.standfirst}</p>}
    </article>
  );
}
