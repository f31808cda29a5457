import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '../layout/Link';
import type { TopicKind, TopicsIndex as TopicsIndexData, TopicsIndexEntry } from '../../content/schema';
import { useTopicsIndex, useTopicsKind } from '../../data/hooks';
import { Pagination } from '../article/list/Pagination';
import { QueryState } from '../layout/QueryState';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { TOPIC_KIND_LABELS, TOPIC_KIND_ORDER } from '../../content/topicKinds';
import { formatCount } from '../layout/formatCount';

const isKind = (value: string | null): value is TopicKind => TOPIC_KIND_ORDER.some((k) => k === value);

const kindHref = (kind: TopicKind, page = 1) => `/topics?kind=${kind}${page > 1 ? `&page=${page}` : ''}`;

/**
 * `/topics`: the biggest topics of each kind (topics-index.json, small at any collection size), and
 * `/topics?kind=place&page=2`: one kind's topics A–Z, a page at a time.
 */
export function TopicsIndexPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind');
  if (isKind(kind)) {
    const page = Number.parseInt(params.get('page') ?? '', 10);
    return <TopicsOfKind kind={kind} page={Number.isFinite(page) && page > 1 ? page : 1} />;
  }
  return <TopicsOverview />;
}

function TopicsOverview() {
  const query = useTopicsIndex();
  useDocumentTitle(query.isError ? 'Topics could not be loaded' : 'Topics');
  return (
    <QueryState query={query} shape="people">
      {(index) => <TopicsIndex index={index} />}
    </QueryState>
  );
}

export function TopicsIndex({ index }: { index: TopicsIndexData }) {
  const baseId = useId();
  return (
    <div className="topics-index">
      <header className="page-header">
        <h1>Topics</h1>
        <p className="page-header__intro">Sections, recurring themes, places and organisations across the stories.</p>
      </header>
      {index.kinds.map(({ kind, count, top }) => {
        const headingId = `${baseId}-${kind}`;
        const label = TOPIC_KIND_LABELS[kind];
        return (
          <section key={kind} className="topics-index__group" aria-labelledby={headingId}>
            <h2 id={headingId}>{label.many}</h2>
            <TopicChips topics={top} />
            {count > top.length && (
              <p className="topics-index__more">
                <Link to={kindHref(kind)}>
                  All {formatCount(count)} {label.many.toLowerCase()}, A–Z
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function TopicsOfKind({ kind, page }: { kind: TopicKind; page: number }) {
  const query = useTopicsKind(kind, page);
  const label = TOPIC_KIND_LABELS[kind].many;
  useDocumentTitle(query.isError ? 'Topics could not be loaded' : page > 1 ? `${label}, page ${page}` : label);
  return (
    <QueryState
      query={query}
      shape="people"
      notFound={{ title: 'Page not found', message: `The ${label.toLowerCase()} do not run to this page.` }}
    >
      {(data) => (
        <div className="topics-index">
          <header className="page-header">
            <p className="page-header__kicker">
              <Link to="/topics">Topics</Link>
            </p>
            <h1>{label}</h1>
            <p className="page-header__intro">
              {formatCount(data.total)} {label.toLowerCase()}, A–Z, with how many stories each is in.
            </p>
          </header>
          <TopicChips topics={data.topics} />
          <Pagination
            page={data.page}
            pageCount={data.pageCount}
            hrefFor={(n) => kindHref(kind, n)}
            previousLabel="Previous page"
            nextLabel="Next page"
          />
        </div>
      )}
    </QueryState>
  );
}

function TopicChips({ topics }: { topics: readonly TopicsIndexEntry[] }) {
  return (
    <ul className="topic-chips">
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link className="topic-chip" to={`/topics/${topic.id}`}>
            {topic.name} <span className="topic-chip__count">{topic.count}</span>
            <span className="visually-hidden"> {topic.count === 1 ? 'story' : 'stories'}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
