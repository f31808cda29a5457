/**
 * A speech verb elsewhere in the quote's sentence, with its subject: `Mr Bell said schools must be
 * "intolerant of intolerance"`, `Medvedev said … but rejected … "compromises"`, passives (`described
 * as "…" by the IHRC`) and `according to X`. Verbs nearest the quote are tried first.
 */
import { SPEECH_VERBS } from '../lexicon.ts';
import { agentAfter, agentBefore, runsIntoQuotation } from './agents.ts';
import { firstMentionFrom } from '../people.ts';
import { possessorOfWords } from './possessedWords.ts';
import { REPORTING_ASIDE, opensReportedClause } from './reportedClause.ts';
import { insideQuotation } from '../quotedRanges.ts';
import { quoteRange, type ArticleContext, type Guess, type Rule } from './types.ts';

/** Whether the first name after `docPos` (within a few words) runs straight into a quotation (what it is said of). */
function nextNameRunsIntoQuotation(ctx: ArticleContext, docPos: number): boolean {
  const m = ctx.people.mentions[firstMentionFrom(ctx.people.mentions, docPos)];
  return m !== undefined && m.start - docPos < 40 && runsIntoQuotation(ctx.doc.text, m);
}

/** The first person named (not in the possessive, not what a quotation is said of) between two document offsets. */
function firstPersonIn(ctx: ArticleContext, docStart: number, docEnd: number): Guess | null {
  const mentions = ctx.people.mentions;
  for (let i = firstMentionFrom(mentions, docStart); i < mentions.length && mentions[i]!.start < docEnd; i++) {
    const m = mentions[i]!;
    // ("'Jo Roe won tonight,' Ann Bell said, adding …": a name inside a quotation is no subject of the narration.)
    if (!m.possessive && !runsIntoQuotation(ctx.doc.text, m) && !insideQuotation(ctx.doc, m.start)) return { type: 'person', person: m.person };
  }
  return null;
}

/**
 * `Vello producers backed the series, insisting …`: with no person in the clause, its subject may be a
 * body or a group. The subject ends before the clause's first verb (a past form or a speech verb).
 */
function bodySubject(ctx: ArticleContext, masked: string, start: number, lead: string, unitOffset: number, quote: ReturnType<typeof quoteRange>): Guess | null {
  const verb = [...lead.matchAll(/\s([a-z]+)\b/g)].find((m) => SPEECH_VERBS.has(m[1]!) || m[1]!.endsWith('ed'));
  if (!verb) return null;
  const guess = agentBefore(ctx, masked, start + verb.index, unitOffset, quote);
  return guess && (guess.type === 'organisation' || guess.type === 'group') ? guess : null;
}

export const accordingTo: Rule = {
  name: 'according to',
  apply(site, ctx) {
    const sentence = site.masked.slice(site.sentence.start, site.sentence.end);
    // The one nearest before the quotation, else the first after it (a run-on "sentence" may hold several).
    const all = [...sentence.matchAll(/\baccording to\s+/gi)];
    const quoteAt = site.span.start - 1 - site.sentence.start;
    const m = all.findLast((a) => a.index < quoteAt) ?? all[0];
    if (!m) return null;
    // "According to Jo Roe, the minister said: '…'": the source passes on someone else's words, whose
    // speaker the clause names.
    const lead = sentence.slice(m.index + m[0].length, site.span.start - 1 - site.sentence.start);
    if ([...lead.matchAll(/[a-z]+/g)].some((w) => SPEECH_VERBS.has(w[0]))) return null;
    const from = site.sentence.start + m.index + m[0].length;
    // "according to a study issued by research firm Zentrix": the document's author.
    const authored = AUTHORED_DOCUMENT.exec(site.masked.slice(from, from + 80));
    return agentAfter(ctx, site.masked, from + (authored?.[0].length ?? 0), site.unit.offset, quoteRange(site));
  },
};

/** "a report published by ", "the latest survey from ": a document, then who it is by. */
const AUTHORED_DOCUMENT = /^(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:report|study|survey|analysis|paper|review|forecast)\s+(?:(?:published|released|issued|compiled|carried\s+out)\s+)?(?:by|from)\s+/;

