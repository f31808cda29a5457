/**
 * `X said: "…"`, `He added: "…"`, `Mr Stone told the BBC: "…"`, `he said "…"`: a speech verb right
 * before the opening mark, with nothing but a colon, a comma, "that" or a short object between.
 */
import { ATTRIBUTION_VERBS, ROLE_NOUNS } from '../lexicon.ts';
import { agentAfter, agentBefore } from './agents.ts';
import { quoteRange, type ArticleContext, type Guess, type QuoteSite, type Rule } from './types.ts';

/** `Republican pollster Jo Roe: "…"`: a person named right before the colon that opens the quote. */
function namedBeforeColon(site: QuoteSite, ctx: ArticleContext): Guess | null {
  const markAt = site.span.start - 1;
  const colon = /:\s*$/.exec(site.masked.slice(Math.max(site.sentence.start, markAt - 4), markAt));
  if (!colon) return namedHeadingTheQuote(site, ctx);
  const docColon = site.unit.offset + markAt - colon[0].length;
  const mention = ctx.people.mentions.find((m) => m.end === docColon);
  return mention && !mention.possessive ? { type: 'person', person: mention.person } : null;
}

/** A passive "told" (the words were said to the subject). */
export const PASSIVE_TOLD = /\b(?:was|were|been|being|is|are|am|get|gets|got)\s+told$/;

// ("had called her "a disgrace"": an object pronoun, then the words, with no stop between.)
const TAIL = /^(?:\s*[:,]?\s*|\s+that\s+|\s+(?:the\s+)?[\p{L}'\u2019]+(?:\s+[\p{L}'\u2019]+){0,3}\s*[:,]\s*|\s+(?:him|her|them|me|us|himself|herself|themselves)\s+)$/u;

export const adjacentBefore: Rule = {
  name: 'verb before the quote',
  apply(site, ctx) {
    const markAt = site.span.start - 1;
    const before = site.masked.slice(site.sentence.start, markAt);
    let found: { index: number } | null = null;
    for (const m of before.matchAll(/[a-z]+/g)) if (ATTRIBUTION_VERBS.has(m[0])) found = { index: m.index };
    // `X issued a statement: "…"`, `X released the following statement, "…"`: the statement's author.
    const statement = /\b(?:issued|released|put out|posted)\s+(?:a|an|the|this|his|her|their)?\s*(?:following\s+|brief\s+|short\s+|written\s+)?statement(?:\s+\w+){0,4}\s*[:,]\s*$/.exec(before);
    if (statement) return agentBefore(ctx, site.masked, site.sentence.start + statement.index, site.unit.offset, quoteRange(site));
    // `Jo Roe shot back, "…"`, `he fired back: "…"`: two-word verbs of saying.
    const phrasal = /\b(?:shot|fired|hit)\s+back(?:\s+\w+){0,2}\s*[:,]?\s*$/.exec(before);
    if (phrasal) return agentBefore(ctx, site.masked, site.sentence.start + phrasal.index, site.unit.offset, quoteRange(site));
    // `As Jo Roe, a former minister, put it: "…"`: the idiom says it as a verb of saying does.
    const putIt = /\bput\s+it(?:\s+\w+){0,2}\s*[:,]\s*$/.exec(before);
    if (putIt) return agentBefore(ctx, site.masked, site.sentence.start + putIt.index, site.unit.offset, quoteRange(site));
    // `Said Mr Fogg: "…"`, `Added the report, "…"`: an inverted verb opens the sentence, the speaker follows it.
    const inverted = /^\s*(?:Said|Says|Added|Adds)\s+(?=[^"\u201c\u201d]{2,80}[:,]\s*$)/.exec(before);
    if (inverted) return agentAfter(ctx, site.masked, site.sentence.start + inverted[0].length, site.unit.offset, quoteRange(site));
    if (!found) return namedBeforeColon(site, ctx);
    const verb = /[a-z]+/.exec(before.slice(found.index))![0];
    const tail = before.slice(found.index + verb.length);
    if (!TAIL.test(tail)) return null;
    // `Another MP says she was told: "…"`: the subject of a passive "told" heard the words; someone else spoke.
    if (PASSIVE_TOLD.test(before.slice(0, found.index + verb.length))) return null;
    return agentBefore(ctx, site.masked, site.sentence.start + found.index, site.unit.offset, quoteRange(site));
  },
};

/**
 * `- Harbour boss Jo Roe "We were poor …"`: a quote list (after-match reactions, a vox pop) puts the
 * speaker, with a role at most, at the head of the paragraph and the quotation right after, no verb.
 */
function namedHeadingTheQuote(site: QuoteSite, ctx: ArticleContext): Guess | null {
  const markAt = site.span.start - 1;
  const lead = site.masked.slice(0, markAt);
  const shape = /^([-\u2013\u2014\u2022*]?)\s*((?:[\p{L}'\u2019.-]+\s+){1,8})$/u.exec(lead);
  if (!shape) return null;
  // Only a name and its role: every word capitalised or a role noun ("Bolton boss Jo Roe").
  const words = shape[2]!.trim().split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()))) return null;
  const docEnd = site.unit.offset + lead.trimEnd().length;
  const mention = ctx.people.mentions.find((m) => m.end === docEnd);
  return mention && !mention.possessive ? { type: 'person', person: mention.person } : null;
}
