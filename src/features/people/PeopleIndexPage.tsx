import { useDeferredValue, useId, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '../layout/Link';
import { findKeyForQuery, letterFromKey, letterKey } from '../../content/names';
import type { PeopleIndex as PeopleIndexData, PeopleIndexEntry } from '../../content/schema';
import { isNotFound } from '../../data/errors';
import { usePeopleFind, usePeopleIndex, usePeopleLetter } from '../../data/hooks';
import { Pagination } from '../article/list/Pagination';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { QueryState } from '../layout/QueryState';
import { useEarlyInput } from '../layout/useEarlyInput';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { countLabel, filterPeople, groupByLetter, LETTERS, letterAnchor } from './peopleIndex';
import { formatCount } from '../layout/formatCount';
import { PersonName, roleBesideName } from './PersonName';

/** Rows drawn for one typed name at most: a short prefix can match thousands of people. */
export const MAX_MATCHES_SHOWN = 200;

/**
 * `/people`: everyone named in the collection. What it reads stays small however many people there are:
 * the first view is people-index.json (letter counts and the most quoted); a letter (`?letter=s&page=2`)
 * reads one page of that letter; a typed name reads the one lookup shard of its first two letters.
 */
export function PeopleIndexPage() {
  const query = usePeopleIndex();
  useDocumentTitle(query.isError ? 'People could not be loaded' : 'People');
  return (
    <QueryState query={query} shape="people">
      {(index) => <PeopleIndex index={index} />}
    </QueryState>
  );
}

const letterHref = (key: string, page = 1) => `/people?letter=${key}${page > 1 ? `&page=${page}` : ''}`;

function readPage(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page : 1;
}

interface View {
  status: string;
  body: ReactNode;
}

export function PeopleIndex({ index }: { index: PeopleIndexData }) {
  const inputId = useId();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState('');
  const box = useRef<HTMLInputElement>(null);
  useEarlyInput(box, filter, setFilter);
  // Typing stays responsive: the lookup and the list catch up a beat later.
  const typed = useDeferredValue(filter).trim();
  const asked = letterFromKey(params.get('letter'));
  const letter = index.letters.find((l) => l.letter === asked) ?? null;
  const page = readPage(params);

  const findKey = typed ? findKeyForQuery(typed) : null;
  const find = usePeopleFind(findKey);
  const letterPage = usePeopleLetter(!typed && letter ? letter.key : null, page);

  let view: View;
  if (typed && !findKey) {
    view = { status: 'Type two letters or more of a name.', body: null };
  } else if (typed) {
    if (find.isPending) view = { status: `Looking up “${typed}”…`, body: <LoadingState shape="people" label="Looking up names…" /> };
    else if (find.isError && !isNotFound(find.error)) {
      view = { status: 'Names could not be looked up.', body: <ErrorState error={find.error} onRetry={() => void find.refetch()} /> };
    } else {
      // No shard for these two letters means no name word starts with them: nobody matches.
      const matches = filterPeople(find.data?.people ?? [], typed);
      const shown = matches.slice(0, MAX_MATCHES_SHOWN);
      view = {
        status: `${countLabel(matches.length, 'person matches', 'people match')} “${typed}”`,
        body: (
          <>
            {matches.length > shown.length && (
              <p className="people-index__more">
                Showing the first {formatCount(shown.length)}: type more of the name to narrow it down.
              </p>
            )}
            {groupByLetter(shown).map((group) => (
              <LetterGroup key={group.letter} letter={group.letter} people={group.people} />
            ))}
          </>
        ),
      };
    }
  } else if (letter) {
    if (letterPage.isPending) view = { status: `Loading ${letter.letter}…`, body: <LoadingState shape="people" /> };
    else if (letterPage.isError) {
      view = {
        status: `${letter.letter} could not be loaded.`,
        body: isNotFound(letterPage.error) ? (
          <p>
            {letter.letter} has fewer pages. <Link to={letterHref(letter.key)}>Back to its first page</Link>.
          </p>
        ) : (
          <ErrorState error={letterPage.error} onRetry={() => void letterPage.refetch()} />
        ),
      };
    } else {
      const data = letterPage.data;
      view = {
        status: `${countLabel(data.total, 'person', 'people')} under ${letter.letter}${data.pageCount > 1 ? `, page ${data.page} of ${data.pageCount}` : ''}`,
        body: (
          <>
            <LetterGroup letter={letter.letter} people={data.people} />
            <Pagination
              page={data.page}
              pageCount={data.pageCount}
              hrefFor={(n) => letterHref(letter.key, n)}
              previousLabel="Previous page"
              nextLabel="Next page"
            />
          </>
        ),
      };
    }
  } else {
    view = {
      status: countLabel(index.total, 'person', 'people'),
      body: (
        <section className="letter-group" aria-labelledby="people-most-quoted">
          <h2 id="people-most-quoted" className="letter-group__heading">
            Most quoted
          </h2>
          <PersonRows people={index.top} />
          {index.total > index.top.length && (
            <p className="people-index__more">
              Everyone else is under their letter above, or type a name to find them.
            </p>
          )}
        </section>
      ),
    };
  }

  const counts = new Map(index.letters.map((l) => [l.letter, l.count]));
  return (
    <div className="people-index">
      <header className="page-header">
        <h1>People</h1>
        <p className="page-header__intro">Everyone named in the stories, with how often they are quoted.</p>
      </header>
      <div className="people-index__tools">
        <label htmlFor={inputId} className="field-label">
          Filter by name
        </label>
        <input
          id={inputId}
          ref={box}
          className="text-input"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <p className="people-index__count" role="status" aria-live="polite">
          {view.status}
        </p>
      </div>
      <nav className="letter-bar" aria-label="Browse by letter">
        <ul>
          {LETTERS.map((l) => {
            const count = counts.get(l);
            return (
              <li key={l}>
                {count ? (
                  <Link
                    to={letterHref(letterKey(l))}
                    aria-label={`${l}, ${countLabel(count, 'person', 'people')}`}
                    aria-current={!typed && letter?.letter === l ? 'page' : undefined}
                  >
                    {l}
                  </Link>
                ) : (
                  <span className="letter-bar__empty">{l}</span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      {letter && !typed && (
        <p className="people-index__back">
          <Link to="/people">Most quoted people</Link>
        </p>
      )}
      {view.body}
    </div>
  );
}

function LetterGroup({ letter, people }: { letter: string; people: readonly PeopleIndexEntry[] }) {
  return (
    <section className="letter-group" aria-labelledby={letterAnchor(letter)}>
      <h2 id={letterAnchor(letter)} className="letter-group__heading" tabIndex={-1}>
        {letter}
      </h2>
      <PersonRows people={people} />
    </section>
  );
}

function PersonRows({ people }: { people: readonly PeopleIndexEntry[] }) {
  return (
    <ul className="person-rows">
      {people.map((person) => (
        <li key={person.id} className="person-row">
          <Link to={`/people/${person.id}`} className="person-row__name">
            <PersonName person={person} />
          </Link>
          {roleBesideName(person) && <span className="person-row__role">{roleBesideName(person)}</span>}
          <span className="person-row__counts">
            {countLabel(person.stories, 'story', 'stories')}, {countLabel(person.quotes, 'quote', 'quotes')}
          </span>
        </li>
      ))}
    </ul>
  );
}
