import { useId } from 'react';
import { Link } from 'react-router';
import { quotesLabel, type StoryPerson } from './peopleInStory';

/**
 * Everyone named in the story. Pressing a quoted person's button highlights only their quotes (state in
 * the URL as `?speaker=`); pressing it again, or "Show all quotes", lifts the filter.
 */
export function PeopleInStory({
  people,
  activeSpeaker,
  onToggle,
  onClear,
}: {
  people: readonly StoryPerson[];
  activeSpeaker: string | null;
  onToggle: (personId: string) => void;
  onClear: () => void;
}) {
  const headingId = useId();
  const active = people.find((p) => p.id === activeSpeaker);
  return (
    <aside className="sidebar-group people-in-story" aria-labelledby={headingId}>
      <h2 id={headingId}>People in this story</h2>
      <ul className="people-in-story__list">
        {people.map((person) => (
          <li key={person.id} className="people-in-story__item">
            {person.quoteCount > 0 ? (
              <button
                type="button"
                className="speaker-toggle"
                aria-pressed={person.id === activeSpeaker}
                onClick={() => onToggle(person.id)}
              >
                <span className="speaker-toggle__name">{person.name}</span>
                <span className="speaker-toggle__count">{quotesLabel(person.quoteCount)}</span>
              </button>
            ) : (
              <span className="people-in-story__named">
                <span className="speaker-toggle__name">{person.name}</span>
                <span className="speaker-toggle__count">named, not quoted</span>
              </span>
            )}
            <Link
              className="people-in-story__profile"
              to={`/people/${person.id}`}
              // The visible word starts the name (WCAG 2.5.3); the rest says whose profile.
              aria-label={`Profile of ${person.name}`}
            >
              Profile
            </Link>
          </li>
        ))}
      </ul>
      <div role="status" className="people-in-story__status">
        {active && (
          <>
            <p>
              Highlighting {quotesLabel(active.quoteCount)} by {active.name}.
            </p>
            <button type="button" className="button button--small" onClick={onClear}>
              Show all quotes
            </button>
          </>
        )}
      </div>
    </aside>
  );
}
