import { useId } from 'react';
import { Link } from '../layout/Link';
import { quotesLabel, type StoryPerson } from './peopleInStory';
import { SPEAKER_COLOURS } from './quoteDisplay';
import { VisuallyHidden } from '../layout/VisuallyHidden';
import { PersonName } from '../people/PersonName';

/** A sample of a speaker's highlight (tint and underline bar), the key to the colours in the text. */
function Swatch({ className }: { className: string }) {
  return <span className={`speaker-swatch ${className}`} aria-hidden="true" />;
}

/**
 * Everyone named in the story, and the legend of the quote colours. Each name links to the person's page;
 * a quoted person also has a "Show only" toggle (aria-pressed) that singles out their quotes and dims the
 * rest, kept in the URL as `?speaker=`. Pressing it again, or "Show all quotes", lifts the filter.
 */
export function PeopleInStory({
  people,
  colours,
  alsoQuoted = { other: false, unknown: false },
  activeSpeaker,
  onToggle,
  onClear,
}: {
  people: readonly StoryPerson[];
  colours: ReadonlyMap<string, number>;
  alsoQuoted?: { other: boolean; unknown: boolean };
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
        {people.map((person) => {
          const slot = colours.get(person.id);
          return (
            <li key={person.id} className="people-in-story__item">
              {slot !== undefined ? <Swatch className={`speaker-colour-${slot % SPEAKER_COLOURS}`} /> : <span className="speaker-swatch speaker-swatch--none" aria-hidden="true" />}
              <span className="people-in-story__who">
                <Link className="people-in-story__name" to={`/people/${person.id}`}>
                  <PersonName person={person} />
                </Link>
                <span className="people-in-story__count">{person.quoteCount > 0 ? quotesLabel(person.quoteCount) : 'named, not quoted'}</span>
              </span>
              {person.quoteCount > 0 && (
                <button type="button" className="speaker-toggle" aria-pressed={person.id === activeSpeaker} onClick={() => onToggle(person.id)}>
                  Show only{' '}
                  <VisuallyHidden>{person.name}’s quotes</VisuallyHidden>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {(alsoQuoted.other || alsoQuoted.unknown) && (
        <ul className="people-in-story__key">
          {alsoQuoted.other && (
            <li>
              <Swatch className="speaker-colour-other" /> Organisations, groups and others quoted
            </li>
          )}
          {alsoQuoted.unknown && (
            <li>
              <Swatch className="speaker-colour-unknown" /> Speaker not identified
            </li>
          )}
        </ul>
      )}
      <p className="people-in-story__hint">Point at or tab to a quote to see who said it.</p>
      <div role="status" className="people-in-story__status">
        {active && (
          <>
            <p>
              Showing only {active.name}’s {quotesLabel(active.quoteCount)}; other quotes are dimmed.
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
