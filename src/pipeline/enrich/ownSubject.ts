/**
 * A quotation whose own attribution names a subject the rules could not resolve: `"…," Anna Roe, an analyst at
 * Kestrel, told the BBC`, `"…," said Harbour Bank analyst Jo Doe`, `"…," the organisation said`. Someone
 * spoke, and unless the subject names the last speaker it is not the last speaker: the run of quotations that
 * continuity would hand on ends here (see attributeQuotes). A wrong name spread over a run is the costliest
 * error the reviews found; "unknown" is the honest answer when the name finder missed the new speaker.
 */
import { ATTRIBUTION_VERBS, TITLE_WORDS } from './lexicon.ts';
import { wordAlternation } from '../../content/escapeRegExp.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import type { ArticleContext, Guess } from './rules/types.ts';

const VERB = `(?:${wordAlternation(ATTRIBUTION_VERBS)})`;
/** `"…," said X` — X up to the first comma or stop. */
const VERB_FIRST = new RegExp(String.raw`^[,.!?]?\s*${VERB}\s+([^,;.!?"\u201c\u201d()]{1,80})`, 'u');
/** `"…," X said` / `"…," X, an analyst at Y, told` — the shortest subject before a verb of saying. */
const SUBJECT_FIRST = new RegExp(String.raw`^[,.!?]?\s*([^"\u201c\u201d.;:!?()]{1,80}?)\s+(?:also\s+|later\s+|then\s+)?(${VERB})(?![\p{L}-])`, 'u');

