import { useId } from 'react';
import { Link } from 'react-router';
import type { Topic } from '../../content/schema';
import { useTopics } from '../../data/hooks';
import { QueryState } from '../layout/QueryState';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { TOPIC_KIND_LABELS, TOPIC_KIND_ORDER } from './topicKinds';

/** `/topics`: every topic, grouped by kind, biggest first. */
export function TopicsIndexPage() {
  const query = useTopics();
  useDocumentTitle(query.isError ? 'Topics could not be loaded' : 'Topics');
  return (
    <QueryState query={query} shape="people">
      {(topics) => <TopicsIndex topics={topics} />}
    </QueryState>
  );
}

export function TopicsIndex({ topics }: { topics: readonly Topic[] }) {
  const baseId = useId();
  return (
    <div className="topics-index">
      <header className="page-header">
        <h1>Topics</h1>
        <p className="page-header__intro">Sections, recurring themes, places and organisations across the stories.</p>
      </header>
      {TOPIC_KIND_ORDER.map((kind) => {
        const ofKind = topics.filter((t) => t.kind === kind);
        if (ofKind.length === 0) return null;
        const headingId = `${baseId}-${kind}`;
        return (
          <section key={kind} className="topics-index__group" aria-labelledby={headingId}>
            <h2 id={headingId}>{TOPIC_KIND_LABELS[kind].many}</h2>
            <ul className="topic-chips">
              {ofKind.map((topic) => (
                <li key={topic.id}>
                  <Link className="topic-chip" to={`/topics/${topic.id}`}>
                    {topic.name} <span className="topic-chip__count">{topic.articles.length}</span>
                    <span className="visually-hidden"> {topic.articles.length === 1 ? 'story' : 'stories'}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
