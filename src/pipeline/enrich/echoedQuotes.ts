/**
 * A news story's first paragraph often lifts a phrase from a quotation it gives in full further down
 * ("The town's harbour is 'a museum piece', a councillor has said." … later: Jo Roe said: "Our harbour
 * is a museum piece."). The opening fragment has no attribution of its own, but the words are the
 * later speaker's: a quotation that appears word for word inside another quotation of the same story is
 * credited to that quotation's speaker — when exactly one speaker said those words, and the fragment's own
 * sentence names no other person: "Jo Roe asked Mr Doe whether he was 'a fraud'" before Mr Doe's "I am not
 * a fraud" shows someone repeating words put to him, not saying them first.
 */
import type { ArticleContext, Guess } from './rules/types.ts';
import type { QuoteFinding } from './speakers.ts';
import { UNNAMED_VIA } from './speakers.ts';

/** Fewer words than this match inside other quotations by chance ("very good"). */
const MIN_WORDS = 3;

/** A lifted phrase is short; a long unattributed quotation is a speech of its own. */
const MAX_WORDS = 20;
/** Every fragment is compared with every quotation: past this many (no real story has them) the pass is skipped. */
const MAX_QUOTATIONS = 300;

export const ECHO_VIA = 'echo of a quotation';

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Credits each unattributed speech quotation whose words another, attributed quotation holds in full. */
export function creditEchoes(ctx: ArticleContext, findings: QuoteFinding[]): void {
  if (findings.length > MAX_QUOTATIONS) return;
  const texts = findings.map((f) => words(f.site.unit.text.slice(f.site.span.start, f.site.span.end)));
  findings.forEach((f, i) => {
    if (f.kind !== 'speech' || f.guess !== null || f.via === UNNAMED_VIA) return;
    const fragment = texts[i]!;
    const length = fragment.trim().split(' ').length;
    if (length < MIN_WORDS || length > MAX_WORDS) return;
    // The distinct speakers (keyed by their guess) of the quotations that hold the fragment.
    const speakers = new Map<string, Guess>();
    findings.forEach((other, j) => {
      if (j === i || other.kind !== 'speech' || other.guess === null || other.guess.type === 'description') return;
      if (texts[j]!.length > fragment.length && texts[j]!.includes(fragment)) speakers.set(JSON.stringify(other.guess), other.guess);
    });
    if (speakers.size !== 1) return;
    const guess = [...speakers.values()][0]!;
    if (namesSomeoneElse(ctx, f, guess)) return;
    f.guess = guess;
    f.via = ECHO_VIA;
  });
}

/** Whether the quotation's sentence, outside the quotation, names a person other than `speaker`. */
function namesSomeoneElse(ctx: ArticleContext, f: QuoteFinding, speaker: Guess): boolean {
  const { unit, span, sentence } = f.site;
  const from = unit.offset + sentence.start;
  const to = unit.offset + sentence.end;
  const quote = { start: unit.offset + span.start, end: unit.offset + span.end };
  return ctx.people.mentions.some(
    (m) => m.start >= from && m.end <= to && (m.end <= quote.start || m.start >= quote.end) && !(speaker.type === 'person' && m.person === speaker.person),
  );
}
