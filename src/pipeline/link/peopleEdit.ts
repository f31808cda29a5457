/**
 * The people merge after an edit of one story that names a new person, drops one, or quotes its people more
 * or less: the last merge's people with that person added or removed (or a quote count changed), when the
 * edit provably cannot reach any other decision of mergePeople (people.ts). Otherwise null, and the whole
 * merge runs again.
 *
 * A full name is "isolated" when no other name in the collection shares any of its words (hyphen parts too)
 * or its letters run together, its surname is no one-letter slip of a word its story names, no story says
 * it is no person, and its id and folded name are its own. Every step of the merge that could join it to
 * someone looks for a shared word (a surname, a given name, a peerage, a team-sheet initial, every spelling-
 * variant bucket but "joined letters"), a one-letter slip in its own story, or a "things" entry; and a word no
 * other story has adds neither a person nor three surnames in common to the story contexts (namesakes.ts).
 * So such a person is a group of its own, and adding or removing it changes nothing else but its story's
 * own entries: the people list gains or loses one entry, at its sorted place.
 */
import type { Person } from '../../content/schema.ts';
import { foldName } from '../../content/names.ts';
import type { EnrichedArticle, LocalPerson } from '../types.ts';
import { isBareSurname, isInitialForm, keyOf, mergePeople, STYLES, tokensOf } from './people.ts';
import { oneEditApart } from './spellingVariants.ts';
import type { PreviousPeople } from './peopleMemo.ts';

export interface EditedPeople {
  people: Person[];
  personIdFor: (articleId: string, name: string) => string | null;
}

type Changed = (index: number) => boolean;

export function peopleAfterEdit(
  previous: PreviousPeople,
  enriched: readonly EnrichedArticle[],
  ids: readonly string[],
  sections: ReadonlyArray<string | null>,
  changed: Changed,
): EditedPeople | null {
  const { memo, idsGiven } = previous;
  if (memo.from.length !== enriched.length) return null;
  let edited = -1;
  for (let i = 0; i < enriched.length; i++) {
    if (memo.ids[i] !== ids[i] || memo.sections[i] !== sections[i]) return null;
    if (memo.from[i] === enriched[i] || !changed(i)) continue;
    if (edited >= 0) return null;
    edited = i;
  }
  if (edited < 0) return null;
  const storyId = ids[edited]!;
  const before = memo.from[edited]!;
  const now = enriched[edited]!;
  // A story whose text a team sheet's reading used, or whose "no person" names changed: the whole merge.
  if (memo.textsRead.has(storyId) || JSON.stringify(before.notPeople ?? []) !== JSON.stringify(now.notPeople ?? [])) return null;
  const oldByName = new Map(before.people.map((p) => [p.name, p]));
  const newByName = new Map(now.people.map((p) => [p.name, p]));
  if (oldByName.size !== before.people.length || newByName.size !== now.people.length) return null;
  const kept = now.people.filter((p) => oldByName.has(p.name));
  if (kept.some((p) => JSON.stringify(p) !== JSON.stringify(oldByName.get(p.name)))) return null;
  // The kept people in the same order: the merge meets them in story order (descriptions' order, names' order).
  const keptBefore = before.people.filter((p) => newByName.has(p.name));
  if (keptBefore.some((p, i) => p.name !== kept[i]!.name)) return null;
  const added = now.people.filter((p) => !oldByName.has(p.name));
  const removed = before.people.filter((p) => !newByName.has(p.name));
  const oldIds = idsGiven(storyId);
  if (!oldIds || kept.some((p) => !oldIds.has(p.name))) return null;

  const notPeople = new Set(enriched.flatMap((a) => (a.notPeople ?? []).map(keyOf)));
  const quoted = (a: EnrichedArticle, name: string) => a.quotes.filter((q) => q.speaker.type === 'person' && q.speaker.name === name).length;
  const recount = kept.filter((p) => quoted(before, p.name) !== quoted(now, p.name));
  if ([...added, ...removed, ...recount].some((p) => notPeople.has(keyOf(p.name)))) return null;
  if (added.length === 0 && removed.length === 0 && recount.length === 0) return null;

  const elsewhere = added.length + removed.length > 0 ? wordsElsewhere(enriched, edited) : { words: new Set<string>(), joined: new Set<string>() };
  if (added.some((p) => !isolated(p, now.people, elsewhere)) || removed.some((p) => !isolated(p, before.people, elsewhere))) return null;

  let people = [...memo.people];
  const storyIds = new Map(oldIds);
  for (const p of removed) {
    const id = oldIds.get(p.name);
    const index = people.findIndex((person) => person.id === id);
    const person = people[index];
    if (!person || person.articles.length !== 1 || person.articles[0] !== storyId || !ownId(person, people)) return null;
    people.splice(index, 1);
    storyIds.delete(p.name);
  }
  for (const p of recount) {
    const id = oldIds.get(p.name);
    const index = people.findIndex((person) => person.id === id);
    if (index < 0) return null;
    const person = people[index]!;
    people[index] = { ...person, quoteCount: person.quoteCount + quoted(now, p.name) - quoted(before, p.name) };
  }
  for (const p of added) {
    // The person as the merge makes a group of one entry (role, descriptions, aliases, quote count).
    const [person] = mergePeople([{ articleId: storyId, people: [p], quotes: now.quotes, blocks: [], section: sections[edited] ?? null, notPeople: [] }]).people;
    if (!person || !ownId(person, people)) return null;
    const at = sortedPlace(people, person.name);
    if (at < 0) return null;
    people = [...people.slice(0, at), person, ...people.slice(at)];
    storyIds.set(p.name, person.id);
  }
  return {
    people,
    personIdFor: (articleId, name) => (articleId === storyId ? (storyIds.get(name) ?? null) : (idsGiven(articleId)?.get(name) ?? null)),
  };
}

