/**
 * Splitting a block's text into plain runs and quote runs, by the offsets the pipeline recorded.
 *
 * The pipeline gives each quote `start`/`end` (UTF-16 offsets of the words *inside* the marks) in the text
 * of one block (`block`, and `child` inside an analysis box). Drawing is purely positional: the text is
 * never re-searched, and bad offsets never break the paragraph — a quote that does not fit is dropped and
 * its words stay as plain text.
 */
import type { Quote } from '../../content/schema';

export type TextRun =
  | { kind: 'text'; text: string; start: number }
  | {
      kind: 'quote';
      /** The quoted words plus the quotation marks around them when the text has them. */
      text: string;
      start: number;
      quote: Quote;
    };

/** The quotes that belong to one paragraph: `block` in the article, `child` inside an analysis box. */
export function quotesForBlock(quotes: readonly Quote[], block: number, child: number | null = null): Quote[] {
  return quotes.filter((q) => q.block === block && (q.child ?? null) === child);
}

const OPENING_MARKS = new Set(['"', '\u201C', '\u201E', '\u00AB', "'", '\u2018']);
const CLOSING_MARKS = new Set(['"', '\u201D', '\u00BB', "'", '\u2019']);

function fits(quote: Quote, text: string): boolean {
  const { start, end } = quote;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= text.length &&
    // Offsets that point at other words are worse than no highlight: check them against the quote text.
    text.slice(start, end) === quote.text
  );
}

export function splitIntoRuns(text: string, quotes: readonly Quote[]): TextRun[] {
  const ordered = quotes.filter((q) => fits(q, text)).sort((a, b) => a.start - b.start || b.end - a.end);

  // Keep the first of any overlapping quotes; nesting or overlap cannot be drawn as flat runs.
  const kept: Quote[] = [];
  for (const quote of ordered) {
    const previous = kept[kept.length - 1];
    if (!previous || quote.start >= previous.end) kept.push(quote);
  }

  const runs: TextRun[] = [];
  let cursor = 0;
  kept.forEach((quote, index) => {
    const nextStart = kept[index + 1]?.start ?? text.length;
    // Take the marks into the highlight so the quotation reads as one unit, unless that would swallow
    // a character another run owns.
    let from = quote.start;
    let to = quote.end;
    if (from - 1 >= cursor && OPENING_MARKS.has(text.charAt(from - 1))) from -= 1;
    if (to + 1 <= nextStart && CLOSING_MARKS.has(text.charAt(to))) to += 1;
    if (from > cursor) runs.push({ kind: 'text', text: text.slice(cursor, from), start: cursor });
    runs.push({ kind: 'quote', text: text.slice(from, to), start: from, quote });
    cursor = to;
  });
  if (cursor < text.length) runs.push({ kind: 'text', text: text.slice(cursor), start: cursor });
  return runs;
}
