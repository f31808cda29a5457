/**
 * Who said each quotation: an ordered sieve of rules, most precise first. The first rule that names
 * someone wins; when none does, continuity decides (the next paragraph of an unclosed quotation, or
 * a quotation opening a paragraph right after someone spoke), and otherwise the speaker stays
 * unknown — a wrong name is worse than none.
 *
 *   1. adjacentAfter   `"…," said X` · `"…," X said` · `"…," he added`
 *   2. adjacentBefore  `X said: "…"` · `He added: "…"`
 *   3. accordingTo     `according to X`
 *   4. sentenceVerb    `X said … "…"` · `described as "…" by X` · `"…", says BT,`
 *   5. sentenceSubject `Mr X welcomed the address as "…"`
 *   6. continuation    unclosed pieces, runs of quotations, back-filled chains
 */
import { ATTRIBUTION_VERBS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.ts';
import { adjacentAfter } from './rules/adjacentAfter.ts';
import { PASSIVE_TOLD, adjacentBefore } from './rules/adjacentBefore.ts';
import { agentBefore, promptedToSpeak } from './rules/agents.ts';
import { accordingTo, sentenceVerb } from './rules/sentenceVerb.ts';
import { sentenceSubject } from './rules/sentenceSubject.ts';
import type { ArticleContext, Guess, QuoteSite, Rule } from './rules/types.ts';
import { findQuoteSpans, withApostropheMarks, type QuoteSpan } from './quoteMarks.ts';
import { maskQuotes, splitSentences, type Sentence } from './sentences.ts';
import { wordAlternation } from '../../content/escapeRegExp.ts';
import { classifyQuote, type QuoteKind } from './quoteKind.ts';
import { ownSubjectCue } from './ownSubject.ts';
import { wordsOfSomeoneUnnamed } from './unnamedWords.ts';
import { narratedSubjectBetween } from './narratedSubject.ts';
import { bareNarrationAround } from './partialAfterAttribution.ts';
import { firstMentionFrom } from './people.ts';
import { reportedInSubordinateClause } from './subordinateReport.ts';
import { unnamedRelativeClause } from './unnamedRelative.ts';
import { endsWithIntroducingColon, introducesWithColon } from './introducingColon.ts';

/** How far (characters) either side of a quote its sentence is read. */
const WINDOW = 400;

export const SIEVE: readonly Rule[] = [adjacentAfter, adjacentBefore, accordingTo, sentenceVerb, sentenceSubject];

export interface QuoteFinding {
  site: QuoteSite;
  kind: QuoteKind;
  guess: Guess | null;
  /** Which rule decided (for the eval's error list). */
  via: string;
  /** Filled when evidence is asked for (the speaker ranker reads it): every rule's answer, not only the first. */
  evidence?: Evidence;
}

/** What the sieve saw for one quotation, kept for the learned ranker (model/candidates.ts). */
export interface Evidence {
  /** Each rule that answered, in sieve order (descriptions left out). */
  rules: Array<{ rule: string; guess: Guess }>;
  /** What continuity alone would say. */
  continuation: Guess | null;
  /** The speaker of the previous quotation (as the sieve decided it). */
  previousSpeaker: Guess | null;
  /** The last speech event (a quotation's speaker or the subject of reported speech). */
  lastEvent: Guess | null;
}

export interface AttributeOptions {
  /** Run every rule on every quotation and keep the answers in `evidence` (costs a little more). */
  evidence?: boolean;
}

/** A speech event in the text: a quotation's speaker, or the subject of reported speech. */
interface Event {
  guess: Guess;
  unitIndex: number;
  /** Where the event's sentence ends (document offset), for the reported speech that may go on after it. */
  sentenceEnd?: number;
}

function isSpeaker(guess: Guess | null): guess is Exclude<Guess, { type: 'description' }> {
  return guess !== null && guess.type !== 'description';
}

export function attributeQuotes(ctx: ArticleContext, options: AttributeOptions = {}): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  let lastEvent: Event | null = null;
  let lastSpeech: QuoteFinding | null = null;
  // Since the last speech event, a quotation was credited by a pronoun the rules could not resolve (pronounCue):
  // continuity must not reach past that unknown speaker to the one before.
  let unknownSinceEvent = false;
  const pendingDescriptions: Array<{ phrase: string; unitIndex: number; docPos: number }> = [];

  ctx.doc.units.forEach((unit, unitIndex) => {
    if (unit.kind !== 'paragraph') return;
    const marked = withApostropheMarks(unit.text);
    const spans = findQuoteSpans(marked);
    const masked = maskQuotes(marked, spans);
    const sentences = splitSentences(masked);
    let nextSpan = 0;
    for (const sentence of sentences) {
      const inSentence: typeof spans = [];
      while (nextSpan < spans.length && spans[nextSpan]!.start < sentence.end + 1) inSentence.push(spans[nextSpan++]!);
      if (inSentence.length === 0) {
        const event = narrationEvent(ctx, masked, sentence, unit.offset, unitIndex);
        if (event && isSpeaker(event)) {
          lastEvent = { guess: event, unitIndex, sentenceEnd: unit.offset + sentence.end };
          unknownSinceEvent = false;
        } else if (event?.type === 'description') {
          prunePending(pendingDescriptions, unitIndex);
          pendingDescriptions.push({ phrase: event.phrase, unitIndex, docPos: unit.offset + sentence.start });
        }
        // "One veteran dealer said the causes lay abroad.": someone left unnamed reports, so the bare
        // quotation after is not the last named speaker's (the run is someone unknown's, as after "said a broker").
        // ("As a columnist of the Ledger observed …:" with no one the rules can name: the passage after is someone
        // unknown's, not the last speaker's.)
        if (!isSpeaker(event) && (UNNAMED_NARRATOR.test(masked.slice(sentence.start, sentence.end)) || (event === null && endsWithIntroducingColon(masked.slice(sentence.start, sentence.end)) && !/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b/.test(masked.slice(sentence.start, sentence.end))))) unknownSinceEvent = true;
        continue;
      }
      for (const span of inSentence) {
        // Rules read the quote's sentence, but never more than a window around the quote: a run-on
        // "sentence" of thousands of quotations must not make every quote rescan all of it.
        const local = { start: Math.max(sentence.start, span.start - WINDOW), end: Math.min(sentence.end, span.end + WINDOW) };
        const site: QuoteSite = { unitIndex, unit, span, masked, sentence: local };
        let guess: Guess | null = null;
        let via = 'none';
        const ruleAnswers: Evidence['rules'] = [];
        const unnamedWords = wordsOfSomeoneUnnamed(masked.slice(Math.max(local.start, span.start - 160), span.start - 1), span.unclosed ? '' : masked.slice(span.end + 1, span.end + 80), unit.text.slice(span.start, span.end));
        for (const rule of unnamedWords ? [] : SIEVE) {
          if (guess) {
            // Evidence only: the rules after the winner must not change the article (a description
            // resolved anaphorically is added to a person), so their side effects are undone.
            if (options.evidence) {
              const g = withoutSideEffects(ctx, () => rule.apply(site, ctx));
              if (g && g.type !== 'description') ruleAnswers.push({ rule: rule.name, guess: g });
            }
            continue;
          }
          const g = rule.apply(site, ctx);
          if (g === null) continue;
          if (g.type === 'description') {
            prunePending(pendingDescriptions, unitIndex);
            pendingDescriptions.push({ phrase: g.phrase, unitIndex, docPos: unit.offset + sentence.start });
            continue;
          }
          guess = g;
          via = rule.name;
          ruleAnswers.push({ rule: rule.name, guess: g });
          if (!options.evidence) break;
        }
        if (!guess && !unnamedWords) {
          const carried = reportedOn(ctx, site, unknownSinceEvent ? null : lastEvent);
          if (carried) {
            guess = carried;
            via = 'reported speech goes on';
          }
        }
        const kind = classifyQuote({
          text: unit.text.slice(span.start, span.end),
          sentence: masked.slice(local.start, local.end),
          before: masked.slice(Math.max(local.start, span.start - 41), span.start - 1),
          attributed: guess !== null,
        });
        if (kind === 'other') {
          findings.push({ site, kind, guess: null, via: 'not speech' });
          continue;
        }
        // "…," said one analyst: someone the text leaves unnamed spoke, not the last known speaker.
        // `"…," Jo Doe, an analyst at X, told …` with Jo Doe unknown to the rules: someone else spoke too.
        const unnamed =
          guess === null &&
          (unnamedWords === 'heard' ||
            unnamedSpeakerCue(masked, local, span) ||
            reportedInSubordinateClause(masked.slice(local.start, span.start - 1)) ||
            // "However, one dealer, who would not give a name, told a wire the figures were "…"": the sentence's
            // subject is someone left unnamed who reports, so the quotation inside it is theirs.
            UNNAMED_NARRATOR.test(masked.slice(sentence.start, span.start - 1)) ||
            ownSubjectCue(ctx, masked, local, unit.text.slice(span.start, span.end), span, [lastSpeech?.guess ?? null, unknownSinceEvent ? null : (lastEvent?.guess ?? null)]));
        // (A reply or an aside inside someone's account is not theirs, but their account goes on after it.)
        const inherited = unnamed || unnamedWords === 'aside' || (guess && !options.evidence) ? null : continuation(ctx, site, lastSpeech, unknownSinceEvent ? null : lastEvent, masked, local);
        const evidence: Evidence | undefined = options.evidence
          ? { rules: ruleAnswers, continuation: inherited, previousSpeaker: lastSpeech?.guess ?? null, lastEvent: unknownSinceEvent ? null : (lastEvent?.guess ?? null) }
          : undefined;
        if (!guess && inherited) {
          guess = inherited;
          via = 'continuation';
        }
        // The run an unnamed or unresolved speaker began goes on: a bare quotation that would have taken up the last
        // named speaker belongs to that unknown one, in both modes (the ranker would reach past the break).
        const brokenRun = !unnamed && guess === null && unknownSinceEvent && continuation(ctx, site, lastSpeech, lastEvent, masked, local) !== null;
        if (unnamed || brokenRun || unnamedWords === 'aside') via = UNNAMED_VIA;
        if (guess && guess.type === 'person') claimPendingDescription(ctx, guess.person, unitIndex, pendingDescriptions);
        const finding: QuoteFinding = { site, kind, guess, via };
        if (evidence) finding.evidence = evidence;
        findings.push(finding);
        lastSpeech = finding;
        if (isSpeaker(guess)) {
          lastEvent = { guess, unitIndex, sentenceEnd: unit.offset + sentence.end };
          unknownSinceEvent = false;
        } else if (unnamed || pronounCue(masked, local, span)) unknownSinceEvent = true;
      }
    }
  });
  backfillChains(ctx, findings);
  return findings;
}

