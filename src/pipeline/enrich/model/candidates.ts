/**
 * Candidate speakers of one quotation and their features, for the learned ranker (ranker.ts).
 *
 * Candidates are every answer of the rule sieve (all rules, not only the first), continuity (the
 * previous speaker, the last person who spoke), and every person named in the quotation's paragraph
 * or the two before it. Features say what the rules said about each candidate and where and how the
 * candidate is named relative to the quotation: same sentence, before or after it, inside the quote
 * (talked about, not speaking), the subject of a sentence, next to a speech verb, after a preposition
 * (the object: "praised Mr Roe" is not Roe speaking), how often the article names them.
 *
 * The option "nobody" has its own features (what the quotation looks like), so the ranker can learn
 * when no candidate deserves the quotation; its probability is what the confidence threshold reads.
 */
import { ATTRIBUTION_VERBS, SPEECH_VERBS } from '../lexicon.ts';
import { firstMentionFrom, type Mention } from '../people.ts';
import { findQuoteSpans, withApostropheMarks } from '../quoteMarks.ts';
import { isSubjectMention } from '../rules/agents.ts';
import type { ArticleContext, Guess } from '../rules/types.ts';
import { MASK } from '../sentences.ts';
import { SIEVE, type QuoteFinding } from '../speakers.ts';

type Speaker = Exclude<Guess, { type: 'description' }>;

/** Feature names of a candidate, in vector order (the weights file lists them too). */
export const CANDIDATE_FEATURES = [
  'rule:after',
  'rule:before',
  'rule:accordingTo',
  'rule:sentenceVerb',
  'rule:sentenceSubject',
  'votes',
  'sieve',
  'sieve:continuation',
  'sieve:chain',
  'continuation',
  'previousSpeaker',
  'lastEvent',
  'mention:none',
  'mention:sentenceBefore',
  'mention:sentenceAfter',
  'mention:paragraphBefore',
  'mention:paragraphAfter',
  'mention:previousParagraph',
  'mention:twoParagraphsBack',
  'mention:insideQuote',
  'mention:insideOtherQuote',
  'nearest:closeness',
  'nearest:adjacent',
  'nearest:subject',
  'nearest:possessive',
  'nearest:object',
  'nearest:byAgent',
  'nearest:verbAfter',
  'nearest:saidBefore',
  'anyMention:verbAfter',
  'salience',
  'mostNamed',
  'firstNamed',
  'pronoun:agrees',
  'pronoun:disagrees',
  'sieve&namedInSentence',
  'sieve&notNamedInSentence',
  'previousSpeaker&opensParagraph',
  'continuation&opensParagraph',
  'rule:after&closeness',
  'previousSpeaker&runOn',
  'previousSpeaker&continuesOpenQuote',
] as const;

/** Features of the option "nobody said it" (about the quotation, not a candidate). */
export const NOBODY_FEATURES = ['nobody:lostSubject', 'nobody:bias', 'nobody:noRule', 'nobody:sieveUnknown', 'nobody:opensParagraph', 'nobody:unclosed', 'nobody:short', 'nobody:question', 'nobody:candidates'] as const;

const RUN_ON = new RegExp(`${MASK}[.!?,]?["\u201d]?\\s*$`);

export const FEATURE_NAMES: readonly string[] = [...CANDIDATE_FEATURES, ...NOBODY_FEATURES];

const INDEX = new Map(FEATURE_NAMES.map((name, i) => [name, i]));
const RULE_FEATURE = new Map(SIEVE.map((rule, i) => [rule.name, CANDIDATE_FEATURES[i]!]));

export interface Candidate {
  key: string;
  guess: Speaker;
  features: Float64Array;
}

export interface QuoteCandidates {
  candidates: Candidate[];
  /** The "nobody" option's features. */
  nobody: Float64Array;
}

export function speakerKey(guess: Speaker): string {
  if (guess.type === 'person') return `p${guess.person}`;
  return `${guess.type === 'organisation' ? 'o' : 'g'}:${guess.name.toLowerCase()}`;
}

function set(vector: Float64Array, name: string, value = 1): void {
  const i = INDEX.get(name);
  if (i === undefined) throw new Error(`unknown speaker feature ${name}`);
  vector[i] = value;
}

