import { memo, useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useEarlyInput } from '../layout/useEarlyInput';
import { useQueryClient } from '@tanstack/react-query';
import { curlyQuotes } from '../../content/typography';
import { useSearchParams } from 'react-router';
import { Link } from '../layout/Link';
import type { ParsedQuery } from '../../content/searchText';
import type { SearchPerson } from '../../content/schema';
import { formatUkDate } from '../article/formatDates';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { highlightQuery } from './highlight';
import type { SearchResults, StoryHit } from './searchEngine';
import { STORIES_PER_PAGE, searchSource, startSearch, useSearch } from './useSearch';
import { formatCount } from '../layout/formatCount';
import { PersonName, roleBesideName } from '../people/PersonName';

/** The URL's `q` as last seen, and the values typed that it has not caught up with yet. */
export interface UrlSync {
  url: string;
  pending: string[];
}

/**
 * The URL follows the box a little later (the router updates it in a transition), so a new `q` is either a
 * value typed earlier (the box is already past it: ignored) or a move through history (the box follows).
 */
export function followUrl(sync: UrlSync, url: string, draft: string): { sync: UrlSync; draft: string } {
  if (url === draft) return { sync: { url, pending: [] }, draft };
  const typed = sync.pending.indexOf(url);
  if (typed >= 0) return { sync: { url, pending: sync.pending.slice(typed + 1) }, draft };
  return { sync: { url, pending: [] }, draft: url };
}

/**
 * `/search?q=`: stories whose headline, standfirst, people, topics or section hold the words, and people
 * whose name or role does, matches marked. The last word matches as a prefix while it is being typed.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const [draft, setDraft] = useState(urlQuery);
  const [sync, setSync] = useState<UrlSync>({ url: urlQuery, pending: [] });
  if (urlQuery !== sync.url) {
    const next = followUrl(sync, urlQuery, draft);
    setSync(next.sync);
    if (next.draft !== draft) setDraft(next.draft);
  }
  const query = draft;
  const [more, setMore] = useState({ query: '', pages: 1 });
  const pages = more.query === query ? more.pages : 1;
  const { search, enabled } = useSearch(query, pages * STORIES_PER_PAGE);
  const inputId = useId();
  const queryClient = useQueryClient();
  useDocumentTitle(urlQuery ? `Search: ${urlQuery}` : 'Search');
  // The index's first file, read while the reader types the first letters.
  useEffect(() => void searchSource().root().catch(() => undefined), []);

  // Stable while the query is, so the (memoised) result lists do not render again on every key press.
  const showMore = useCallback(() => setMore({ query, pages: pages + 1 }), [query, pages]);
  const update = (value: string) => {
    startSearch(queryClient, value);
    setDraft(value);
    setSync((current) => ({ ...current, pending: [...current.pending, value] }));
  };
  const submit = (event: FormEvent) => event.preventDefault();
  const box = useRef<HTMLInputElement>(null);
  useEarlyInput(box, draft, update);

  const typed = query.trim();
  const results = typed && enabled && search.data ? search.data : null;
  const status = !typed
    ? ''
    : !enabled
      ? 'Nothing to search for yet: type a word of two letters or more (common words such as “the” are skipped).'
      : results
        ? statusText(results)
        : search.isError
          ? ''
          : 'Searching…';
  // Typing replaces the history entry, so the URL holds the current search, ready to share: written once
  // the results for it are on screen. Replacing the entry costs the browser 10–20 ms and makes the router
  // render the page again; done with each key press it came before "Searching…" and competed with the
  // results for the main thread. A burst of keys writes the last value once.
  const settled = !typed || !enabled || search.isError || (results !== null && !search.isPlaceholderData);
  const shown = useRef(draft);
  useEffect(() => {
    shown.current = draft;
  });
  // Unless the box moved on meanwhile (Back to another search, say): then that entry is left as it is.
  const writeUrl = useAfterPaint((value: string) => {
    if (value === shown.current) setParams(value ? { q: value } : {}, { replace: true });
  });
  useEffect(() => {
    if (settled && draft !== urlQuery) writeUrl(draft);
  }, [settled, draft, urlQuery, writeUrl]);
  return (
    <div className="search-page">
      <header className="page-header">
        <h1>Search</h1>
        <p className="page-header__intro">Headlines, standfirsts, the people in each story, topics and sections; people by name or role.</p>
      </header>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor={inputId} className="field-label">
          Search the archive
        </label>
        <input
          id={inputId}
          ref={box}
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
        {status}
      </p>
      {enabled && search.isError && <ErrorState title="Search is unavailable" error={search.error} onRetry={() => void search.refetch()} />}
      {typed && enabled && search.isPending && <LoadingState shape="list" label="Loading search results…" />}
      {results && (results.stories.length > 0 || results.people.length > 0) && (
        // Stories first (the main column), people beside them on wide screens, as a sidebar.
        <div className="search-page__results">
          {results.stories.length > 0 && (
            <StoryResults results={results} loadingMore={search.isPlaceholderData && pages > 1} onMore={showMore} />
          )}
          {results.people.length > 0 && <PeopleResults people={results.people} query={results.query} />}
        </div>
      )}
    </div>
  );
}

/**
 * Runs `write` once the frame after this render has been painted (a task queued from the frame's animation
 * callback), for the latest value only; dropped if the page goes first.
 */
