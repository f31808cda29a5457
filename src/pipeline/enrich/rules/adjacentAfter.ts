/**
 * `"…," said X` / `"…," X said` / `"…," he added` / `"…," says our correspondent`: the attribution
 * right after the closing mark. The most reliable rule, so it runs first.
 */
import { ATTRIBUTION_VERBS } from '../lexicon.ts';
import { ABBREVIATED_TITLES } from '../names.ts';
import { agentAfter, agentBefore } from './agents.ts';
import { firstMentionFrom } from '../people.ts';
import { quoteRange, type ArticleContext, type Guess, type Rule } from './types.ts';

/** "(D-Ore.)", "(R-N.Y.)", "(I-Vt.)": a US legislator's party and state after the name. */
const PARTY_STATE = /\((?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z. ]{0,14}\)/g;

/** "Jo Roe shot back", "he went on", "she fired back", "Mr Roe pointed out": two-word verbs of saying. */
const PHRASAL_SAYING = /^(?:(?:shot|fired|hit|snapped|went|chimed|cut)\s+(?:back|on|in)|(?:pointed|points|spoke|speaks|piped)\s+(?:out|up))\b/;

/** "is the blunt assessment of ", "was the verdict of ": what the quotation was, and whose. */
const VERDICT_OF = /^(?:is|was)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:assessment|verdict|view|opinion|words|message|warning|advice|conclusion|reaction|prediction|judgement|judgment|diagnosis|analysis|response)\s+of\s+/;

/**
 * "read a statement from ", "said a letter signed by ": an inverted verb, a document, then its author, when
 * named ("from the discount firm" is left to the unnamed cue: a description here found the wrong body).
 */
const DOCUMENT_FROM = /^(?:reads?|read|said|says|added|adds)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:statement|note|memo|letter|message|e-mail|email|notice|release|report)\s+(?:from|by|signed\s+by|issued\s+by)\s+(?=(?:the\s+)?\p{Lu})/u;

/** A verb of saying with an object pronoun right before the opening mark: `had called her `, `labelled him `. */
const OWN_VERB_BEFORE = /\b(?:called|calling|described|branded|labelled|dubbed|accused)\s+(?:him|her|them|me|us|himself|herself)\s+(?:as\s+)?$/;

