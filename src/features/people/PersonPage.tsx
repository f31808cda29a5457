import { useId } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Link } from '../layout/Link';
import type { PersonPage as PersonPageData } from '../../content/schema';
import { isSlug, usePerson } from '../../data/hooks';
import { Pagination } from '../article/list/Pagination';
import { StoryCard } from '../article/list/StoryCard';
import { formatUkDate } from '../article/formatDates';
import { NotFoundView } from '../layout/NotFoundView';
import { pagedPath, pagedTitle, readPagedUrl } from '../../content/pagedPath';
import { QueryState } from '../layout/QueryState';
import { titleForQuery, useDocumentTitle } from '../layout/useDocumentTitle';
import { groupQuotesByStory } from './groupQuotesByStory';
import { countLabel } from './peopleIndex';
import { ShareButton } from '../share/ShareButton';
import { formatCount } from '../layout/formatCount';
import { distinguishedName } from '../../content/personLabel';
import { PersonName, roleBesideName } from './PersonName';

const NOT_FOUND = {
  title: 'Person not found',
  message: 'Nobody in this archive has this address. The index lists everyone who is named in a story.',
};

const PAGE_NOT_FOUND = {
  title: 'Page not found',
  message: 'This person’s quotes and stories do not run to this page. Their first page lists how many there are.',
};

/** `/people/:id` and `/people/:id/page/:page`: who they are, one page of their quotes by story and of their stories. */
export function PersonPage({ id, page: segment }: { id: string | undefined; page?: string }) {
  const { search } = useLocation();
  if (!isSlug(id)) return <NotFoundView {...NOT_FOUND} />;
  const asked = readPagedUrl(`/people/${id}`, segment, search);
  if (asked.kind === 'redirect') return <Navigate replace to={asked.to} />;
  if (asked.kind === 'invalid') return <NotFoundView {...PAGE_NOT_FOUND} />;
  return <LoadedPerson id={id} page={asked.page} />;
}

function LoadedPerson({ id, page }: { id: string; page: number }) {
  const query = usePerson(id, page);
  useDocumentTitle(titleForQuery(query, (data) => pagedTitle(distinguishedName(data.person), data.page), 'Person'));
  return (
    <QueryState query={query} shape="person" notFound={page > 1 ? PAGE_NOT_FOUND : NOT_FOUND}>
      {(data) => <PersonView data={data} />}
    </QueryState>
  );
}


/** "Quotes 21–40 of 225" when the list runs over several pages. */
function rangeLabel(noun: string, page: number, pageSize: number, shown: number, total: number): string {
  const first = (page - 1) * pageSize + 1;
  return `${noun} ${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`;
}

export function PersonView({ data }: { data: PersonPageData }) {
  const { person, quotes, stories, page, pageCount, pageSize, quoteTotal, storyTotal } = data;
  const quotesId = useId();
  const storiesId = useId();
  const groups = groupQuotesByStory(quotes);
  const otherDescriptions = person.descriptions.filter((d) => d !== person.role);
  const base = `/people/${person.id}`;
  const paged = pageCount > 1;
  const pagesOf = (total: number) => Math.max(1, Math.ceil(total / pageSize));

  return (
    <div className="person-page">
      <header className="page-header person-page__header">
        <p className="page-header__kicker">
          <Link to="/people">People</Link>
        </p>
        <h1>
          <PersonName person={person} />
        </h1>
        {roleBesideName(person) && <p className="person-page__role">{roleBesideName(person)}</p>}
        {otherDescriptions.length > 0 && <LongList className="person-page__descriptions" label="Also described as" items={otherDescriptions} separator="; " />}
        {person.aliases.length > 0 && <LongList className="person-page__aliases" label="Named as" items={person.aliases} separator=", " />}
        <p className="person-page__counts">
          {countLabel(storyTotal, 'story', 'stories')}, {countLabel(person.quoteCount, 'quote', 'quotes')}{' '}
          — <Link to={`/?person=${encodeURIComponent(person.id)}`}>show their stories in the list</Link>
        </p>
        <ShareButton path={pagedPath(base, page)} title={pagedTitle(distinguishedName(person), page)} label="Share this page" />
      </header>

      <section className="person-page__section" aria-labelledby={quotesId}>
        <h2 id={quotesId}>Quotes</h2>
        {quoteTotal === 0 ? (
          <p className="muted">No direct quotes by {person.name} in these stories.</p>
        ) : groups.length === 0 ? (
          <p className="muted">
            All {countLabel(quoteTotal, 'quote', 'quotes')} are on the earlier pages:{' '}
            <Link to={pagedPath(base, pagesOf(quoteTotal))}>the last page of quotes</Link>.
          </p>
        ) : (
          <>
            {paged && <p className="person-page__range">{rangeLabel('Quotes', page, pageSize, quotes.length, quoteTotal)}</p>}
            {groups.map((group) => (
              <section key={group.articleId} className="quote-group">
                <h3 className="quote-group__headline">
                  <Link to={`/articles/${group.articleId}`}>{group.headline}</Link>
                </h3>
                {group.updated && (
                  <p className="quote-group__date">
                    <time dateTime={group.updated}>{formatUkDate(group.updated)}</time>
                  </p>
                )}
                <ul className="quote-group__quotes">
                  {group.quotes.map((quote) => (
                    <li key={quote.quoteId}>
                      <Link className="quote-link" to={`/articles/${quote.articleId}#${quote.quoteId}`}>
                        “{quote.text}”
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>

      <section className="person-page__section" aria-labelledby={storiesId}>
        <h2 id={storiesId}>Stories</h2>
        {storyTotal === 0 ? (
          <p className="muted">No stories.</p>
        ) : stories.length === 0 ? (
          <p className="muted">
            All {countLabel(storyTotal, 'story', 'stories')} are on the earlier pages:{' '}
            <Link to={pagedPath(base, pagesOf(storyTotal))}>the last page of stories</Link>.
          </p>
        ) : (
          <>
            {paged && <p className="person-page__range">{rangeLabel('Stories', page, pageSize, stories.length, storyTotal)}</p>}
            <ul className="story-list__items">
              {stories.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} headingLevel={3} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => pagedPath(base, n)}
        previousLabel="Previous page"
        nextLabel="Next page"
      />
    </div>
  );
}

/** Shown in full up to this many; beyond, the rest waits behind a disclosure (a busy archive has hundreds). */
const SHOWN_AT_ONCE = 6;

/** "Also described as: a; b; c … and 212 more" — the first few inline, the rest on demand. */
function LongList({ className, label, items, separator }: { className: string; label: string; items: readonly string[]; separator: string }) {
  if (items.length <= SHOWN_AT_ONCE + 1) {
    return (
      <p className={className}>
        {label}: {items.join(separator)}
      </p>
    );
  }
  return (
    <div className={className}>
      <p>
        {label}: {items.slice(0, SHOWN_AT_ONCE).join(separator)}
      </p>
      <details className="person-page__more">
        <summary>{formatCount(items.length - SHOWN_AT_ONCE)} more</summary>
        <p>{items.slice(SHOWN_AT_ONCE).join(separator)}</p>
      </details>
    </div>
  );
}