/** How far back (characters) and forward from the quotation people are taken as candidates. */
const BACK = 900;
const FORWARD = 400;

const PREPOSITION_BEFORE = /\b(?:to|of|about|with|for|against|on|at|from|than|like|into|over|towards?|including|praised|attacked|criticised|criticized|thanked|accused|blamed|called|urged|asked|told|defended|backed|endorsed|mocked|slammed|replace|replaced|beat|defeated|versus|vs)\s+(?:(?:the|a|an|[a-z]+er|[a-z]+ist|[a-z]+ian)\s+)?(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}$/u;
const BY_BEFORE = /\bby\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}$/u;
const AUX = /^(?:has|had|have|was|is|also|later|then|once|again|would|will|did|does|had\s+earlier|has\s+since|previously|recently)$/;

/** A speech verb right after the name, auxiliaries and adverbs skipped: "Roe has also said". */
function verbAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 50);
  const words = /^['\u2019]?s?,?\s+((?:[a-z]+\s+){0,3})/.exec(after);
  if (!words) return false;
  for (const w of (words[1] ?? '').trim().split(/\s+/)) {
    // `Jo Roe, calling …`: a participle after a comma belongs to the sentence's subject, not to Roe.
    if (SPEECH_VERBS.has(w)) return !(w.endsWith('ing') && after.trimStart().startsWith(','));
    // "Roe angrily said": a manner adverb between name and verb.
    if (!AUX.test(w) && !/^[a-z]{2,}ly$/.test(w)) return false;
  }
  return false;
}

/** `said Jo Roe`, `says Senator Jo Roe`: an attribution verb right before the name. */
function saidBefore(text: string, start: number): boolean {
  const m = /\b([a-z]+)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}$/u.exec(text.slice(Math.max(0, start - 50), start));
  return m !== null && ATTRIBUTION_VERBS.has(m[1]!);
}

interface Salience {
  counts: Map<number, number>;
  most: number;
  first: number;
}

const salienceCache = new WeakMap<ArticleContext, Salience>();

function salienceOf(ctx: ArticleContext): Salience {
  let s = salienceCache.get(ctx);
  if (s) return s;
  const counts = new Map<number, number>();
  for (const m of ctx.people.mentions) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  let most = -1;
  let best = 0;
  for (const [person, n] of counts) if (n > best) [most, best] = [person, n];
  s = { counts, most, first: ctx.people.mentions[0]?.person ?? -1 };
  salienceCache.set(ctx, s);
  return s;
}

interface Where {
  nearest: Mention | null;
  distance: number;
  flags: Set<string>;
  verbAfterAny: boolean;
}

/** Where each person is named around the quotation. */
function mentionsAround(ctx: ArticleContext, finding: QuoteFinding): Map<number, Where> {
  const { site } = finding;
  const { unit, span, unitIndex } = site;
  const units = ctx.doc.units;
  const quoteStart = unit.offset + span.start;
  const quoteEnd = unit.offset + span.end;
  const sentenceStart = unit.offset + site.sentence.start;
  const sentenceEnd = unit.offset + site.sentence.end;
  const unitEnd = unit.offset + unit.text.length;
  const previous = units[unitIndex - 1];
  const from = Math.max(units[Math.max(0, unitIndex - 2)]!.offset, quoteStart - BACK);
  const to = Math.min(unitEnd, quoteEnd + FORWARD);
  const around = new Map<number, Where>();
  const text = ctx.doc.text;
  for (let i = firstMentionFrom(ctx.people.mentions, from); i < ctx.people.mentions.length; i++) {
    const m = ctx.people.mentions[i]!;
    if (m.start >= to) break;
    if (m.heading) continue;
    let where = around.get(m.person);
    if (!where) {
      where = { nearest: null, distance: Infinity, flags: new Set(), verbAfterAny: false };
      around.set(m.person, where);
    }
    if (m.start >= quoteStart && m.end <= quoteEnd) {
      where.flags.add('mention:insideQuote');
      continue;
    }
    if (m.start >= unit.offset && site.masked[m.start - unit.offset] === MASK) {
      where.flags.add('mention:insideOtherQuote');
      continue;
    }
    if (m.start >= unit.offset) {
      if (m.start >= sentenceStart && m.start < sentenceEnd) where.flags.add(m.start < quoteStart ? 'mention:sentenceBefore' : 'mention:sentenceAfter');
      else where.flags.add(m.start < sentenceStart ? 'mention:paragraphBefore' : 'mention:paragraphAfter');
    } else where.flags.add(previous && m.start >= previous.offset ? 'mention:previousParagraph' : 'mention:twoParagraphsBack');
    if (verbAfter(text, m.end)) where.verbAfterAny = true;
    const distance = m.end <= quoteStart ? quoteStart - m.end : m.start - quoteEnd;
    if (distance < where.distance) {
      where.distance = distance;
      where.nearest = m;
    }
  }
  return around;
}

