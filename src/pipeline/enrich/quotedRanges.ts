/**
 * Where the story's quotations lie, in document offsets, so a rule can tell a name the narration gives
 * from one a speaker says ("They have a fine winger in Jo Roe," said Tom Bell. He added …: "He" is the
 * speaker, never the player he praised).
 */
import type { BodyDocument } from './textUnits.ts';
import { findQuoteSpans, withApostropheMarks } from './quoteMarks.ts';

const cache = new WeakMap<BodyDocument, Array<{ start: number; end: number }>>();

function quotedRanges(doc: BodyDocument): Array<{ start: number; end: number }> {
  let ranges = cache.get(doc);
  if (!ranges) {
    ranges = [];
    for (const unit of doc.units) {
      if (unit.kind !== 'paragraph') continue;
      for (const span of findQuoteSpans(withApostropheMarks(unit.text))) ranges.push({ start: unit.offset + span.start, end: unit.offset + span.end });
    }
    cache.set(doc, ranges);
  }
  return ranges;
}

/** Whether the document offset `at` falls inside a quotation. */
export function insideQuotation(doc: BodyDocument, at: number): boolean {
  const ranges = quotedRanges(doc);
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
