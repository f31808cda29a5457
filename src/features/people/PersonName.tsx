import type { ReactNode } from 'react';
import type { Distinguishable } from '../../content/personLabel';

/**
 * A person's name, and after it, quieter, the note that tells them apart from a namesake ("Tolan Brake
 * (footballer)"). The note is text inside the same element, so it is part of a link's accessible name.
 * `children` draws the name itself when a view marks it up (search highlights).
 */
export function PersonName({ person, children }: { person: Distinguishable; children?: ReactNode }) {
  return (
    <>
      {children ?? person.name}
      {person.distinguishedAs && (
        <>
          {' '}
          <span className="person-name__note">{`(${person.distinguishedAs})`}</span>
        </>
      )}
    </>
  );
}

/** The role to show beside a name, unless the note after the name already says it. */
export const roleBesideName = (person: Distinguishable & { role: string | null }): string | null =>
  person.role && person.role !== person.distinguishedAs ? person.role : null;
