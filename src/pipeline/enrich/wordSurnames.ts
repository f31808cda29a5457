/**
 * "Veteran prop Sam White … White has become one of the elder men": a surname that is also an English word is
 * left out when it stands alone, since "White", "Brown" or "Green" usually are not names. Once the story
 * has named the person in full, the bare surname opening a clause and followed by a verb is that person,
 * and a pronoun after it means him, not someone named since only as an object.
 */
import type { NameCandidate } from './names.ts';
import { isEnglishWord } from './wordList.ts';

/** What may follow the bare surname for it to be a clause's subject: an auxiliary or a verb of saying. */
const VERB_AFTER = /^\s+(?:is|was|has|had|will|would|could|can|did|does|said|says|added|told|insisted|believes|thinks|admitted|also|now|then|still)\b/;

/** A determiner or a capitalised word right before makes the word a modifier or part of another name. */
const NOT_ALONE_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}'\u2019-]*)\s+$/u;

/** The candidates with the bare word-surnames added, in document order. */
export function withWordSurnames(text: string, candidates: NameCandidate[]): NameCandidate[] {
  const surnames = new Set(
    candidates
      .filter((c) => c.certain && c.tokens.length >= 2)
      .map((c) => c.tokens[c.tokens.length - 1]!)
      .filter((s) => /^\p{Lu}\p{Ll}+$/u.test(s) && isEnglishWord(s.toLowerCase())),
  );
  if (surnames.size === 0) return candidates;
  const taken = candidates.map((c) => [c.start, c.end] as const);
  const added: NameCandidate[] = [];
  for (const surname of surnames) {
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}'\u2019-])${surname}(?![\p{L}'\u2019-])`, 'gu'))) {
      const start = m.index;
      const end = start + surname.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (!VERB_AFTER.test(text.slice(end, end + 12)) || NOT_ALONE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      added.push({ tokens: [surname], start, end, nameStart: start, honorific: null, style: null, title: null, possessive: false, certain: false });
    }
  }
  return added.length === 0 ? candidates : [...candidates, ...added].sort((a, b) => a.start - b.start);
}