/** Runs a rule and restores every person's descriptions to what they were before. */
function withoutSideEffects<T>(ctx: ArticleContext, run: () => T): T {
  const lengths = ctx.people.people.map((p) => p.descriptions.length);
  const result = run();
  ctx.people.people.forEach((p, i) => {
    if (p.descriptions.length > lengths[i]!) p.descriptions.length = lengths[i]!;
  });
  return result;
}

/**
 * Reported speech with no quotation ("Mr Rasmussen said Georgia …") still says who is talking. In the
 * story's first two paragraphs a verb of memory introduces a piece in someone's voice too ("Jo Roe, the
 * band's press officer, remembers the singer she worked for"): the quotations that follow are theirs.
 */
function narrationEvent(ctx: ArticleContext, masked: string, sentence: Sentence, offset: number, unitIndex: number): Guess | null {
  // The subject of reported speech sits near the start: a bounded prefix keeps run-ons linear.
  const text = masked.slice(sentence.start, Math.min(sentence.end, sentence.start + 300));
  for (const m of text.matchAll(/[a-z]+/g)) {
    const memory = unitIndex < 2 && /^(?:remembers|recalls|recounts|reflects)$/.test(m[0]);
    // ("…, Mr Velez points out.", "Ms Roe notes that …": the reporter of a sentence of reported speech too.)
    const pointsOut = /^(?:points|pointed)$/.test(m[0]) && /^\s+out\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    // ("Jo Roe echoed:", "Her rival shot back on Monday:": any verb of saying that ends its sentence with a colon
    // introduces the quotation that follows.)
    // (So does one that puts out a statement, or a longer clause before the colon: introducingColon.ts.)
    const introduces = introducesWithColon(text, m.index, m[0]);
    if (!memory && !pointsOut && !introduces && (!SPEECH_VERBS.has(m[0]) || !/^(?:say|says|said|adds|added|tells|told|warns|warned|insists|insisted|argues|argued|explains|explained|admits|admitted|claims|claimed|stresses|stressed|urges|urged|believes|believed|acknowledges|acknowledged|concedes|conceded|notes|noted|observes|observed|predicts|predicted)$/.test(m[0]))) continue;
    const guess = agentBefore(ctx, masked, sentence.start + m.index, offset);
    if (guess) return guess;
  }
  return null;
}

