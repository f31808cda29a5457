import { useId } from 'react';
import { Link } from '../layout/Link';
import type { TopicName } from '../../content/schema';

/** An article's topics as links to their pages, named by the article itself (`article.topicNames`). */
export function TopicChips({ topics }: { topics: readonly TopicName[] | undefined }) {
  const headingId = useId();
  const named = topics ?? [];
  if (named.length === 0) return null;
  return (
    <nav className="topic-chips-nav" aria-labelledby={headingId}>
      <h2 id={headingId} className="topic-chips-nav__heading">
        Topics
      </h2>
      <ul className="topic-chips">
        {named.map((topic) => (
          <li key={topic.id}>
            <Link className="topic-chip" to={`/topics/${topic.id}`}>
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
