/**
 * A person's name as text that tells them apart from a namesake: "Tolan Brake (footballer)" when the
 * pipeline gave them a `distinguishedAs` note (only people who share a name have one), else the name.
 * For page titles, filter choices and other places that hold one string; pages that style the note draw
 * it themselves (features/people/PersonName.tsx).
 */
export interface Distinguishable {
  name: string;
  distinguishedAs?: string | undefined;
}

export const distinguishedName = (person: Distinguishable): string =>
  person.distinguishedAs ? `${person.name} (${person.distinguishedAs})` : person.name;
