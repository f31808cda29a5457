/**
 * The subject of the clause that works a quoted fragment in: `Mr Rogozin welcomed the address as
 * "…"`, `Russian Prime Minister Vladimir Putin … welcomed President Obama's shift as a "…"`: a
 * person named at the start of the sentence (after role words only), not in the possessive.
 */
import { firstMentionFrom } from '../people.ts';
import type { Rule } from './types.ts';

const LEAD = /^(?:(?:But|And|However|Meanwhile|Now|Earlier|Later|Separately),?\s+)?(?:(?:the|The)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}'\u2019-]*\s+|[a-z][\p{L}-]*\s+){0,6}?$/u;

export const sentenceSubject: Rule = {
  name: 'subject of the sentence',
  apply(site, ctx) {
    const docStart = site.unit.offset + site.sentence.start;
    const docQuote = site.unit.offset + site.span.start;
    const first = ctx.people.mentions[firstMentionFrom(ctx.people.mentions, docStart)];
    const mention = first && first.start < docQuote ? first : undefined;
    if (!mention || mention.possessive) return null;
    const lead = ctx.doc.text.slice(docStart, mention.start);
    if (lead.length > 70 || !LEAD.test(lead) || /[,"\u201c]/.test(lead)) return null;
    // The subject must be followed by its verb, not by a preposition ("Mr X's", "Mr X and Y").
    const after = ctx.doc.text.slice(mention.end, mention.end + 30);
    if (/^\s+(?:and|or|of|from)\b/.test(after)) return null;
    return { type: 'person', person: mention.person };
  },
};
