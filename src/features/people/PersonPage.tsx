import { useId } from 'react';
import { Link } from 'react-router';
import type { PersonPage as PersonPageData } from '../../content/schema';
import { isSlug, usePerson } from '../../data/hooks';
import { StoryCard } from '../article/list/StoryCard';
import { formatUkDate } from '../article/formatDates';
import { NotFoundView } from '../layout/NotFoundView';
import { QueryState } from '../layout/QueryState';
import { titleForQuery, useDocumentTitle } from '../layout/useDocumentTitle';
import { groupQuotesByStory } from './groupQuotesByStory';
import { countLabel } from './peopleIndex';
import { ShareButton } from '../share/ShareButton';

const NOT_FOUND = {
  title: 'Person not found',
  message: 'Nobody in this archive has this address. The index lists everyone who is named in a story.',
};

/** `/people/:id`: who they are, every quote by story, and their stories. */
export function PersonPage({ id }: { id: string | undefined }) {
  if (!isSlug(id)) return <NotFoundView {...NOT_FOUND} />;
  return <LoadedPerson id={id} />;
}

function LoadedPerson({ id }: { id: string }) {
  const query = usePerson(id);
  useDocumentTitle(titleForQuery(query, (data) => data.person.name, 'Person'));
  return (
    <QueryState query={query} shape="person" notFound={NOT_FOUND}>
      {(data) => <PersonView data={data} />}
    </QueryState>
  );
}

export function PersonView({ data }: { data: PersonPageData }) {
  const { person, quotes, stories } = data;
  const quotesId = useId();
  const storiesId = useId();
  const groups = groupQuotesByStory(quotes);
  const otherDescriptions = person.descriptions.filter((d) => d !== person.role);

  return (
    <div className="person-page">
      <header className="page-header person-page__header">
        <p className="page-header__kicker">
          <Link to="/people">People</Link>
        </p>
        <h1>{person.name}</h1>
        {person.role && <p className="person-page__role">{person.role}</p>}
        {otherDescriptions.length > 0 && (
          <p className="person-page__descriptions">Also described as: {otherDescriptions.join('; ')}</p>
        )}
        {person.aliases.length > 0 && (
          <p className="person-page__aliases">Named as: {person.aliases.join(', ')}</p>
        )}
        <p className="person-page__counts">
          {countLabel(person.articles.length, 'story', 'stories')}, {countLabel(person.quoteCount, 'quote', 'quotes')}{' '}
          — <Link to={`/?person=${encodeURIComponent(person.id)}`}>show their stories in the list</Link>
        </p>
        <ShareButton path={`/people/${person.id}`} title={person.name} label="Share this page" />
      </header>

      <section className="person-page__section" aria-labelledby={quotesId}>
        <h2 id={quotesId}>Quotes</h2>
        {groups.length === 0 ? (
          <p className="muted">No direct quotes by {person.name} in these stories.</p>
        ) : (
          groups.map((group) => (
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
          ))
        )}
      </section>

      <section className="person-page__section" aria-labelledby={storiesId}>
        <h2 id={storiesId}>Stories</h2>
        {stories.length === 0 ? (
          <p className="muted">No stories.</p>
        ) : (
          <ul className="story-list__items">
            {stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