function continuation(ctx: ArticleContext, site: QuoteSite, previous: QuoteFinding | null, lastEvent: Event | null, masked: string, sentence: Sentence): Guess | null {
  // The next paragraph of a quotation left open: same speaker.
  if (previous && previous.site.span.unclosed && site.unitIndex - previous.site.unitIndex <= 1 && isSpeaker(previous.guess)) {
    return previous.guess;
  }
  // `said: "… possible. "I definitely …"`: a lost paragraph break between two pieces of one quotation
  // (nothing but a space between them): the same speaker.
  if (previous && previous.site.unitIndex === site.unitIndex && isSpeaker(previous.guess) && /^\s*$/.test(masked.slice(previous.site.span.end + 1, site.span.start - 1))) {
    return previous.guess;
  }
  // A quotation that opens its sentence with no attribution, right after someone spoke.
  // `"…," Doe said. "…"`: the masked quote hides the capital that would start a new sentence, so a
  // quotation right after a full stop opens its sentence too.
  // (A lone colon or dash before the mark is a list or interview marker the source kept, not a lead.)
  const lead = masked.slice(sentence.start, site.span.start - 1).trim().replace(/^[:\-\u2013\u2014]$/, '');
  const opensSentence = lead === '' || /[.!?]$/.test(lead);
  // (Unless a sentence of narration about someone newly named came between: see narratedSubject.ts. With no
  // one speaking just before, that sentence introduces the speaker: "Jo Roe, editor of X, is less sure. '…'")
  const docMark = site.unit.offset + site.span.start - 1;
  const recent = opensSentence && lastEvent !== null && site.unitIndex - lastEvent.unitIndex <= 2;
  // `"…," said Jo Roe, who backed Ann Bell of Ohio. "…"`: the sentence right before, in the same paragraph, was
  // the last quotation's own attribution; the names inside it are not newly narrated speakers.
  // (The quotation may open the next paragraph: `"…," said Jo Roe, who backed Ann Bell.` then `"…"`.)
  if (opensSentence && previous && isSpeaker(previous.guess) && site.unitIndex - previous.site.unitIndex <= 1) {
    const sameUnit = previous.site.unitIndex === site.unitIndex;
    const between = sameUnit ? masked.slice(previous.site.span.end + 1, site.span.start - 1) : `${previous.site.masked.slice(previous.site.span.end + 1)} ${masked.slice(0, site.span.start - 1)}`;
    // (Only when the sentence goes on after the last quotation, `"…," said` or `"…?" asked`: `"…." Mr Roe warned
    // that …` is a new sentence about someone else, not that quotation's attribution.)
    const last = previous.site.unit.text.slice(previous.site.span.start, previous.site.span.end);
    const goesOn = /,\s*$/.test(last) || /^\s*["\u201d'\u2019]?\s*,/.test(between) || (/[!?]\s*$/.test(last) && /^\s*["\u201d'\u2019]?\s*[a-z]/.test(between));
    if (goesOn && attributionOnlyBetween(between)) return previous.guess;
  }
  // `"…," Jo Roe said. Instead, "he just waits."`: a partial quotation in the sentence right after the last
  // quotation's own attribution, in bare narration that could introduce no one else (partialAfterAttribution.ts).
  if (!opensSentence && previous && isSpeaker(previous.guess) && previous.site.unitIndex === site.unitIndex && previous.site.span.end < sentence.start) {
    const before = masked.slice(previous.site.span.end + 1, sentence.start);
    const last = previous.site.unit.text.slice(previous.site.span.start, previous.site.span.end);
    const goesOn = /,\s*$/.test(last) || /^\s*["\u201d'\u2019]?\s*,/.test(before) || (/[!?]\s*$/.test(last) && /^\s*["\u201d'\u2019]?\s*[a-z]/.test(before));
    const docStart = site.unit.offset + sentence.start;
    const mention = ctx.people.mentions[firstMentionFrom(ctx.people.mentions, docStart)];
    const namesNoOne = !mention || mention.start >= site.unit.offset + sentence.end;
    if (goesOn && attributionOnlyBetween(before) && namesNoOne && bareNarrationAround(lead, site.span.unclosed ? '' : masked.slice(site.span.end + 1, sentence.end))) return previous.guess;
  }
  if (opensSentence) {
    const since = Math.max(previous ? previous.site.unit.offset + previous.site.span.end + 1 : 0, docMark - 400);
    const narrated = narratedSubjectBetween(ctx, since, docMark, recent ? lastEvent!.guess : null, site.unit.text.slice(site.span.start, site.span.end));
    if (narrated) return narrated;
  }
  // `She added: "…"`, `"…," he said.` when the rules found no one the pronoun could mean nearby: the person
  // who spoke last, if the pronoun fits them, is still speaking (news keeps one speaker across a few paragraphs).
  const bare = PRONOUN_BEFORE.exec(lead) ?? PRONOUN_AFTER.exec(masked.slice(site.span.end + 1, site.span.end + 40));
  const pronoun = bare && (ATTRIBUTION_VERBS.has(bare[2]!) || bare[2] === 'went on') ? bare[1] : undefined;
  // (`"…," she said` is never a man's who spoke last, nor `he said` a woman's: the pronoun names someone else.)
  if (recent && !pronounMisfits(ctx, pronoun, lastEvent!.guess)) return lastEvent!.guess;
  if (pronoun && lastEvent?.guess.type === 'person' && site.unitIndex - lastEvent.unitIndex <= 2) {
    // ("The outcry moved the first minister to promise …. He told members:": the pronoun means that role, whom the
    // rules could not name; not the last speaker.)
    if (promptedToSpeak(ctx, site.unit.offset + site.span.start, pronounGenderOf(pronoun), null) !== undefined) return null;
    if (!pronounMisfits(ctx, pronoun, lastEvent.guess)) return lastEvent.guess;
  }
  return null;
}

/** A stop that ends a sentence inside a stretch, not one after a title abbreviation or an initial (`Sen.`, `J.`). */
const INNER_STOP = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|\p{Lu}))[.!?](?=\s+\S)/u;

