import { useId } from 'react';
import { Link } from 'react-router';
import type { TopicPage as TopicPageData } from '../../content/schema';
import { isSlug, useTopic } from '../../data/hooks';
import { StoryCard } from '../article/list/StoryCard';
import { NotFoundView } from '../layout/NotFoundView';
import { QueryState } from '../layout/QueryState';
import { titleForQuery, useDocumentTitle } from '../layout/useDocumentTitle';
import { TOPIC_KIND_LABELS } from './topicKinds';
import { ShareButton } from '../share/ShareButton';

const NOT_FOUND = {
  title: 'Topic not found',
  message: 'This archive has no topic at this address. The topics page lists them all.',
};

/** `/topics/:id`: a topic and its stories, newest first. */
export function TopicPage({ id }: { id: string | undefined }) {
  if (!isSlug(id)) return <NotFoundView {...NOT_FOUND} />;
  return <LoadedTopic id={id} />;
}

function LoadedTopic({ id }: { id: string }) {
  const query = useTopic(id);
  useDocumentTitle(titleForQuery(query, (data) => data.topic.name, 'Topic'));
  return (
    <QueryState query={query} shape="list" notFound={NOT_FOUND}>
      {(data) => <TopicView data={data} />}
    </QueryState>
  );
}

export function TopicView({ data }: { data: TopicPageData }) {
  const { topic, stories } = data;
  const storiesId = useId();
  return (
    <div className="topic-page">
      <header className="page-header">
        <p className="page-header__kicker">
          <Link to="/topics">Topics</Link> · {TOPIC_KIND_LABELS[topic.kind].one}
        </p>
        <h1>{topic.name}</h1>
        <p className="page-header__intro">
          {stories.length} {stories.length === 1 ? 'story' : 'stories'} —{' '}
          <Link to={`/?topic=${encodeURIComponent(topic.id)}`}>filter the story list by this topic</Link>
        </p>
        <ShareButton path={`/topics/${topic.id}`} title={topic.name} label="Share this page" />
      </header>
      <section aria-labelledby={storiesId}>
        <h2 id={storiesId} className="visually-hidden">
          Stories
        </h2>
        <ul className="story-list__items">
          {stories.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} headingLevel={3} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
