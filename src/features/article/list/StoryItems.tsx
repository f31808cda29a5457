import type { ArticleSummary } from '../../../content/schema';
import { formatCount } from '../../layout/formatCount';
import { StoryCard } from './StoryCard';

/** The list's status line: which stories of how many are shown. */
export function ResultCount({ total, first, shown }: { total: number; first: number; shown: number }) {
  return (
    <p className="page-header__count" role="status">
      {total === 0
        ? 'No stories match.'
        : `Showing ${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)} ${total === 1 ? 'story' : 'stories'}`}
    </p>
  );
}

/**
 * The stories of one page. Page 1's first story is the lead: list.css picks it out by the list's start
 * (1, or none in the pre-rendered home page), so the pre-rendered page and the app draw the same layout.
 */
export function Stories({ stories, first }: { stories: readonly ArticleSummary[]; first: number }) {
  if (stories.length === 0) return null;
  return (
    <ol className="story-list__items" start={first}>
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} />
        </li>
      ))}
    </ol>
  );
}
