/**
 * Where a quote needs its speaker written out. The highlight always carries the speaker (on hover, focus,
 * to screen readers and in print); an inline tag is added only where the sentence around the quote does not
 * name them itself ("she said", "he added", a quote with no attribution in its sentence), and it goes at
 * the end of that sentence, after its full stop, so the sentence reads as written.
 */
import type { Quote } from '../../content/schema';
import type { TextRun } from './quoteRuns';
import { escapeRegExp } from '../../content/escapeRegExp';

type QuoteRun = Extract<TextRun, { kind: 'quote' }>;

/** Words of a name that do not identify anyone on their own. */
const NOT_IDENTIFYING = new Set(['the', 'of', 'and', 'for', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev']);

/** A sentence ends after . ! or ? (and any closing marks) followed by space. */
const SENTENCE_END = /[.!?][\u201D\u2019"')\]]*(?=\s)/g;

function nameWords(name: string): string[] {
  return name.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length >= 2 && !NOT_IDENTIFYING.has(w.toLowerCase()));
}

/**
 * Whether `text` names the speaker: any identifying word of their name, as a whole word — capitalised as
 * written for a person ("Frost", not "frost"; scripts without case as written), in any case for an organisation or group ("passenger groups",
 * "the Rail Union"). A name with no identifying word ("them") counts as named: a tag would add nothing.
 */
export function namesSpeaker(text: string, speakerName: string | null, person = true): boolean {
  if (!speakerName) return false;
  // Scripts without case (Arabic, Chinese …) have no capital to check: any word of theirs counts.
  const words = nameWords(speakerName).filter((w) => !person || !/^\p{Ll}/u.test(w));
  if (words.length === 0) return true;
  return words.some((word) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, person ? 'u' : 'iu').test(text));
}

export interface SpeakerTagPlace {
  quote: Quote;
  /** Offset in the block's text after which the tag is drawn. */
  at: number;
}

/**
 * The tags a block's text needs, in text order. A quote whose speaker is unknown gets none (its highlight
 * says so on hover); a quote whose sentence names the speaker outside the quoted words gets none.
 */
export function placeSpeakerTags(text: string, runs: readonly TextRun[]): SpeakerTagPlace[] {
  const quoteRuns = runs.filter((r): r is QuoteRun => r.kind === 'quote');
  if (quoteRuns.length === 0) return [];
  const spans = quoteRuns.map((r) => ({ from: r.start, to: r.start + r.text.length }));
  const inQuote = (offset: number) => spans.some((s) => offset > s.from && offset < s.to);
  // Sentence ends outside the quoted words: "Wait. Please," inside a quote does not end the sentence.
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length).filter((offset) => !inQuote(offset));

  const places: SpeakerTagPlace[] = [];
  quoteRuns.forEach((run, i) => {
    const { speaker } = run.quote;
    if (speaker.type === 'unknown' || !speaker.name) return;
    const { from, to } = spans[i]!;
    const sentenceStart = ends.filter((e) => e <= from).pop() ?? 0;
    const sentenceEnd = ends.find((e) => e >= to) ?? text.trimEnd().length;
    // The sentence without any quoted words: a name inside a quote does not attribute it.
    let outside = '';
    let cursor = sentenceStart;
    for (const span of spans) {
      if (span.to <= sentenceStart || span.from >= sentenceEnd) continue;
      outside += `${text.slice(cursor, Math.max(cursor, span.from))} `;
      cursor = Math.max(cursor, span.to);
    }
    outside += text.slice(cursor, sentenceEnd);
    if (namesSpeaker(outside, speaker.name, speaker.type === 'person')) return;
    // Another quote before the sentence ends: the tag goes right after this one, not after the other.
    const next = spans[i + 1];
    places.push({ quote: run.quote, at: next && next.from < sentenceEnd ? to : sentenceEnd });
  });
  return places;
}
