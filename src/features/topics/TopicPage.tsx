import { useId } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Link } from '../layout/Link';
import type { TopicPage as TopicPageData } from '../../content/schema';
import { isSlug, useTopic } from '../../data/hooks';
import { Pagination } from '../article/list/Pagination';
import { StoryCard } from '../article/list/StoryCard';
import { NotFoundView } from '../layout/NotFoundView';
import { pagedPath, pagedTitle, readPagedUrl } from '../../content/pagedPath';
import { QueryState } from '../layout/QueryState';
import { titleForQuery, useDocumentTitle } from '../layout/useDocumentTitle';
import { TOPIC_KIND_LABELS } from '../../content/topicKinds';
import { ShareButton } from '../share/ShareButton';
import { formatCount } from '../layout/formatCount';

const NOT_FOUND = {
  title: 'Topic not found',
  message: 'This archive has no topic at this address. The topics page lists them all.',
};

const PAGE_NOT_FOUND = {
  title: 'Page not found',
  message: 'This topic’s stories do not run to this page. Its first page says how many there are.',
};

/** `/topics/:id` and `/topics/:id/page/:page`: a topic and one page of its stories, newest first. */
export function TopicPage({ id, page: segment }: { id: string | undefined; page?: string }) {
  const { search } = useLocation();
  if (!isSlug(id)) return <NotFoundView {...NOT_FOUND} />;
  const asked = readPagedUrl(`/topics/${id}`, segment, search);
  if (asked.kind === 'redirect') return <Navigate replace to={asked.to} />;
  if (asked.kind === 'invalid') return <NotFoundView {...PAGE_NOT_FOUND} />;
  return <LoadedTopic id={id} page={asked.page} />;
}

function LoadedTopic({ id, page }: { id: string; page: number }) {
  const query = useTopic(id, page);
  useDocumentTitle(titleForQuery(query, (data) => pagedTitle(data.topic.name, data.page), 'Topic'));
  return (
    <QueryState query={query} shape="list" notFound={page > 1 ? PAGE_NOT_FOUND : NOT_FOUND}>
      {(data) => <TopicView data={data} />}
    </QueryState>
  );
}


export function TopicView({ data }: { data: TopicPageData }) {
  const { topic, stories, page, pageCount, pageSize, total } = data;
  const storiesId = useId();
  const base = `/topics/${topic.id}`;
  // Other orders are the story list's, filtered to this topic (its pages hold every order, paged).
  const listBase = `/?topic=${encodeURIComponent(topic.id)}`;
  const first = (page - 1) * pageSize + 1;
  return (
    <div className="topic-page">
      <header className="page-header">
        <p className="page-header__kicker">
          <Link to="/topics">Topics</Link> · {TOPIC_KIND_LABELS[topic.kind].one}
        </p>
        <h1>{topic.name}</h1>
        <p className="page-header__intro">
          {formatCount(total)} {total === 1 ? 'story' : 'stories'}, newest first — in the story list{' '}
          <Link to={`${listBase}&sort=relevance`}>by best match</Link>, <Link to={`${listBase}&sort=section`}>by section</Link>{' '}
          or <Link to={listBase}>filtered further</Link>
        </p>
        {pageCount > 1 && stories.length > 0 && (
          <p className="page-header__count">
            Showing {formatCount(first)}–{formatCount(first + stories.length - 1)} of{' '}
            {formatCount(total)} stories
          </p>
        )}
        <ShareButton path={pagedPath(base, page)} title={pagedTitle(topic.name, page)} label="Share this page" />
      </header>
      <section aria-labelledby={storiesId}>
        <h2 id={storiesId} className="visually-hidden">
          Stories
        </h2>
        <ol className="story-list__items" start={first}>
          {stories.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} headingLevel={3} />
            </li>
          ))}
        </ol>
      </section>
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => pagedPath(base, n)} />
    </div>
  );
}
