/**
 * The people merge, skipped when it cannot have changed. The merge reads, of each story, its id, section,
 * people, the names it puts on quotes and pull quotes, the things it says are no people, and (for a few team
 * sheets) its text. A rebuild after one edit whose stories give all of that unchanged gets the last merge's
 * people and person ids, which is most edits (a sentence reworded, a typo fixed): the merge is a fifth of a
 * rebuild's link at 100,000 stories. An edit of one story that names a new person no one else shares a word
 * with, drops one, or moves quotes builds on the last merge (peopleEdit.ts); any other change to what it reads
 * runs the whole merge again.
 */
import type { Person } from '../../content/schema.ts';
import type { EnrichedArticle } from '../types.ts';
import { mergePeople } from './people.ts';
import { peopleAfterEdit } from './peopleEdit.ts';

/** What the last merge was made from, and what it gave. */
export interface PeopleMemo {
  from: readonly EnrichedArticle[];
  ids: readonly string[];
  sections: ReadonlyArray<string | null>;
  /** Stories whose text the merge read (team sheets and the stories of the players they might mean). */
  textsRead: ReadonlySet<string>;
  people: readonly Person[];
}

export interface MergedPeople {
  people: Person[];
  personIdFor: (articleId: string, name: string) => string | null;
  /** For the next merge, when asked to remember. */
  memo: PeopleMemo | undefined;
  /** Whether the last merge's result was used (as it was, or with one story's isolated people changed): every other story's ids are the last run's. */
  reused: boolean;
}

/** The last merge, with each story's names and the person id each was given (LinkState's articles). */
export interface PreviousPeople {
  memo: PeopleMemo;
  idsGiven: (articleId: string) => ReadonlyMap<string, string | null> | undefined;
}

export function mergePeopleOf(
  enriched: readonly EnrichedArticle[],
  ids: readonly string[],
  sections: ReadonlyArray<string | null>,
  remember: boolean,
  previous?: PreviousPeople,
): MergedPeople {
  if (previous && sameInput(previous.memo, enriched, ids, sections)) {
    const { memo, idsGiven } = previous;
    // The names each story asks an id for are the ones it asked last time (their signature is unchanged), so
    // every answer is in the story's kept map; a name no local person has was kept as null.
    return {
      // A copy of the list: keepUnreadable adds to the run's list (and replaces, never changes, its people).
      people: [...memo.people],
      personIdFor: (articleId, name) => idsGiven(articleId)?.get(name) ?? null,
      memo: remember ? { ...memo, from: enriched } : undefined,
      reused: true,
    };
  }
  // One story names a person no one else does, or no longer does: that person added or removed (peopleEdit.ts).
  const edited = previous && peopleAfterEdit(previous, enriched, ids, sections, (i) => previous.memo.textsRead.has(ids[i]!) || peopleSignature(previous.memo.from[i]!) !== peopleSignature(enriched[i]!));
  if (previous && edited) {
    return {
      people: edited.people,
      personIdFor: edited.personIdFor,
      memo: remember ? { ...previous.memo, from: enriched, people: [...edited.people] } : undefined,
      reused: true,
    };
  }
  const merged = mergePeople(enriched.map((a, i) => ({ articleId: ids[i]!, people: a.people, quotes: a.quotes, blocks: a.blocks, section: sections[i] ?? null, notPeople: a.notPeople })));
  return {
    people: merged.people,
    personIdFor: merged.personIdFor,
    memo: remember ? { from: enriched, ids, sections, textsRead: merged.textsRead, people: [...merged.people] } : undefined,
    reused: false,
  };
}

function sameInput(memo: PeopleMemo, enriched: readonly EnrichedArticle[], ids: readonly string[], sections: ReadonlyArray<string | null>): boolean {
  if (memo.from.length !== enriched.length) return false;
  for (let i = 0; i < enriched.length; i++) {
    if (memo.ids[i] !== ids[i] || memo.sections[i] !== sections[i]) return false;
    const before = memo.from[i]!;
    const now = enriched[i]!;
    if (before === now) continue;
    // A changed story whose text the merge read could change a team sheet's reading: merged again.
    if (memo.textsRead.has(ids[i]!) || peopleSignature(before) !== peopleSignature(now)) return false;
  }
  return true;
}

/** Everything of a story the merge reads but its text, and the names its quotes and pull quotes ask ids for. */
export function peopleSignature(article: EnrichedArticle): string {
  const speakerName = (speaker: { type: string; name?: string | null }) => (speaker.type === 'person' ? (speaker.name ?? null) : null);
  return JSON.stringify([
    article.people,
    article.notPeople ?? [],
    article.quotes.map((q) => speakerName(q.speaker)),
    article.blocks.flatMap((b) => (b.type === 'pullquote' ? [speakerName(b.speaker)] : [])),
  ]);
}
