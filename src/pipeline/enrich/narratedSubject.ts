/**
 * `"…," said Lopez. US coach Pat Ruiz wants his team on clay. "It teaches patience."`: a bare quotation that
 * opens its sentence after a sentence of narration whose subject is a newly named person is that person's,
 * not the earlier speaker's (news introduces the next speaker that way before quoting him).
 */
import { firstMentionFrom } from './people.ts';
import { isSubjectMention } from './rules/agents.ts';
import type { ArticleContext, Guess } from './rules/types.ts';

/**
 * The person who is the subject of the last whole sentence between `from` and `to` (document offsets, at most
 * 400 characters apart), when that sentence holds no quotation mark and its subject is not `speaker` (the
 * last one to speak, if any); else null.
 */
export function narratedSubjectBetween(ctx: ArticleContext, from: number, to: number, speaker: Guess | null, quoted: string): Guess | null {
  const text = ctx.doc.text;
  const stretch = text.slice(from, to);
  // (The parse stage may have restored a paragraph break before the quotation: only the length bounds it.)
  if (stretch.length > 400) return null;
  // The last sentence: from the last sentence end before `to` (or `from`) up to `to`.
  const trimmed = stretch.replace(/\s+$/, '');
  if (!/[.!?]$/.test(trimmed)) return null;
  const ends = [...trimmed.slice(0, -1).matchAll(/[.!?]["\u201d]?\s+(?=\p{Lu})/gu)];
  // A whole sentence: after a sentence end inside the stretch, or after a quotation that ended its own
  // sentence ('"… year." Coach Jo Roe …', not '"…," singer Jo Roe said.').
  if (ends.length === 0 && !/[.!?]["\u201d]$/.test(text.slice(Math.max(0, from - 2), from))) return null;
  const opening = from + (ends.length > 0 ? ends[ends.length - 1]!.index + ends[ends.length - 1]![0].length : 0);
  const start = opening + (/^\s*/.exec(text.slice(opening, opening + 20))?.[0].length ?? 0);
  const sentence = text.slice(start, from + trimmed.length);
  if (/["\u201c\u201d\n]/.test(sentence) || sentence.split(/\s+/).length < 5) return null;
  const mentions = ctx.people.mentions;
  const first = mentions[firstMentionFrom(mentions, start)];
  // The subject opens the sentence, a role or two before it at most ("US coach Pat Ruiz wants …").
  if (!first || first.start > start + 40 || first.end > from + trimmed.length) return null;
  // ("His friend, Jo Roe, leader of …, lays the blame …": a role of someone's in apposition opens it too.)
  if (!isSubjectMention(text, first) && !(/^\s*(?:His|Her|Their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$/.test(text.slice(start, first.start)) && text[first.end] === ',')) return null;
  if (speaker?.type === 'person' && speaker.person === first.person) return null;
  // Words that speak of the person ("years after his death, his songs still sell …", his name) are about him, not his.
  const person = ctx.people.people[first.person]!;
  const third = person.gender === 'female' ? /\b(?:she|her|hers)\b/i : person.gender === 'male' ? /\b(?:he|him|his)\b/i : /\b(?:he|him|his|she|her)\b/i;
  if (third.test(quoted) || person.tokens.some((t) => quoted.includes(t))) return null;
  // A verb of saying would have made the sentence an attribution the rules read; narration only here.
  return { type: 'person', person: first.person };
}
