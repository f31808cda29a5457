/**
 * Finding quotations in one paragraph from its double quotation marks, straight or curly.
 *
 * A straight mark's direction is read from its neighbours (space before → opening, space or
 * punctuation after → closing). An opening mark while a quote is already open means the writer
 * opened a new paragraph of the same quotation without closing the old one (news style), possibly
 * with the paragraph break lost: the open piece ends right before the space preceding the new mark.
 */

export interface QuoteSpan {
  /** Offsets of the words between the marks (marks excluded). */
  start: number;
  end: number;
  /** The closing mark never came: the quotation continues in a later piece. */
  unclosed: boolean;
}

const OPENING = new Set(['\u201c', '\u201e']);
const CLOSING = new Set(['\u201d']);

type Direction = 'open' | 'close' | 'either';

function directionOf(text: string, i: number): Direction {
  const char = text[i]!;
  if (OPENING.has(char)) return 'open';
  if (CLOSING.has(char)) return 'close';
  const before = text[i - 1];
  const after = text[i + 1];
  const openContext = before === undefined || /[\s([{\u2014\u2013-]/.test(before);
  const closeContext = after === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  if (openContext && !closeContext) return 'open';
  if (closeContext && !openContext) return 'close';
  return 'either';
}

/** Every quotation mark: found by one scan of the text instead of a test of each character. */
const MARK = /["\u201c\u201d\u201e]/g;

/**
 * Two apostrophes used as a double quotation mark (`''…''`, a US newspaper habit) rewritten, at equal
 * length, as a straight mark plus a space on the outer side (` "` opening, `" ` closing), so the
 * quote finder and the attribution rules read them like any other mark and every offset still holds.
 */
export function withApostropheMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/(?<!')''(?!')/g, (_, at: number) => {
    const before = text[at - 1];
    const opening = before === undefined || /[\s([{\u2014\u2013-]/.test(before);
    return opening ? ' "' : '" ';
  });
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (const mark of text.matchAll(MARK)) {
    const i = mark.index;
    const direction = directionOf(text, i);
    if (openAt < 0) {
      // A closing mark with nothing open is a stray; an ambiguous one starts a quote.
      if (direction !== 'close') openAt = i;
      continue;
    }
    if (direction === 'open') {
      pushSpan(spans, text, openAt + 1, endBeforeIntroduction(text, openAt + 1, endBeforeSpace(text, i)), true);
      openAt = i;
    } else {
      pushSpan(spans, text, openAt + 1, i, false);
      openAt = -1;
    }
  }
  if (openAt >= 0) pushUnclosedAtEnd(spans, text, openAt + 1);
  return spans;
}

/**
 * A piece closed only by the next opening mark (a lost paragraph break) may end with the narration that
 * introduces that next quotation (`…at sea. She added: "The …`): the quoted words end with the sentence
 * before it. Only a short clause ending in a colon after a full stop counts.
 */
const INTRODUCTION = /[.!?]\s+((?:He|She|They|It|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s+(?:\w+\s+){0,3}?(?:said|says|added|adds|continued|went on|explained|told\s+[\w\s]{1,30}?|wrote)(?:\s+\w+){0,3}\s*:)$/;

function endBeforeIntroduction(text: string, start: number, end: number): number {
  const m = INTRODUCTION.exec(text.slice(start, end));
  return m ? start + m.index + 1 : end;
}

function endBeforeSpace(text: string, markIndex: number): number {
  let end = markIndex;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function pushSpan(spans: QuoteSpan[], text: string, start: number, end: number, unclosed: boolean): void {
  if (end <= start || text.slice(start, end).trim() === '') return;
  spans.push(unclosed ? { start, end, unclosed } : { start, end, unclosed: false });
}

/**
 * A quote still open when its paragraph ends: normally a news-style piece that runs to the paragraph
 * end. But when an attribution clause follows a comma inside it (`…and see', the report said. More
 * narration`), the writer forgot the closing mark: the quoted words end at that comma.
 */
const FORGOTTEN_CLOSE =
  /,\s+(?:(?:the|a|an|its|his|her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|he|she|it|they|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:said|says|added|warned|argued|told)\b/;

function pushUnclosedAtEnd(spans: QuoteSpan[], text: string, start: number): void {
  const rest = text.slice(start);
  const forgotten = FORGOTTEN_CLOSE.exec(rest);
  if (forgotten) {
    const commaEnd = start + forgotten.index + forgotten[0].indexOf(',') + 1;
    pushSpan(spans, text, start, commaEnd, true);
    return;
  }
  pushSpan(spans, text, start, endBeforeSpace(text, text.length), true);
}
