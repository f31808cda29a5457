/**
 * Sentence boundaries in one paragraph, ignoring full stops inside quotations: the paragraph is
 * first "masked" (quote words replaced by a filler of the same length, marks kept), so offsets in the
 * masked text are offsets in the real text and rules can never match words inside a quotation.
 */
import type { QuoteSpan } from './quoteMarks.ts';

export const MASK = '\u00b7';

/** Where a sentence ends in the document's text: a full stop, "!" or "?" (and a closing mark) before a space, or a line break. */
export const SENTENCE_BREAK = /[.!?]["\u201d]?\s|\n/;

export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    // A quotation that ends its own sentence keeps that full stop visible, so the narration after it
    // ("…." Later, the spokesman urged …) is a new sentence.
    const last = text[s.end - 1] ?? '';
    const keep = /[.!?]/.test(last) && !s.unclosed ? 1 : 0;
    out += text.slice(cursor, s.start) + MASK.repeat(s.end - s.start - keep) + (keep ? last : '');
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

export interface Sentence {
  start: number;
  end: number;
}

/** A full stop, ? or ! (optionally followed by a closing mark) and a space before a capital or a mark. */
const BOUNDARY = /[.!?]["\u201d']?\s+(?=["\u201c]?[\p{Lu}\d])/gu;

export function splitSentences(masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of masked.matchAll(BOUNDARY)) {
    const end = m.index + m[0].trimEnd().length;
    // "Mr. Smith", "St. Paul": an abbreviation, not a sentence end.
    if (/\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Sen|Rep|Gov|No|vs|v)\.$/.test(masked.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    // "Donald J. Trump": a middle initial after a capitalised first name.
    if (/\p{Lu}\p{Ll}+ \p{Lu}\.$/u.test(masked.slice(Math.max(0, m.index - 20), m.index + 1))) continue;
    sentences.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < masked.length) sentences.push({ start, end: masked.length });
  return sentences;
}

export function sentenceAt(sentences: readonly Sentence[], position: number): Sentence | undefined {
  return sentences.find((s) => position >= s.start && position < s.end) ?? sentences[sentences.length - 1];
}