function useAfterPaint(write: (value: string) => void): (value: string) => void {
  const latest = useRef(write);
  const pending = useRef<{ value: string } | null>(null);
  const scheduled = useRef(false);
  useEffect(() => {
    latest.current = write;
  });
  useEffect(
    () => () => {
      pending.current = null;
    },
    [],
  );
  return useCallback((value: string) => {
    pending.current = { value };
    if (scheduled.current) return;
    scheduled.current = true;
    const run = () => {
      scheduled.current = false;
      const next = pending.current;
      pending.current = null;
      if (next) latest.current(next.value);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
    else setTimeout(run, 0);
  }, []);
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function statusText(results: SearchResults): string {
  const quoted = `“${results.text.trim()}”`;
  const people = results.people.length > 0 ? plural(results.people.length, 'person', 'people') : null;
  if (results.stories.length === 0 && !people) return `Nothing found for ${quoted}.`;
  if (!results.allWords) {
    const some = `no story has every word; ${plural(results.available, 'story has', 'stories have')} some of them`;
    return people ? `${people} for ${quoted}; ${some}.` : `For ${quoted}, ${some}.`;
  }
  const stories = results.count > 0 ? `${plural(results.count, 'story', 'stories')}${results.exact ? '' : ' or more'}` : null;
  return `${[stories, people].filter(Boolean).join(' and ')} for ${quoted}.`;
}

function Highlighted({ text, query }: { text: string; query: ParsedQuery }) {
  return (
    <>
      {highlightQuery(text, query).map((part, i, parts) => {
        // Curly marks for display; the character before a part decides whether its first mark opens.
        const shown = curlyQuotes(part.text, parts[i - 1]?.text.slice(-1) ?? '');
        return part.match ? <mark key={i}>{shown}</mark> : <span key={i}>{shown}</span>;
      })}
    </>
  );
}

const PeopleResults = memo(function PeopleResults({ people, query }: { people: SearchPerson[]; query: ParsedQuery }) {
  return (
    <section className="search-group search-group--people" aria-labelledby="search-people">
      <h2 id="search-people">People</h2>
      <ul className="search-results">
        {people.map((person) => (
          <li key={person.id} className="search-result search-result--person">
            <Link to={`/people/${person.id}`}>
              <PersonName person={person}>
                <Highlighted text={person.name} query={query} />
              </PersonName>
            </Link>
            <p className="search-result__context">
              {roleBesideName(person) && (
                <>
                  <Highlighted text={person.role ?? ''} query={query} />
                  {' · '}
                </>
              )}
              {plural(person.quotes, 'quote', 'quotes')} in {plural(person.stories, 'story', 'stories')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
});

const StoryResults = memo(function StoryResults({
  results,
  loadingMore,
  onMore,
}: {
  results: SearchResults;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { stories, query } = results;
  const list = useRef<HTMLUListElement>(null);
  // After "Show more", focus moves to the first story added, so a keyboard reader carries on from there.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || stories.length <= from) return;
    focusFrom.current = null;
    list.current?.querySelectorAll<HTMLAnchorElement>(':scope > li > h3 > a')[from]?.focus();
  }, [stories.length]);
  const showMore = () => {
    // Not `disabled` while loading: that would drop the focus to the page.
    if (loadingMore) return;
    focusFrom.current = stories.length;
    onMore();
  };
  const more = stories.length < results.available;
  return (
    <section className="search-group search-group--stories" aria-labelledby="search-stories">
      <h2 id="search-stories">Stories</h2>
      {!results.allWords && <p className="search-group__note">No story has every word; these have some of them.</p>}
      <ul className="search-results" ref={list}>
        {stories.map((story) => (
          <StoryResult key={story.id} story={story} query={query} />
        ))}
      </ul>
      {more ? (
        <button type="button" className="button search-more" onClick={showMore} aria-disabled={loadingMore}>
          {loadingMore ? 'Loading more stories…' : 'Show more stories'}
        </button>
      ) : (
        results.count > stories.length && (
          <p className="search-group__note">Only the best matches are listed: add a word to narrow the search.</p>
        )
      )}
    </section>
  );
});

function StoryResult({ story, query }: { story: StoryHit; query: ParsedQuery }) {
  const date = story.updated ? formatUkDate(story.updated) : null;
  return (
    <li className="search-result search-result--article">
      <h3 className="search-result__headline">
        <Link to={`/articles/${story.id}`}>
          <Highlighted text={story.headline} query={query} />
        </Link>
      </h3>
      {story.standfirst && (
        <p className="search-result__standfirst">
          <Highlighted text={story.standfirst} query={query} />
        </p>
      )}
      {(date || story.section) && <p className="search-result__context">{[date, story.section].filter(Boolean).join(' · ')}</p>}
    </li>
  );
}