/** "which branded", "that had called": a relative clause whose own subject names what is quoted. */
const RELATIVE_NAMING = /\b(?:which|that)\s+(?:had\s+|has\s+|have\s+)?(?:branded|brands|called|calls|dubbed|dubs|labelled|labels|labeled|termed|terms|described|describes)\b/;

/** ", who praised his …", ", who also hailed the …": a relative clause's verb of saying and the start of its own object. */
const RELATIVE_WITH_OBJECT = /,\s+who\s+(?:also\s+|had\s+|has\s+|later\s+)?[a-z]+\s+(?:his|her|their|its|the|a|an)\s+[a-z]/;

export const sentenceVerb: Rule = {
  name: 'speech verb in the sentence',
  apply(site, ctx) {
    const possessor = possessorOfWords(ctx, site);
    if (possessor) return possessor;
    const { start, end } = site.sentence;
    const sentence = site.masked.slice(start, end);
    const quoteAt = site.span.start - 1 - start;
    const verbs: Array<{ index: number; word: string }> = [];
    for (const m of sentence.matchAll(/[a-z]+/g)) if (SPEECH_VERBS.has(m[0])) verbs.push({ index: m.index, word: m[0] });
    // Nearest before the quote first (right to left), then after it (left to right).
    // `The chairwoman said the leave was agreed by doctors. "…," she said`: a quotation that opens a sentence
    // of its own (the masked quotation hid its capital from the splitter) is not what a passive verb of the
    // sentence before was done by.
    const opensOwnSentence = /[.!?]["\u201d'\u2019]?\s+$/.test(sentence.slice(0, quoteAt));
    const ordered = [...verbs.filter((v) => v.index < quoteAt).reverse(), ...verbs.filter((v) => v.index > quoteAt)];
    let pending: Guess | null = null;
    for (const verb of ordered) {
      const at = start + verb.index;
      const passive = /\b(?:been|be|being|was|were|is|are)\s+$/.test(sentence.slice(0, verb.index));
      if (passive) {
        if (opensOwnSentence && verb.index < quoteAt) continue;
        const by = /\bby\s+/.exec(sentence.slice(verb.index));
        if (by) {
          const guess = agentAfter(ctx, site.masked, at + by.index + by[0].length, site.unit.offset, quoteRange(site));
          if (guess) return guess;
        }
        continue;
      }
      // `He said Mr Roe had spoken with "great warmth"`: a quotation after "with" is how the verb's subject
      // spoke, in the words of whoever reports it, not that subject's own words.
      if (verb.index < quoteAt && /^\s+with\s+(?:[a-z]+\s+){0,2}$/.test(sentence.slice(verb.index + verb.word.length, quoteAt))) continue;
      // `He confirmed the review of a report which branded the law "a mess"`: the relative clause's verb of
      // naming has the thing before "which" as its subject, and the quotation is that clause's.
      if (verb.index < quoteAt && RELATIVE_NAMING.test(sentence.slice(verb.index, quoteAt))) continue;
      // `"… ask: 'Why me?'" Jo Roe added: "…"`: after a quotation that ended its sentence, a verb that opens
      // the next quotation with a colon attributes that one.
      // (`"… the year. " Jo Roe said: "…"`: a space the source left before the closing mark changes nothing.)
      if (verb.index > quoteAt && /[.!?]['\u2019]?\s*$/.test(site.unit.text.slice(site.span.start, site.span.end)) && /^[a-z]*\s*:\s*["\u201c]/.test(sentence.slice(verb.index))) continue;
      // `"… to pay. " And Jo Roe said the figures …`: a connective opening the narration after a quotation that
      // ended its sentence starts new news, someone else's reply, not the quotation's attribution.
      if (verb.index > quoteAt && /[.!?]['\u2019]?\s*$/.test(site.unit.text.slice(site.span.start, site.span.end)) && /^["\u201d]?\s*(?:And|But|Meanwhile|However|Separately|Elsewhere)\b/.test(site.masked.slice(site.span.end, site.span.end + 16))) continue;
      // `The rally, full of talk of his "humble roots", was opened by his son Tom, who praised the candour of his father`: a
      // relative clause after the quotation, its verb with an object of its own, says what the man named last did;
      // the words quoted before it are not what he praised.
      if (verb.index > quoteAt && RELATIVE_WITH_OBJECT.test(sentence.slice(Math.max(0, verb.index - 20), verb.index + verb.word.length + 30))) continue;
      const lead = sentence.slice(0, verb.index);
      // Inverted after a comma or at the clause start: "…, says BT, is to …", "… to Mr Roe, said Jo Doe."
      // The name before that comma is the object of the clause before, not the speaker: try after first.
      // "Ann Bell, who backs Roe, said Roe has pushed him to be "bolder"": a name with its own verb after
      // "said" opens what she reports (reportedClause.ts).
      const reported = verb.index < quoteAt && opensReportedClause(sentence.slice(verb.index + verb.word.length, quoteAt));
      const invertable = /^(?:says|said|adds|added|say)$/.test(verb.word) && /(?:^|[,:]\s*)$/.test(lead) && !reported;
      const inverted = invertable && !nextNameRunsIntoQuotation(ctx, site.unit.offset + at + verb.word.length) ? agentAfter(ctx, site.masked, at + verb.word.length, site.unit.offset, quoteRange(site)) : null;
      if (inverted && inverted.type === 'person') return inverted;
      // `X attacked Y, calling him "…"`: a participle after a comma speaks for the clause's subject, the
      // first person the sentence names, not for the object right before it.
      if (/ing$/.test(verb.word) && /,\s*$/.test(lead)) {
        // "Mr Roe has failed, he claimed, saying …": the reporting clause just before names the participle's subject.
        // (So does a name's: "Mr Roe intends to speak, Mr Bell said, adding …"; reportedClause.ts.)
        const report = REPORTING_ASIDE.exec(lead);
        if (report && SPEECH_VERBS.has(report[1]!)) {
          const reporter = agentBefore(ctx, site.masked, start + report.index + report[0].lastIndexOf(report[1]!), site.unit.offset, quoteRange(site));
          if (reporter && reporter.type !== 'description') return reporter;
          continue;
        }
        // "He said Mr Roe had failed, adding …": a pronoun that opens the sentence as the subject of a speech
        // verb is the participle's subject; the first name comes later, inside what he said.
        const opener = /^\s*(?:he|she)\s+(?:also\s+)?([a-z]+)\b/i.exec(lead);
        if (opener && SPEECH_VERBS.has(opener[1]!)) {
          const reporter = agentBefore(ctx, site.masked, start + opener.index + opener[0].length - opener[1]!.length, site.unit.offset, quoteRange(site));
          if (reporter && reporter.type !== 'description') return reporter;
        }
        const subject = firstPersonIn(ctx, site.unit.offset + start, site.unit.offset + at) ?? bodySubject(ctx, site.masked, start, lead, site.unit.offset, quoteRange(site));
        if (subject) return subject;
        // "He would not take more questions, adding that the matter was "…"": with no one named in the
        // sentence, the pronoun that opens it is the participle's subject, whatever its own verb.
        const pronoun = /^\s*(?:he|she)\s+(?:also\s+)?([a-z]+)\b/i.exec(lead);
        if (pronoun && !SPEECH_VERBS.has(pronoun[1]!)) {
          const reporter = agentBefore(ctx, site.masked, start + pronoun.index + pronoun[0].length - pronoun[1]!.length, site.unit.offset, quoteRange(site));
          if (reporter && reporter.type !== 'description') return reporter;
        }
        continue;
      }
      const guess = agentBefore(ctx, site.masked, at, site.unit.offset, quoteRange(site));
      if (guess && guess.type !== 'description') return guess;
      if (guess) pending ??= guess;
      if (inverted && inverted.type !== 'description') return inverted;
    }
    return pending;
  },
};