/**
 * Whether the text between two quotations of a paragraph is one sentence holding a verb of saying: the first
 * quotation's attribution (`," said Jo Roe, who backed Ann Bell of Ohio. `), which narrates no one new.
 */
function attributionOnlyBetween(between: string): boolean {
  const text = between.replace(/^["\u201d'\u2019]+/, '').trim();
  if (!/[.!?]$/.test(text) || INNER_STOP.test(text.slice(0, -1))) return false;
  return [...text.matchAll(/[a-z]+/g)].some((w) => ATTRIBUTION_VERBS.has(w[0]));
}

/** Whether a subject pronoun's gender differs from the known gender of the person a guess names. */
function pronounMisfits(ctx: ArticleContext, pronoun: string | undefined, guess: Guess): boolean {
  if (pronoun === undefined || guess.type !== 'person') return false;
  const gender = ctx.people.people[guess.person]!.gender;
  return gender !== null && gender !== pronounGenderOf(pronoun);
}

function pronounGenderOf(pronoun: string): 'male' | 'female' {
  return pronoun.toLowerCase() === 'he' ? 'male' : 'female';
}

/**
 * `The Fund said growth would hold up. But the cost to farmers could be "severe".`: a fragment in the sentence
 * right after a reported-speech sentence, its modal carrying the report on, with no verb of saying of its own,
 * is the reporter's. (Read before the quotation is classed: unattributed, such a fragment would be a term.)
 */
function reportedOn(ctx: ArticleContext, site: QuoteSite, lastEvent: Event | null): Guess | null {
  if (lastEvent?.sentenceEnd === undefined) return null;
  const lead = site.masked.slice(site.sentence.start, site.span.start - 1);
  if (!REPORTED_ON.test(lead) || [...lead.matchAll(/[a-z]+/g)].some((w) => ATTRIBUTION_VERBS.has(w[0]))) return null;
  // ("They backed the idea that … would be "…"": a pronoun subject is someone acting, not the report going on.)
  if (/^\s*(?:(?:But|And|Yet|So)\s+)?(?:He|She|They|We|I|It)\b/.test(lead)) return null;
  const between = ctx.doc.text.slice(lastEvent.sentenceEnd + 1, site.unit.offset + site.sentence.start);
  return /^\s*$/.test(between) ? lastEvent.guess : null;
}

/** A back-shifted modal right before the fragment ("could be ", "would "), the report's tense going on. */
const REPORTED_ON = /\b(?:would|could|might|should)\s+(?:(?:not|also|still|now|be|have|need\s+to|only)\s+){0,2}(?:[a-z]+\s+){0,1}$/;

/** A bare pronoun and a verb of saying right before the quotation, or right after it. */
const PRONOUN_BEFORE = /^(?:And\s+|But\s+|Later,?\s+)?(He|he|She|she)\s+(?:also\s+|later\s+|then\s+)?(went on|[a-z]+)\b[^"\u201c\u201d.]{0,30}[:,]?$/;
const PRONOUN_AFTER = /^[,.!?]?\s*(he|she)\s+(?:also\s+)?([a-z]+)\b/;

/**
 * `In closing, he declared: "…"` (or `"…," she said`) when the rules could not tell who the pronoun means: someone
 * spoke whom the rules do not know, so the quotations after are not the last known speaker's (see attributeQuotes).
 */
function pronounCue(masked: string, sentence: { start: number }, span: QuoteSpan): boolean {
  const lead = masked.slice(sentence.start, span.start - 1);
  const before = /\b(?:he|she|He|She)\s+(?:also\s+|later\s+|then\s+)?([a-z]+)[:,]?\s*$/.exec(lead);
  const after = PRONOUN_AFTER.exec(masked.slice(span.end + 1, span.end + 40));
  return [before?.[1], after?.[2]].some((verb) => verb !== undefined && ATTRIBUTION_VERBS.has(verb));
}

/** How a quotation is marked whose attribution names its speaker only as "a senior diplomat" (see unnamedSpeakerCue). */
export const UNNAMED_VIA = 'unnamed speaker';

/** Who may speak unnamed besides a role holder: "a source", "one resident", "another fan". */
const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set([
  'source', 'sources', 'insider', 'witness', 'resident', 'onlooker', 'neighbour', 'neighbor', 'fan', 'friend',
  'relative', 'observer', 'viewer', 'reader', 'listener', 'worker', 'employee', 'colleague', 'member', 'supporter',
  'voter', 'shopper', 'passenger', 'parent', 'pupil', 'student', 'customer', 'trader', 'dealer', 'broker', 'expert',
  'official', 'officials', 'aide', 'diplomat', 'insiders', 'participant', 'delegate', 'local', 'villager', 'survivor',
]);
// A spokesperson is left out: the rules credit the body, or the run of the body that spoke before goes on.
const NOUN = `(?:${wordAlternation(new Set([...ROLE_NOUNS, ...UNNAMED_SPEAKERS].filter((w) => !/^spokes/.test(w))))})`;
const VERB = `(?:${wordAlternation(ATTRIBUTION_VERBS)})`;
const UNNAMED_PHRASE = String.raw`(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?${NOUN}`;
const UNNAMED_AFTER = new RegExp(String.raw`^[,.!?]?\s*(?:${VERB}\s+${UNNAMED_PHRASE}|${UNNAMED_PHRASE}\s+(?:also\s+)?${VERB})(?![\p{L}-])`, 'iu');
/**
 * A sentence whose subject is someone left unnamed and whose verb is one of saying: "One trader said …", with a
 * relative clause of any words between the two ("One trader, who asked not to be named, said …"; unnamedRelative.ts).
 */
const UNNAMED_NARRATOR = new RegExp(String.raw`^\s*(?:(?:But|And|However|Meanwhile|Yet),?\s+)?${UNNAMED_PHRASE}(?:\s+|${unnamedRelativeClause('any')})(?:also\s+|later\s+|then\s+)?${VERB}(?![\p{L}-])`, 'iu');
const UNNAMED_BEFORE = new RegExp(String.raw`(?:^|[\s,(])${UNNAMED_PHRASE}\s+(?:also\s+|later\s+|then\s+)?${VERB}(?![\p{L}-])[^"\u201c\u201d.]{0,30}[:,]?\s*$`, 'iu');

/** `"…," the paper quoted an adviser as saying`: a role in lower case the rules tied to no one. */
const QUOTED_UNNAMED = String.raw`\bquoted\s+(?:a|an|one|another|the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+as\s+say(?:ing|s)`;
const QUOTED_UNNAMED_AS = new RegExp(String.raw`^[,.!?]?\s*(?:[\p{L}'\u2019-]+\s+){0,4}?${QUOTED_UNNAMED}`, 'u');
const QUOTED_UNNAMED_AS_BEFORE = new RegExp(String.raw`${QUOTED_UNNAMED}\s*[:,]?\s*$`, 'u');

/**
 * `"…," said a senior diplomat`, `One resident told reporters: "…"`: the attribution names someone, but
 * only by an indefinite description the rules could tie to no one. The quotation is theirs, so neither it
 * nor the ones after inherit the last known speaker (see attributeQuotes).
 */
function unnamedSpeakerCue(masked: string, sentence: { start: number }, span: QuoteSpan): boolean {
  const after = masked.slice(span.end + 1, span.end + 80);
  // After the quotation only a clause in lower case attributes it: `…." A source said` opens a new sentence.
  if (/^[,.!?]?\s*\p{Ll}/u.test(after) && (UNNAMED_AFTER.test(after) || QUOTED_UNNAMED_AS.test(after))) return true;
  // `"…," read a short statement from the firm` that the rules could tie to no author: not the last speaker's.
  // (`read the statement` goes back to one the text gave before: left to the run.)
  if (/^[,.!?]?\s*(?:reads|read)\s+(?:a|an)\s/.test(after)) return true;
  const lead = masked.slice(Math.max(sentence.start, span.start - 120), span.start - 1);
  // `She says she was told: "…"`: whoever told her is not named.
  if (PASSIVE_TOLD.test(lead.replace(/\s*:?\s*$/, ''))) return true;
  if (QUOTED_UNNAMED_AS_BEFORE.test(lead)) return true;
  return UNNAMED_BEFORE.test(lead);
}

/** `"…` (unclosed, no attribution) `"…," said Mr Stone`: the chain's attribution covers all its pieces. */
function backfillChains(ctx: ArticleContext, findings: QuoteFinding[]): void {
  for (let i = findings.length - 2; i >= 0; i--) {
    const f = findings[i]!;
    const next = findings[i + 1]!;
    const between = next.site.masked.slice(f.site.span.end, next.site.span.start - 1);
    if (f.kind === 'speech' && f.guess === null && next.kind === 'speech' && next.site.unitIndex === f.site.unitIndex && next.via === 'verb before the quote' && /\b(?:added|adds|continued|went on)\s*:?\s*$/.test(between) && !(secondInUnit(findings, i) && introducedBetween(ctx, next.guess, f.site.unit.offset + f.site.span.end, next.site.unit.offset + next.site.span.start))) {
      // `"…." Sir Digby added: "…"`: whoever "added" also said the words just before.
      f.guess = next.guess;
      f.via = 'chain';
      continue;
    }
    if (f.kind !== 'speech' || next.kind !== 'speech' || !f.site.span.unclosed) continue;
    if (next.site.unitIndex - f.site.unitIndex > 1) continue;
    if ((f.guess === null || f.via === 'continuation') && next.guess && next.via !== 'continuation') {
      f.guess = next.guess;
      f.via = 'chain';
    }
  }
}

/**
 * Whether the finding at `i` follows another speech quotation in its paragraph or the one before (it goes on
 * someone's account; the parse stage may have restored a paragraph break between the two).
 */
function secondInUnit(findings: QuoteFinding[], i: number): boolean {
  const before = findings[i - 1];
  return before !== undefined && before.kind === 'speech' && findings[i]!.site.unitIndex - before.site.unitIndex <= 1;
}

/**
 * `"…," the 31-year-old told the website. "…." Rovers boss Jo Roe added: "…"`: a speaker named for the first
 * time right there is new to the story, and "added" adds his words to it; the words before, which go on
 * someone else's account in the paragraph, are not his.
 */
function introducedBetween(ctx: ArticleContext, guess: Guess | null, from: number, to: number): boolean {
  if (guess?.type !== 'person') return false;
  const first = ctx.people.mentions[firstMentionOf(ctx, guess.person)];
  return first !== undefined && first.start >= from && first.start < to;
}

const firstMentionCache = new WeakMap<ArticleContext, Map<number, number>>();

/** Index of a person's first mention (computed once per article). */
function firstMentionOf(ctx: ArticleContext, person: number): number {
  let cache = firstMentionCache.get(ctx);
  if (!cache) {
    cache = new Map();
    ctx.people.mentions.forEach((m, i) => {
      if (!cache!.has(m.person)) cache!.set(m.person, i);
    });
    firstMentionCache.set(ctx, cache);
  }
  return cache.get(person) ?? -1;
}

/** "Russia's Nato envoy says …" then `"…," said Dmitry Rogozin`: the role was his. */
function claimPendingDescription(
  ctx: ArticleContext,
  person: number,
  unitIndex: number,
  pending: Array<{ phrase: string; unitIndex: number; docPos: number }>,
): void {
  const first = ctx.people.mentions[firstMentionOf(ctx, person)];
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i]!;
    if (unitIndex - p.unitIndex > 2 || !first || first.start < p.docPos) continue;
    // "Jo Roe has attacked the ruling. The foreign secretary said …": a definite role opening the sentence
    // right after someone was named takes that person up; it is not held for a speaker named later.
    if (definiteAfterNamed(ctx, p.docPos, person)) continue;
    // "As one angry backbencher said: …", "a senior aide said": someone left unnamed on purpose, not
    // whoever the text names next.
    if (/^(?:as\s+)?(?:one|a|an|another|some)\s/i.test(p.phrase)) continue;
    const draft = ctx.people.people[person]!;
    // "Grokster's lawyer argued … dismissed by Justice Jo Roe": a speaker the text already gives a role
    // of another kind is not the holder of the pending one (it stays pending for someone else).
    if (hasOtherRole(draft.descriptions, p.phrase)) continue;
    if (!draft.descriptions.some((d) => d.toLowerCase() === p.phrase.toLowerCase())) draft.descriptions.push(p.phrase);
    pending.splice(i, 1);
  }
}

/** A sentence opening "The <role>" at `docPos` with another person named in the 400 characters before it. */
function definiteAfterNamed(ctx: ArticleContext, docPos: number, claimant: number): boolean {
  if (!/^\s*[Tt]he\s/.test(ctx.doc.text.slice(docPos, docPos + 8))) return false;
  return ctx.people.mentions.some((m) => m.person !== claimant && !m.heading && m.end <= docPos && docPos - m.end <= 400);
}

/** Whether `descriptions` hold a role whose head word differs from the head of `phrase`. */
function hasOtherRole(descriptions: readonly string[], phrase: string): boolean {
  const head = (d: string): string => (d.trim().split(/\s+/).pop() ?? '').replace(/['\u2019]s$/, '');
  const wanted = head(phrase).toLowerCase();
  return descriptions.some((d) => {
    const h = head(d);
    return (ROLE_NOUNS.has(h.toLowerCase()) || TITLE_WORDS.has(h)) && h.toLowerCase() !== wanted;
  });
}

/** Pending roles only matter for the next two paragraphs: drop older ones so the list stays short. */
function prunePending(pending: Array<{ unitIndex: number }>, unitIndex: number): void {
  while (pending.length > 0 && unitIndex - pending[0]!.unitIndex > 2) pending.shift();
  if (pending.length > 50) pending.splice(0, pending.length - 50);
}
