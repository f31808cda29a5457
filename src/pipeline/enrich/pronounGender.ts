/**
 * Gender from the text's own pronouns, for people no title or given-name list genders ("Chelsea winger
 * Ivo Tarrant has hurt his foot"): a pronoun resolver that cannot tell whether an ungendered name is a
 * "he" skips past it to an older, gendered name, and credits that person's quotes wrongly.
 *
 * Only a name that is its sentence's subject counts, and only the first third-person pronoun after it in
 * the same sentence, before anyone else is named: "Jo Roe praised Ann Bell and her team" gives Roe nothing.
 * The vote must be one-sided.
 */
import type { PeopleResult } from './people.ts';
import { isSubjectMention } from './rules/agents.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const PRONOUN = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/i;

export function genderFromPronouns(text: string, result: PeopleResult): void {
  const votes = new Map<number, { male: number; female: number }>();
  const { mentions, people } = result;
  mentions.forEach((m, i) => {
    if (people[m.person]!.gender !== null || !isSubjectMention(text, m)) return;
    const nextName = mentions[i + 1]?.start ?? Infinity;
    const rest = text.slice(m.end, Math.min(m.end + 200, nextName));
    const end = rest.search(SENTENCE_BREAK);
    const sentence = end < 0 ? rest : rest.slice(0, end);
    // Quoted words speak in their own voice: "Roe said "he let us down"" is about somebody else.
    const pronoun = PRONOUN.exec(sentence.replace(/["\u201c][^"\u201d]*(?:["\u201d]|$)/g, ''));
    if (!pronoun) return;
    const tally = votes.get(m.person) ?? { male: 0, female: 0 };
    if (pronoun[1]) tally.male++;
    else tally.female++;
    votes.set(m.person, tally);
  });
  for (const [person, { male, female }] of votes) {
    if (male > 0 && female === 0) people[person]!.gender = 'male';
    else if (female > 0 && male === 0) people[person]!.gender = 'female';
  }
}
