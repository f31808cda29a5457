/**
 * "Club director Jo Roe met Tam Bell. The former Wales international added that …. '…,' he said": a definite
 * description opening a sentence after the last name a "he" could mean usually takes that person up, but not when
 * it names the other side of a sport's two trades (a player against a club's or team's management) from the role
 * the text gave that person. The description then means someone else, whom a pronoun rule cannot tell from the
 * names before it: the speaker is left unknown rather than given to the man named last.
 *
 * Only the two families below are compared, and only when the person has a description from one of them, so
 * "Jo Roe, the Kelso manager. The Kelso boss said" (same family) and roles outside sport decide nothing here.
 */
import { firstMentionFrom } from '../people.ts';
import { SENTENCE_BREAK } from '../sentences.ts';
import type { ArticleContext } from './types.ts';

const PLAYING = new Set(['international', 'striker', 'midfielder', 'defender', 'winger', 'forward', 'goalkeeper', 'keeper', 'player', 'full-back', 'centre-back', 'playmaker']);
const RUNNING = new Set(['director', 'chairman', 'chief', 'owner', 'president', 'executive', 'boss', 'manager', 'coach']);

type Family = 'playing' | 'running';

function familyOf(noun: string): Family | null {
  const word = noun.toLowerCase();
  return PLAYING.has(word) ? 'playing' : RUNNING.has(word) ? 'running' : null;
}

/** The families of a person's descriptions, by each one's last word ("Club director" → running). */
function familiesOf(descriptions: readonly string[]): Set<Family> {
  return new Set(descriptions.map((d) => familyOf(d.split(/\s+/).at(-1) ?? '')).filter((f) => f !== null));
}

/**
 * Whether a description (its last word a family noun) names the other side from a person whose descriptions all
 * fall in one family: "the former Wales international" is not the man the text called "club director".
 */
export function otherSideOf(descriptions: readonly string[], description: string): boolean {
  const family = familyOf(description.split(/\s+/).at(-1) ?? '');
  const own = familiesOf(descriptions);
  return family !== null && own.size === 1 && !own.has(family);
}

/** "The former Wales international", "But the Kelso boss": a sentence opening on "the", up to three words, a family noun. */
const OPENING_DESCRIPTION = /(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:(?:But|And|However|Meanwhile|Now|Later),?\s+)?[Tt]he\s+(?:[\p{L}'\u2019-]+\s+){0,3}?([a-z-]+)\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:said|says|added|adds|told|explained|insisted|admitted|revealed|warned|claimed|believes|thinks|felt|feels)\b/gu;

/**
 * Whether such a description is the last sentence opening before `docPos` with nobody named after it, and the
 * sentence before it names a person of `gender` (outside `named`) whose descriptions all fall in the other family,
 * and nobody whose descriptions fall in the description's own.
 */
export function otherSideDescriptionBetween(ctx: ArticleContext, docPos: number, gender: 'male' | 'female', named: ReadonlySet<number> | null): boolean {
  const text = ctx.doc.text;
  const from = Math.max(0, docPos - 400);
  let found: { start: number; family: Family } | null = null;
  for (const d of text.slice(from, docPos).matchAll(OPENING_DESCRIPTION)) {
    const family = familyOf(d[1]!);
    if (family !== null) found = { start: from + d.index, family };
  }
  if (!found) return false;
  const mentions = ctx.people.mentions;
  const after = firstMentionFrom(mentions, found.start);
  for (let i = after; i < mentions.length && mentions[i]!.start < docPos; i++) if (!mentions[i]!.heading) return false;
  const breaks = [...text.slice(from, found.start).matchAll(new RegExp(SENTENCE_BREAK, 'g'))];
  const previousStart = breaks.length > 0 ? from + breaks.at(-1)!.index + breaks.at(-1)![0].length : from;
  let otherSide = false;
  for (let i = after - 1; i >= 0 && mentions[i]!.start >= previousStart; i--) {
    const m = mentions[i]!;
    if (m.heading) continue;
    const person = ctx.people.people[m.person]!;
    const families = familiesOf(person.descriptions);
      if (families.has(found.family)) return false;
    if (named?.has(m.person) || (person.gender !== gender && person.gender !== null)) continue;
    if (families.size === 1) otherSide = true;
  }
  return otherSide;
}