/**
 * The paragraph before ends inside a quotation left open: by news convention the quotation that opens
 * this paragraph continues it, so its speaker is the previous quotation's.
 */
function previousParagraphEndsOpen(ctx: ArticleContext, unitIndex: number): boolean {
  const previous = ctx.doc.units[unitIndex - 1];
  if (!previous || previous.kind !== 'paragraph') return false;
  const spans = findQuoteSpans(withApostropheMarks(previous.text));
  return spans.length > 0 && spans[spans.length - 1]!.unclosed;
}

/** `he said`, `said she`, `she told …` in the quotation's sentence: the gender the attribution asks for. */
function attributionPronoun(finding: QuoteFinding): 'male' | 'female' | null {
  const { masked, sentence } = finding.site;
  const text = masked.slice(sentence.start, sentence.end);
  const m = /\b([Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b/.exec(text);
  const inverted = /\b([a-z]+)\s+(he|she)\b/.exec(text);
  const pick = m && ATTRIBUTION_VERBS.has(m[2]!) ? m[1]! : inverted && ATTRIBUTION_VERBS.has(inverted[1]!) ? inverted[2]! : null;
  if (!pick) return null;
  return pick.toLowerCase() === 'he' ? 'male' : 'female';
}

/** Every candidate speaker of a quotation (a speech finding with evidence) with its features. */
export function quoteCandidates(ctx: ArticleContext, finding: QuoteFinding): QuoteCandidates {
  const evidence = finding.evidence;
  const byKey = new Map<string, Candidate>();
  const add = (guess: Guess | null): Candidate | null => {
    if (!guess || guess.type === 'description') return null;
    const key = speakerKey(guess);
    let c = byKey.get(key);
    if (!c) {
      c = { key, guess, features: new Float64Array(FEATURE_NAMES.length) };
      byKey.set(key, c);
    }
    return c;
  };
  const votes = new Map<string, number>();
  for (const { rule, guess } of evidence?.rules ?? []) {
    const c = add(guess)!;
    const feature = RULE_FEATURE.get(rule);
    if (feature) set(c.features, feature);
    votes.set(c.key, (votes.get(c.key) ?? 0) + 1);
  }
  const sieve = add(finding.guess);
  if (sieve) {
    set(sieve.features, 'sieve');
    if (finding.via === 'continuation') set(sieve.features, 'sieve:continuation');
    if (finding.via === 'chain') set(sieve.features, 'sieve:chain');
  }
  const mark = (guess: Guess | null | undefined, name: string): void => {
    const c = add(guess ?? null);
    if (c) set(c.features, name);
  };
  mark(evidence?.continuation, 'continuation');
  mark(evidence?.previousSpeaker, 'previousSpeaker');
  mark(evidence?.lastEvent, 'lastEvent');

  // Only people are ranked (organisations and groups stay with the rules: see ranker.ts).
  for (const [key, c] of byKey) if (c.guess.type !== 'person') byKey.delete(key);
  const around = mentionsAround(ctx, finding);
  const pronoun = attributionPronoun(finding);
  const opensParagraph = finding.site.span.start <= 1;
  const continuesOpenQuote = opensParagraph && previousParagraphEndsOpen(ctx, finding.site.unitIndex);
  const runOn = RUN_ON.test(finding.site.masked.slice(Math.max(0, finding.site.span.start - 4), finding.site.span.start - 1));
  for (const person of around.keys()) add({ type: 'person', person });
  const salience = salienceOf(ctx);
  const totalMentions = Math.max(1, ctx.people.mentions.length);
  for (const c of byKey.values()) {
    const f = c.features;
    set(f, 'votes', (votes.get(c.key) ?? 0) / SIEVE.length);
    if (opensParagraph && f[INDEX.get('previousSpeaker')!]) set(f, 'previousSpeaker&opensParagraph');
    if (opensParagraph && f[INDEX.get('continuation')!]) set(f, 'continuation&opensParagraph');
    // `… possible. "I definitely …`: a quotation run on from the one before (a lost paragraph break).
    if (runOn && f[INDEX.get('previousSpeaker')!]) set(f, 'previousSpeaker&runOn');
    if (continuesOpenQuote && f[INDEX.get('previousSpeaker')!]) set(f, 'previousSpeaker&continuesOpenQuote');
    if (c.guess.type !== 'person') continue;
    const gender = ctx.people.people[c.guess.person]!.gender;
    if (pronoun && gender) set(f, gender === pronoun ? 'pronoun:agrees' : 'pronoun:disagrees');
    const person = c.guess.person;
    set(f, 'salience', (salience.counts.get(person) ?? 0) / totalMentions);
    if (salience.most === person) set(f, 'mostNamed');
    if (salience.first === person) set(f, 'firstNamed');
    const where = around.get(person);
    if (!where || !where.nearest) {
      set(f, 'mention:none');
      if (f[INDEX.get('sieve')!]) set(f, 'sieve&notNamedInSentence');
      for (const flag of where?.flags ?? []) set(f, flag);
      continue;
    }
    for (const flag of where.flags) set(f, flag);
    const m = where.nearest;
    // Closeness in (0, 1]: 1 right next to the quote, ~0 a paragraph or more away.
    set(f, 'nearest:closeness', 1 / (1 + where.distance / 60));
    if (where.distance <= 3) set(f, 'nearest:adjacent');
    if (isSubjectMention(ctx.doc.text, m)) set(f, 'nearest:subject');
    if (m.possessive) set(f, 'nearest:possessive');
    const lead = ctx.doc.text.slice(Math.max(0, m.start - 60), m.start);
    if (PREPOSITION_BEFORE.test(lead)) set(f, 'nearest:object');
    if (BY_BEFORE.test(lead)) set(f, 'nearest:byAgent');
    if (verbAfter(ctx.doc.text, m.end)) set(f, 'nearest:verbAfter');
    if (saidBefore(ctx.doc.text, m.start)) set(f, 'nearest:saidBefore');
    if (where.verbAfterAny) set(f, 'anyMention:verbAfter');
    if (f[INDEX.get('sieve')!]) {
      const named = where.flags.has('mention:sentenceBefore') || where.flags.has('mention:sentenceAfter');
      set(f, named ? 'sieve&namedInSentence' : 'sieve&notNamedInSentence');
    }
    set(f, 'rule:after&closeness', f[INDEX.get('rule:after')!]! * f[INDEX.get('nearest:closeness')!]!);
  }

  const nobody = new Float64Array(FEATURE_NAMES.length);
  const { unit, span } = finding.site;
  set(nobody, 'nobody:bias');
  if ((evidence?.rules.length ?? 0) === 0) set(nobody, 'nobody:noRule');
  if (!finding.guess) set(nobody, 'nobody:sieveUnknown');
  if (span.start <= 1) set(nobody, 'nobody:opensParagraph');
  if (span.unclosed) set(nobody, 'nobody:unclosed');
  // A paragraph since the previous one opens in lower case: its subject was lost in extraction, so
  // a later pronoun most likely means that lost person (the sieve leaves such quotes unknown).
  const units = ctx.doc.units;
  for (let i = Math.max(0, finding.site.unitIndex - 2); i <= finding.site.unitIndex; i++) {
    if (units[i]!.kind === 'paragraph' && /^[a-z]/.test(units[i]!.text)) set(nobody, 'nobody:lostSubject');
  }
  const words = unit.text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
  if (words <= 3) set(nobody, 'nobody:short');
  if (/\?\s*$/.test(unit.text) || /^(?:Q|A)\s*[:.]/.test(unit.text)) set(nobody, 'nobody:question');
  set(nobody, 'nobody:candidates', Math.log1p(byKey.size) / 3);
  return { candidates: [...byKey.values()], nobody };
}
