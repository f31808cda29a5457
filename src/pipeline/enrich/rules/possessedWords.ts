/**
 * `Mr Roe condemned Mr Doe's suggestion that burglars be "given a good hiding"`: the quoted words are inside
 * what a possessive names as someone's words (a suggestion, a claim, a promise), so they are that person's,
 * not the words of the sentence's subject, who talks about them.
 */
import { SPEECH_VERBS } from '../lexicon.ts';
import { firstMentionFrom } from '../people.ts';
import { resolvePronoun } from './agents.ts';
import type { ArticleContext, Guess, QuoteSite } from './types.ts';

/** Nouns for what someone said. */
const SPEECH_NOUNS = new Set([
  'suggestion', 'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'words', 'promise', 'pledge', 'call',
  'warning', 'assertion', 'insistence', 'statement', 'accusation', 'boast', 'vow', 'admission', 'description',
  'prediction', 'demand', 'plea', 'appeal', 'proposal', 'threat', 'charge', 'allegation', 'argument',
  'advice', 'verdict', 'message', 'reply', 'response', 'answer', 'explanation',
]);

/**
 * Between the noun and the quotation: its complement ("that …", "to …", "for …", "of X as …"), with no verb of
 * saying. Not a verb's "as": in `called Mr Doe's comments "hurtful"` the words judge the comments.
 */
const COMPLEMENT = /^\s+(?:that|to|for|of)\b[^"\u201c\u201d;:]{0,100}$/;

export function possessorOfWords(ctx: ArticleContext, site: QuoteSite): Guess | null {
  const docStart = site.unit.offset + site.sentence.start;
  const docQuote = site.unit.offset + site.span.start - 1;
  const text = ctx.doc.text;
  const mentions = ctx.people.mentions;
  const own = pronounPossessor(ctx, site, docStart, docQuote);
  if (own) return own;
  let last = -1;
  for (let i = firstMentionFrom(mentions, docStart); i < mentions.length && mentions[i]!.end <= docQuote; i++) last = i;
  if (last < 0) return null;
  const m = mentions[last]!;
  if (!m.possessive) return null;
  // "Mr Doe's suggestion that …", "Jo Roe's earlier promise to …": the noun within two words of the name.
  const noun = /^['\u2019]?s?\s+(?:[a-z-]+\s+){0,2}?([a-z]+)/.exec(text.slice(m.end, m.end + 40));
  if (!noun || !SPEECH_NOUNS.has(noun[1]!)) return null;
  const between = text.slice(m.end + noun[0].length, docQuote);
  if (!COMPLEMENT.test(between)) return null;
  if ([...between.matchAll(/[a-z]+/g)].some((w) => SPEECH_VERBS.has(w[0]))) return null;
  return { type: 'person', person: m.person };
}

/** `His advice for the young singer was to "…"`: a sentence that opens with "his" or "her" and words of theirs. */
const PRONOUN_WORDS = /^\s*(?:(?:But|And|Yet)\s+)?(His|Her)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)/;

function pronounPossessor(ctx: ArticleContext, site: QuoteSite, docStart: number, docQuote: number): Guess | null {
  const text = ctx.doc.text;
  const opening = PRONOUN_WORDS.exec(text.slice(docStart, docQuote));
  if (!opening || !SPEECH_NOUNS.has(opening[2]!)) return null;
  const between = text.slice(docStart + opening[0].length, docQuote);
  if (!COMPLEMENT.test(between) || [...between.matchAll(/[a-z]+/g)].some((w) => SPEECH_VERBS.has(w[0]))) return null;
  return resolvePronoun(ctx, docStart, opening[1] === 'His' ? 'male' : 'female', { start: docQuote + 1, end: site.unit.offset + site.span.end });
}