const QUOTED_AS = /^((?:quoted|cited)\s+)[^,;.!?"\u201c\u201d]{2,60}?\s+as\s+(?:saying|telling|adding)\b/;
const REPORTED_AS = /^(?:is|was|has\s+been|had\s+been)\s+(?:reported|quoted|understood|said|thought|believed)\s+(?:as|to\s+have)\s+(?:saying|said|telling|told|written|writing)\b/;
const SUBORDINATOR = /^(?:when|after|before|because|since|while|if|although|though|until|unless|whereas|once)\s/;

/** Titles and initials with their full stops opening a name right after the quote: "Rep. ", "Sen. J.J. ". */
const LEADING_ABBREVIATIONS = new RegExp(String.raw`^(?:(?:${[...ABBREVIATED_TITLES].join('|')}|(?:\p{Lu}\.)*\p{Lu})\.\s+)+`, 'u');

export const adjacentAfter: Rule = {
  name: 'after the quote',
  apply(site, ctx) {
    if (site.span.unclosed) return null;
    const from = site.span.end + 1;
    // "Rep. Jo Roe (D-Ore.) said": the party and state in brackets are read as blanks, so their full
    // stop ends nothing (same length, so offsets hold).
    const window = site.masked.slice(from, from + 160);
    const blanked = window.replace(PARTY_STATE, (m) => ' '.repeat(m.length));
    const masked = blanked === window ? site.masked : site.masked.slice(0, from) + blanked + site.masked.slice(from + 160);
    const quoted = site.unit.text.slice(site.span.start, site.span.end);
    // `"… yet?" Jo Roe replied.`: after a question or an exclamation, a name and a verb of saying right
    // after it are still the attribution, though the sentence splitter ended the sentence at the mark.
    // Not when the verb goes on to report speech of its own ("… ?" Mr Roe replied that …).
    // (A quotation inside the quotation may close with it: `… ask: 'Why me?'"` ends a sentence too.)
    const named = /[!?]['\u2019]?$/.test(quoted) ? /^\s*(?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}/u.exec(masked.slice(from, from + 80)) : null;
    const verbAfterName = named ? masked.slice(from + named[0].length, from + 80) : '';
    const namedThenVerb =
      named !== null &&
      (PHRASAL_SAYING.test(verbAfterName) || ATTRIBUTION_VERBS.has(/^([a-z]+)(?:\s*[.,;!?]|\s+(?:to|at|in|on|during|after|before|from|as|with|while|when)\b)/.exec(verbAfterName)?.[1] ?? ''));
    const after = masked.slice(from, namedThenVerb ? from + 120 : Math.min(site.sentence.end + 2, from + 120));
    const lead = /^[,.!?]?\s*[,]?\s*/.exec(after)![0];
    const rest = after.slice(lead.length);
    // `"… done." Later, X said`: a quotation that ends its sentence is followed by new narration,
    // unless the attribution continues in lower case (`"Stop!" he said`).
    // (`"… a year. " And Jo Roe said …`: a space the source left before the closing mark hides nothing.)
    const quoteEndsSentence = /[.!?]['\u2019]?\s*$/.test(quoted);
    if (quoteEndsSentence && !/^[a-z]/.test(rest) && !namedThenVerb) return null;
    // `"…," is the blunt verdict of Jo Roe`: a copula and a word for an opinion, then its owner.
    const verdict = VERDICT_OF.exec(rest);
    if (verdict && !quoteEndsSentence) return agentAfter(ctx, masked, from + lead.length + verdict[0].length, site.unit.offset, quoteRange(site));
    // `"…," read a short statement from the phone firm`: a document's words are whoever it is from.
    const fromDocument = DOCUMENT_FROM.exec(rest);
    if (fromDocument && !quoteEndsSentence) return agentAfter(ctx, masked, from + lead.length + fromDocument[0].length, site.unit.offset, quoteRange(site));
    // `a plea for him to "think again" from Jo Roe.`: a call, a plea or a warning quoted, then whom it came from,
    // named in full right before the clause ends.
    const fromNamed = !quoteEndsSentence && /^from\s+/.exec(rest);
    if (fromNamed) {
      const docPos = site.unit.offset + from + lead.length + fromNamed[0].length;
      const mention = ctx.people.mentions[firstMentionFrom(ctx.people.mentions, docPos)];
      if (mention && mention.start === docPos && !mention.possessive && /^\s*(?:[.,;]|$)/.test(ctx.doc.text.slice(mention.end, mention.end + 2))) return { type: 'person', person: mention.person };
    }
    // Inverted: "said Dmitry Rogozin", "says our correspondent".
    const inverted = /^([a-z]+)\b/.exec(rest);
    if (inverted && ATTRIBUTION_VERBS.has(inverted[1]!)) {
      return agentAfter(ctx, masked, from + lead.length + inverted[1]!.length, site.unit.offset, quoteRange(site));
    }
    // `"…," declares Jo Roe, 27`: the present -s form of a listed verb, inverted and followed by a capital. The
    // list leaves most -s forms out (elsewhere "suggests", "responds" are narration after a partial quotation),
    // but right after the closing mark and before a name the verb can only be the quotation's attribution.
    const presentInverted = /^([a-z]+?)(?:es|s)\s+(?=\p{Lu})/u.exec(rest);
    if (presentInverted && !quoteEndsSentence && [presentInverted[1]!, `${presentInverted[1]!}e`].some((stem) => ATTRIBUTION_VERBS.has(stem))) {
      return agentAfter(ctx, masked, from + lead.length + presentInverted[0].trimEnd().length, site.unit.offset, quoteRange(site));
    }
    // `had "stirred a row" when he told …`: a clause opened by a conjunction is new narration about the
    // person, not the quotation's attribution ("as he put it" is one).
    if (SUBORDINATOR.test(rest)) return null;
    // Subject first: "Rogozin said", "he told the BBC", "the IAAF also said".
    const titleStops = LEADING_ABBREVIATIONS.exec(rest)?.[0].length ?? 0;
    for (const m of rest.matchAll(/[a-z]+/g)) {
      if (m.index > 70) break;
      // ("Rep. Jo Roe said", "J. Roe said": the stop of a title or an initial opening the name ends nothing.)
      if (/[.;!?"\u201c\u201d]/.test(rest.slice(titleStops, m.index))) break;
      // `"…," the Gazette quoted Jo Roe as saying`: the paper passes on the words of the one it quotes.
      const quotedAs = QUOTED_AS.exec(rest.slice(m.index));
      if (quotedAs) return agentAfter(ctx, masked, from + lead.length + m.index + quotedAs[1]!.length, site.unit.offset, quoteRange(site));
      // `"…," Mr Roe is reported as saying`, `"…," Jo Roe was quoted as telling …`: a passive report, its subject the speaker.
      const reportedAs = REPORTED_AS.exec(rest.slice(m.index));
      if (reportedAs) return agentBefore(ctx, masked, from + lead.length + m.index, site.unit.offset, quoteRange(site));
      if (!ATTRIBUTION_VERBS.has(m[0]) && !PHRASAL_SAYING.test(rest.slice(m.index))) continue;
      // `Reminded that Mr Doe had called her "…", Ms Roe added: "…"`: a verb that opens the next quotation
      // with a colon attributes that one; words inside a clause with its own verb of saying are that verb's.
      if (/^[a-z]+:/.test(rest.slice(m.index)) && OWN_VERB_BEFORE.test(masked.slice(site.sentence.start, site.span.start - 1))) return null;
      const subject = agentBefore(ctx, masked, from + lead.length + m.index, site.unit.offset, quoteRange(site));
      if (subject) return subject;
      break;
    }
    // Only where the quotation's sentence goes on: after `"…". Jo Roe, …, said` the name opens new narration.
    return /[.!?]/.test(lead) ? null : namedBeforeLongApposition(ctx, masked, from + lead.length, site.unit.offset);
  },
};

/**
 * `"…," Jo Roe, from the Kestrel company's Ardley laboratory, one of the format's pioneers, told the BBC`:
 * a name right after the quote, then appositions longer than the window above, then the verb after a comma.
 */
function namedBeforeLongApposition(ctx: ArticleContext, masked: string, pos: number, unitOffset: number): Guess | null {
  const docPos = unitOffset + pos;
  const mention = ctx.people.mentions[firstMentionFrom(ctx.people.mentions, docPos)];
  if (!mention || mention.start !== docPos || mention.possessive) return null;
  const rest = masked.slice(pos + (mention.end - mention.start), pos + 200);
  if (!rest.startsWith(',')) return null;
  const sentenceEnd = rest.search(/[;!?"\u201c\u201d]|\.(?:\s|$)/);
  const clause = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  const verbs = [...clause.matchAll(/,\s+(?:has\s+|also\s+)?([a-z]+)\b/g)];
  if (verbs.some((v) => ATTRIBUTION_VERBS.has(v[1]!))) return { type: 'person', person: mention.person };
  // `"…," Jo Roe, from Kestrel Capital told Reuters`: an affiliation that lost its closing comma.
  const affiliation = /^,\s+(?:from|of|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'\u2019-]*\s+){1,5}([a-z]+)\b/u.exec(clause);
  if (affiliation && ATTRIBUTION_VERBS.has(affiliation[1]!)) return { type: 'person', person: mention.person };
  // `"…," Jo Roe, an analyst at Kestrel told the BBC`: an apposition that lost its closing comma. Not through a
  // relative clause ("Jo Roe, a lawyer who said …" says who the lawyer is, not who spoke).
  // (`"…," Jo Roe, its minister for trade added`: a possessive determiner opens the apposition as well.)
  const apposition = /^,\s+(?:an?|the|its|his|her|their)\s+[^,;:]{1,80}/.exec(clause)?.[0] ?? '';
  for (const word of apposition.matchAll(/\b[a-z]+\b/g)) {
    if (/^(?:who|which|that|whom|whose|and)$/.test(word[0])) return null;
    if (word.index > 2 && ATTRIBUTION_VERBS.has(word[0])) return { type: 'person', person: mention.person };
  }
  return null;
}
