/**
 * The subject of the clause that works a quoted fragment in: `Mr Rogozin welcomed the address as
 * "…"`, `Russian Prime Minister Vladimir Putin … welcomed President Obama's shift as a "…"`: a
 * person named at the start of the sentence (after role words only), not in the possessive.
 */
import { ROLE_NOUNS, SPEECH_VERBS } from '../lexicon.ts';
import { firstMentionFrom } from '../people.ts';
import { runsIntoQuotation } from './agents.ts';
import type { Rule } from './types.ts';
import { reportedInSubordinateClause } from '../subordinateReport.ts';

const LEAD = /^(?:(?:But|And|However|Meanwhile|Now|Earlier|Later|Separately),?\s+)?(?:(?:the|The)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}'\u2019-]*\s+|[a-z][\p{L}-]*\s+){0,6}?$/u;

/** A passive verb of judging or naming: "was hailed", "has been described as", "were praised". */
const PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:praised|described|called|labelled|labeled|branded|dubbed|named|criticised|criticized|condemned|accused|attacked|lauded|credited|applauded|blamed|hit|slammed|ridiculed|mocked|cited|quoted|told|asked|urged|warned|hailed|honoured|honored|celebrated|remembered|considered|regarded|seen|known)\b/;

/** A conjunction after a comma, then a noun phrase of its own as the next clause's subject. */
const NEW_CLAUSE_SUBJECT = /(?:[,;]\s+(?:but|and|while|yet|so)|\s(?:but|while|yet))\s+(?:the|a|an|their|his|her|its)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:have\s+|has\s+|had\s+)?[a-z]+\b/;

/** A capitalised name and a speech verb right before the quotation's mark: `…, Quarrie said: "`. */
const INTRODUCED_BY = /[,;]\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})\s+(?:said|says|added|replied|told\s+[^,:"\u201c]{1,40})\s*[:,]?\s*["\u201c]?$/u;

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
    // "The campaign site of President Jo Roe is blocking …": a name after a preposition (and its titles) is no
    // subject, unless a role heads it ("The chairman of Kestrel Jo Roe") or it is the source ("According to").
    const preposition = /\b([a-z]+)\s+(?:of|for|by|from|with|at|in|on|to|about|against|through|via|over|under|behind|beside|into|than|like)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.exec(lead);
    if (preposition && !ROLE_NOUNS.has(preposition[1]!) && !/^according$/i.test(preposition[1]!)) return null;
    // "The mayor accused Jo Roe of …": a verb of saying before the name makes it the object, not the subject.
    if ([...lead.matchAll(/[a-z]+/g)].some((w) => SPEECH_VERBS.has(w[0]))) return null;
    // The subject must be followed by its verb, not by a preposition ("Mr X's", "Mr X and Y").
    const after = ctx.doc.text.slice(mention.end, mention.end + 30);
    if (/^\s+(?:and|or|of|from)\b/.test(after)) return null;
    // `Mr Roe "made the calls," she said`: a name that runs straight into a quotation is what it is said of.
    if (runsIntoQuotation(ctx.doc.text, mention)) return null;
    // "Jo Roe, who …, was hailed for his "…"": a passive verb makes the subject the one talked about.
    const toQuote = ctx.doc.text.slice(mention.end, docQuote);
    if (PASSIVE.test(toQuote)) return null;
    // "Rae Lund was to wed Tom Lo, but the couple parted "for private reasons"": a new clause with a subject
    // of its own works the fragment in, not the sentence's first subject.
    if (NEW_CLAUSE_SUBJECT.test(toQuote)) return null;
    // "Mr Roe was barred after the ethics panel said his conduct fell "…"": the subordinate clause's own
    // subject reported those words (subordinateReport.ts).
    if (reportedInSubordinateClause(toQuote)) return null;
    // "According to Mr Roe the minister said: …": the source passes on words a verb of saying gives someone else.
    if (/\baccording\s+to\s+$/i.test(lead) && [...toQuote.matchAll(/[a-z]+/g)].some((w) => SPEECH_VERBS.has(w[0]))) return null;
    // "Mr Roe has failed, he claimed, saying …": a reporting clause set off by commas names someone else as
    // the speaker; the subject is whom the report is about.
    if ([...toQuote.matchAll(/,\s*(?:he|she|they)\s+(?:also\s+)?([a-z]+),/g)].some((m) => SPEECH_VERBS.has(m[1]!))) return null;
    // "When asked if Jo Roe would stay, Quarrie said: "…"": another name says the quotation right before it;
    // the name finder did not take it for a person, but it is not the subject named earlier.
    const introduced = INTRODUCED_BY.exec(toQuote);
    if (introduced && !introduced[1]!.split(/\s+/).every((w) => ctx.doc.text.slice(mention.start, mention.end).includes(w))) return null;
    return { type: 'person', person: mention.person };
  },
};
