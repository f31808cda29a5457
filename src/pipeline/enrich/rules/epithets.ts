/**
 * "Jo Roe's form has impressed Kestrel. But the 27-year-old Ulsterman means to stay. He added: '…'":
 * sports and arts reports name a person once, then call them "the 25-year-old", "the Frenchman". A
 * pronoun after such an epithet means whom the epithet means: the person the report is about (named most
 * often before it, possessives included), not whichever man was named last or was last a subject.
 */
import { isDemonym, ORG_WORDS } from '../lexicon.ts';
import { firstMentionFrom } from '../people.ts';
import { SENTENCE_BREAK } from '../sentences.ts';
import { insideQuotation } from '../quotedRanges.ts';
import type { ArticleContext, Guess } from './types.ts';

/** A sentence that opens with "the" and an age or a nationality: "The 21-year-old limped off …", "But the Scot said". */
const EPITHET_SUBJECT = /(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:(?:But|And|However|Now|Meanwhile),?\s+)?[Tt]he\s+(?:[a-z-]+\s+)?([\p{L}\d-]+-year-old|\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?\s+[a-z]/gu;

function isEpithet(head: string, noun: string | undefined): boolean {
  const demonym = (w: string): boolean => isDemonym(w) && !/ish$/.test(w) && !ORG_WORDS.has(w);
  // ("the 27-year-old Ulsterman": any capitalised word after an age is where the person is from.)
  if (/-year-old$/.test(head)) return true;
  return noun === undefined && demonym(head);
}


/** The person an epithet opening the last sentence with anyone in it before `docPos` means; null when none. */
export function epithetAntecedent(ctx: ArticleContext, docPos: number, gender: 'male' | 'female', skip: ReadonlySet<number>): Guess | null {
  const text = ctx.doc.text;
  const from = Math.max(0, docPos - 400);
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(from, docPos).matchAll(EPITHET_SUBJECT)) {
    if (isEpithet(m[1]!, m[2])) found = { start: from + m.index, end: from + m.index + m[0].length };
  }
  found ??= epithetInSilentSentence(ctx, from, docPos);
  if (!found) return null;
  const mentions = ctx.people.mentions;
  // Anyone named after the epithet's sentence is newer news than the epithet.
  const sentenceEnd = text.slice(found.end, docPos).search(SENTENCE_BREAK);
  const sentenceStop = sentenceEnd < 0 ? docPos : found.end + sentenceEnd;
  for (let i = firstMentionFrom(mentions, sentenceStop); i < mentions.length && mentions[i]!.start < docPos; i++) if (!mentions[i]!.heading) return null;
  // Whom the report is about: the person named most often before the epithet (the first named on a tie).
  const counts = new Map<number, { n: number; first: number }>();
  for (let i = 0; i < mentions.length && mentions[i]!.start < found.start; i++) {
    const m = mentions[i]!;
    if (m.heading || skip.has(m.person)) continue;
    const c = counts.get(m.person) ?? { n: 0, first: i };
    c.n++;
    counts.set(m.person, c);
  }
  let antecedent: number | undefined;
  for (const [person, c] of counts) {
    const best = antecedent === undefined ? undefined : counts.get(antecedent)!;
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) antecedent = person;
  }
  if (antecedent === undefined) return null;
  const g = ctx.people.people[antecedent]!.gender;
  return g === null || g === gender ? { type: 'person', person: antecedent } : null;
}

/** "the Dutchman", "the 32-year-old" anywhere in a sentence, before a space or its end. */
const EPITHET_ANYWHERE = /(?<![\p{L}])the\s+(?:[a-z-]+\s+)?([\p{L}\d-]+-year-old|\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?(?=[\s.,;:!?])/gu;

/**
 * "The sale still angers the Dane. '…,' he said": an epithet that is not the subject, in the last
 * sentence before the pronoun, when nobody is named from that sentence's start on (so no subject of it is a
 * person the pronoun could mean instead). Null when there is none.
 */
function epithetInSilentSentence(ctx: ArticleContext, from: number, docPos: number): { start: number; end: number } | null {
  const text = ctx.doc.text;
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(from, docPos).matchAll(EPITHET_ANYWHERE)) {
    const at = from + m.index;
    if (isEpithet(m[1]!, m[2]) && !insideQuotation(ctx.doc, at)) found = { start: at, end: at + m[0].length };
  }
  if (!found) return null;
  const breaks = [...text.slice(from, found.start).matchAll(new RegExp(SENTENCE_BREAK, 'g'))];
  const sentenceStart = breaks.length > 0 ? from + breaks.at(-1)!.index + breaks.at(-1)![0].length : from;
  const mentions = ctx.people.mentions;
  for (let i = firstMentionFrom(mentions, sentenceStart); i < mentions.length && mentions[i]!.start < docPos; i++) if (!mentions[i]!.heading) return null;
  return found;
}
