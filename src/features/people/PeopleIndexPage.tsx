import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { PeopleIndexEntry } from '../../content/schema';
import { usePeopleIndex } from '../../data/hooks';
import { QueryState } from '../layout/QueryState';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { countLabel, filterPeople, groupByLetter, LETTERS, letterAnchor } from './peopleIndex';

/** `/people`: everyone named in the collection, A–Z, with a name filter (from the compact people-index.json). */
export function PeopleIndexPage() {
  const query = usePeopleIndex();
  useDocumentTitle(query.isError ? 'People could not be loaded' : 'People');
  return (
    <QueryState query={query} shape="people">
      {(people) => <PeopleIndex people={people} />}
    </QueryState>
  );
}

export function PeopleIndex({ people }: { people: readonly PeopleIndexEntry[] }) {
  const inputId = useId();
  const [filter, setFilter] = useState('');
  // Typing stays responsive with thousands of names: the list catches up a beat later.
  const deferredFilter = useDeferredValue(filter);
  const matches = useMemo(() => filterPeople(people, deferredFilter), [people, deferredFilter]);
  const groups = useMemo(() => groupByLetter(matches), [matches]);
  const present = new Set(groups.map((g) => g.letter));
  const filtering = deferredFilter.trim() !== '';

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
          className="text-input"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <p className="people-index__count" role="status" aria-live="polite">
          {filtering
            ? `${countLabel(matches.length, 'person matches', 'people match')} “${deferredFilter.trim()}”`
            : countLabel(people.length, 'person', 'people')}
        </p>
      </div>
      <nav className="letter-bar" aria-label="Jump to letter">
        <ul>
          {LETTERS.map((letter) => (
            <li key={letter}>
              {present.has(letter) ? (
                <a href={`#${letterAnchor(letter)}`}>{letter}</a>
              ) : (
                <span className="letter-bar__empty">
                  {letter}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.letter} className="letter-group" aria-labelledby={letterAnchor(group.letter)}>
          <h2 id={letterAnchor(group.letter)} className="letter-group__heading" tabIndex={-1}>
            {group.letter}
          </h2>
          <ul className="person-rows">
            {group.people.map((person) => (
              <li key={person.id} className="person-row">
                <Link to={`/people/${person.id}`} className="person-row__name">
                  {person.name}
                </Link>
                {person.role && <span className="person-row__role">{person.role}</span>}
                <span className="person-row__counts">
                  {countLabel(person.stories, 'story', 'stories')},{' '}
                  {countLabel(person.quotes, 'quote', 'quotes')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
