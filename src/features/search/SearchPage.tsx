import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SearchKind } from '../../content/searchOptions';
import { formatUkDate } from '../article/formatDates';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { highlightTerms } from './highlight';
import type { SearchHit } from './searchIndex';
import { useSearch } from './useSearch';

const GROUPS: Array<{ kind: SearchKind; heading: string }> = [
  { kind: 'person', heading: 'People' },
  { kind: 'quote', heading: 'Quotes' },
  { kind: 'article', heading: 'Stories' },
];

/** `/search?q=`: stories, quotes and people matching the query, matches highlighted. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const [draft, setDraft] = useState(urlQuery);
  const [lastUrlQuery, setLastUrlQuery] = useState(urlQuery);
  // Back/forward changes the URL under us: the box follows it.
  if (urlQuery !== lastUrlQuery) {
    setLastUrlQuery(urlQuery);
    setDraft(urlQuery);
  }
  const query = useDeferredValue(draft);
  const { engine, results } = useSearch(query);
  const inputId = useId();
  useDocumentTitle(urlQuery ? `Search: ${urlQuery}` : 'Search');

  const update = (value: string) => {
    setDraft(value);
    setLastUrlQuery(value);
    // Typing replaces the history entry; the URL always holds the current search, ready to share.
    setParams(value ? { q: value } : {}, { replace: true });
  };
  const submit = (event: FormEvent) => event.preventDefault();

  const total = results ? results.person.length + results.quote.length + results.article.length : 0;
  return (
    <div className="search-page">
      <header className="page-header">
        <h1>Search</h1>
        <p className="page-header__intro">Headlines, story text, quotes and people’s names.</p>
      </header>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor={inputId} className="field-label">
          Search the archive
        </label>
        <input
          id={inputId}
          className="text-input"
          type="search"
          name="q"
          value={draft}
          onChange={(e) => update(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      <p className="search-page__status" role="status" aria-live="polite">
        {query.trim() && results ? (total === 0 ? `Nothing found for “${query.trim()}”.` : `${total} results for “${query.trim()}”.`) : ''}
      </p>
      {engine.isError && <ErrorState title="Search is unavailable" error={engine.error} onRetry={() => void engine.refetch()} />}
      {query.trim() && engine.isPending && <LoadingState shape="list" label="Loading the search index…" />}
      {results &&
        GROUPS.map(({ kind, heading }) =>
          results[kind].length > 0 ? (
            <section key={kind} className="search-group" aria-labelledby={`search-${kind}`}>
              <h2 id={`search-${kind}`}>{heading}</h2>
              <ul className="search-results">
                {results[kind].map((hit) => (
                  <SearchResult key={hit.id} hit={hit} />
                ))}
              </ul>
            </section>
          ) : null,
        )}
    </div>
  );
}

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightTerms(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

function SearchResult({ hit }: { hit: SearchHit }) {
  const date = hit.updated ? formatUkDate(hit.updated) : null;
  if (hit.kind === 'person') {
    return (
      <li className="search-result search-result--person">
        <Link to={`/people/${hit.personId}`}>
          <Highlighted text={hit.title} terms={hit.terms} />
        </Link>
        {hit.context && <p className="search-result__context">{hit.context}</p>}
      </li>
    );
  }
  if (hit.kind === 'quote') {
    return (
      <li className="search-result search-result--quote">
        <Link to={`/articles/${hit.articleId}#${hit.quoteId}`}>
          “<Highlighted text={hit.title} terms={hit.terms} />”
        </Link>
        <p className="search-result__context">
          {hit.context}
          {date && ` · ${date}`}
        </p>
      </li>
    );
  }
  return (
    <li className="search-result search-result--article">
      <Link to={`/articles/${hit.articleId}`}>
        <Highlighted text={hit.title} terms={hit.terms} />
      </Link>
      <p className="search-result__context">{[date, hit.context].filter(Boolean).join(' · ')}</p>
    </li>
  );
}