/** Every word (hyphen parts too) and every run-together full name of the people of all stories but one. */
function wordsElsewhere(enriched: readonly EnrichedArticle[], skip: number): { words: Set<string>; joined: Set<string> } {
  const words = new Set<string>();
  const joined = new Set<string>();
  for (let i = 0; i < enriched.length; i++) {
    if (i === skip) continue;
    for (const p of enriched[i]!.people) {
      const key = keyOf(p.name);
      for (const w of key.split(/[\s-]+/)) words.add(w);
      joined.add(key.replace(/[\s-]/g, ''));
    }
  }
  return { words, joined };
}

function isolated(person: LocalPerson, storyPeople: readonly LocalPerson[], elsewhere: { words: Set<string>; joined: Set<string> }): boolean {
  const tokens = tokensOf(person.name);
  if (tokens.length < 2 || STYLES.test(person.name) || isBareSurname(tokens) || isInitialForm(tokens)) return false;
  const key = keyOf(person.name);
  const words = key.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || new Set(words).size !== words.length) return false;
  if (words.some((w) => elsewhere.words.has(w)) || elsewhere.joined.has(key.replace(/[\s-]/g, ''))) return false;
  for (const other of storyPeople) {
    if (other === person) continue;
    const otherKey = keyOf(other.name);
    const otherWords = otherKey.split(/[\s-]+/).filter(Boolean);
    // A shared word, the same letters run together, or a one-letter slip ("T Oresbe" beside "Talvin Oresby").
    if (otherWords.some((w) => words.some((mine) => mine === w || oneEditApart(mine, w)))) return false;
    if (otherKey.replace(/[\s-]/g, '') === key.replace(/[\s-]/g, '')) return false;
  }
  return true;
}

/** Whether no other person's id is the person's id or grows from it ("-2"), and no one shares the folded name. */
function ownId(person: Person, people: readonly Person[]): boolean {
  const folded = foldName(person.name.trim());
  return (
    person.distinguishedAs === undefined &&
    people.every((p) => p === person || (p.id !== person.id && !p.id.startsWith(`${person.id}-`) && !person.id.startsWith(`${p.id}-`) && foldName(p.name.trim()) !== folded))
  );
}

/** Where a name goes in the people list (sorted by name, as mergePeople sorts it); -1 when a name ties. */
function sortedPlace(people: readonly Person[], name: string): number {
  let low = 0;
  let high = people.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const order = people[mid]!.name.localeCompare(name, 'en');
    if (order === 0) return -1;
    if (order < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
