/** Turning a sieve guess into the public Speaker shape (person ids are filled in by the link stage). */
import type { Speaker } from '../../content/schema.ts';
import { partyName } from './partyNames.ts';
import { personName, type PersonDraft } from './people.ts';
import type { Guess } from './rules/types.ts';

export const UNKNOWN_SPEAKER: Speaker = { name: null, personId: null, type: 'unknown' };

export function speakerOf(guess: Guess | null, people: readonly PersonDraft[]): Speaker {
  if (!guess || guess.type === 'description') return { ...UNKNOWN_SPEAKER };
  if (guess.type === 'person') return { name: personName(people[guess.person]!), personId: null, type: 'person' };
  return { name: guess.type === 'organisation' ? partyName(guess.name) : guess.name, personId: null, type: guess.type };
}

/** A pull quote's printed name, mapped to the article's person (full name or surname match). */
export function pullQuoteSpeaker(printed: string | null, people: readonly PersonDraft[]): Speaker {
  if (!printed) return { ...UNKNOWN_SPEAKER };
  const words = printed.trim().split(/\s+/);
  const exact = people.find((p) => personName(p) === printed.trim() || p.tokens.join(' ') === printed.trim());
  const bySurname = people.filter((p) => p.tokens[p.tokens.length - 1] === words[words.length - 1]);
  const match = exact ?? (bySurname.length === 1 ? bySurname[0] : undefined);
  return { name: match ? personName(match) : printed.trim(), personId: null, type: 'person' };
}