/** `X said: "` — the subject since the clause began (a comma, or the sentence's start) before a verb of saying ending the lead. */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:^|,\s+)([^,;"\u201c\u201d.!?()]{1,80}?)\s+(?:also\s+|later\s+|then\s+)?${VERB}(?![\p{L}-])[^"\u201c\u201d.!?]{0,30}[:,]?\s*$`, 'u');

/** Titles before a name that are no part of it. */
const COURTESY_TITLES = /^(?:Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness|Dr|Prof|St)$/;

/** Capitalised at a sentence's start, never a name. */
const DETERMINERS = /^(?:A|An|The|One|Another|Some|This|That|These|Those|Its|Their|His|Her)$/;

/** Pronouns: the pronoun rules and continuity decide those. */
const PRONOUNS = /^(?:he|she|they|it|we|i|you|who)$/i;

/** Heads of a definite subject that never mean a person: `the organisation said`, `says the report`. */
const NOT_A_PERSON_HEADS = new Set([
  'organisation', 'organization', 'company', 'firm', 'group', 'report', 'statement', 'letter', 'instructions',
  'website', 'site', 'study', 'survey', 'council', 'ministry', 'department', 'agency', 'union', 'association',
  'charity', 'club', 'bank', 'government', 'commission', 'committee', 'board', 'source', 'sources', 'paper',
  'newspaper', 'magazine', 'alliance', 'campaign', 'party', 'authority', 'regulator', 'watchdog', 'court',
]);

/** A capitalised word opening a sentence that is no name: "Later, Jo Roe said". */
const SENTENCE_OPENERS = new Set(['later', 'however', 'earlier', 'meanwhile', 'speaking', 'asked', 'yesterday', 'today', 'then', 'now', 'also', 'but', 'and', 'afterwards', 'still']);

/**
 * True when the quotation's own attribution has a subject that names none of `known` (the last speaker and the
 * last speech event): right after the quotation, or before it when the subject is also outside the story's cast.
 * Only called when no rule named a speaker.
 */
export function ownSubjectCue(ctx: ArticleContext, masked: string, sentence: { start: number }, quoted: string, span: QuoteSpan, known: ReadonlyArray<Guess | null>): boolean {
  // `In a statement, detainee "B" said: "…"`: the attribution before the quotation.
  const lead = SUBJECT_BEFORE.exec(masked.slice(Math.max(sentence.start, span.start - 160), span.start - 1));
  if (lead && namesSomeoneElse(ctx, lead[1]!, known, true)) return true;
  const after = masked.slice(span.end + 1, span.end + 160);
  // Only a clause that goes on from the quotation attributes it: `"…," Jo Roe told`, `"…!" a tearful Roe told`.
  // After `"… done." Jo Roe agreed: "…"` or `"… them". However, …` a new sentence begins, which may introduce
  // the next speaker rather than name this one.
  const goesOn = /,$/.test(quoted) ? !/^\s*[.!?]/.test(after) : /^\s*,/.test(after) || /^\s*\p{Ll}/u.test(after);
  if (!goesOn) return false;
  const subject = subjectAfter(after);
  if (subject === null) return false;
  return namesSomeoneElse(ctx, subject, known);
}

/** The subject of the attribution after a quotation, or null when the words after it are no attribution. */
function subjectAfter(after: string): string | null {
  const inverted = VERB_FIRST.exec(after);
  if (inverted) return inverted[1]!.trim();
  const first = SUBJECT_FIRST.exec(after);
  return first ? first[1]!.trim() : null;
}

function namesSomeoneElse(ctx: ArticleContext, rawSubject: string, known: ReadonlyArray<Guess | null>, outsideCast = false): boolean {
  let subject = rawSubject.replace(/^(?:but|and)\s+/i, '');
  const [head, ...rest] = subject.split(',');
  // "Later, Jo Roe": the opener is no part of the subject.
  if (rest.length > 0 && SENTENCE_OPENERS.has(head!.trim().toLowerCase())) subject = rest.join(',');
  // (Quotation marks and masked characters around a code name: detainee "B".)
  const words = subject.split(',')[0]!.trim().split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d'\u2019]+$/gu, '')).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (words.length === 1 && PRONOUNS.test(words[0]!)) return false;
  const people = known.filter((g): g is Guess => g !== null && g.type !== 'description');
  if (people.length === 0) return false;
  if (/^(?:the|its|their|his|her)$/i.test(words[0]!)) {
    // A definite description: anaphoric ("the 22-year-old", "the prime minister") unless its head is a body or
    // a document, which a person never is.
    const headNoun = words[words.length - 1]!.toLowerCase();
    return NOT_A_PERSON_HEADS.has(headNoun) && people.every((g) => g.type === 'person');
  }
  // A name (or a description holding one): its capitalised words up to "of", "at", "from" …, titles left out.
  const cut = words.findIndex((w) => /^(?:of|at|from|for|with|in|on)$/.test(w));
  const names = (cut === -1 ? words : words.slice(0, cut))
    .map((w) => w.replace(/['\u2019]s$/, ''))
    .filter((w, i) => /^(?:\p{Lu}|\d+\p{L})/u.test(w) && !(i === 0 && DETERMINERS.test(w)) && !TITLE_WORDS.has(w) && !COURTESY_TITLES.test(w) && !SENTENCE_OPENERS.has(w.toLowerCase()));
  if (names.length === 0) return false;
  const knownWords = new Set(people.flatMap((g) => guessWords(ctx, g)));
  if (names.some((w) => knownWords.has(w.toLowerCase()))) return false;
  // Before the quotation, someone else the story names is for the rules and the ranker to judge ("X of the Y
  // said that Z was '…'" is often X's, though no rule names X); after it, the attribution is the quotation's own.
  if (outsideCast) {
    const cast = new Set(ctx.people.people.flatMap((_, person) => guessWords(ctx, { type: 'person', person })));
    if (names.some((w) => cast.has(w.toLowerCase()))) return false;
  }
  return !aliasBesideName(ctx, names.join(' '), people);
}

/** "Chart-topper Zed Nine, real name Jo Roe, …": the story gives the subject as another name of a known speaker. */
function aliasBesideName(ctx: ArticleContext, alias: string, known: readonly Guess[]): boolean {
  const persons = new Set(known.flatMap((g) => (g.type === 'person' ? [g.person] : [])));
  if (persons.size === 0) return false;
  const text = ctx.doc.text;
  for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + 1)) {
    const end = at + alias.length;
    if (ctx.people.mentions.some((m) => persons.has(m.person) && m.start < end + 40 && m.end > at - 40)) return true;
  }
  return false;
}

function guessWords(ctx: ArticleContext, guess: Guess): string[] {
  if (guess.type === 'person') {
    // Every form the story names them by counts: a stage name ("50 Cent") is as much theirs as the full name.
    const draft = ctx.people.people[guess.person]!;
    const forms = [draft.tokens.join(' '), ...draft.mentions, ...(draft.variants ?? []).map((v) => v.join(' '))];
    return forms.flatMap((f) => f.split(/\s+/)).map((t) => t.toLowerCase());
  }
  if (guess.type === 'description') return [];
  return guess.name.split(/\s+/).map((t) => t.toLowerCase());
}
