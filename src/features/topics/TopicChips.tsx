import { useId } from 'react';
import { Link } from 'react-router';
import { useTopicsById } from '../../data/hooks';

/** An article's topics as links to their pages; nothing until the topic names have loaded. */
export function TopicChips({ topicIds }: { topicIds: readonly string[] }) {
  const topics = useTopicsById();
  const headingId = useId();
  const named = topicIds.flatMap((id) => {
    const topic = topics.get(id);
    return topic ? [topic] : [];
  });
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
