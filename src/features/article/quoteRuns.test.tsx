import { describe, expect, it } from 'vitest';
import type { Quote } from '../../content/schema';
import { paragraphTexts, quoteAt, sampleArticle } from '../../test/fixtures';
import { quotesForBlock, splitIntoRuns } from './quoteRuns';

const someone = { name: 'Ada Pell', personId: 'ada-pell', type: 'person' } as const;
const q = (id: string, start: number, end: number, text: string, block = 0): Quote => ({
  id,
  text,
  speaker: someone,
  block,
  child: null,
  start,
  end,
});

const joined = (runs: ReturnType<typeof splitIntoRuns>) => runs.map((r) => r.text).join('');

describe('splitIntoRuns', () => {
  it('splits around quotes by offsets and keeps every character', () => {
    const text = paragraphTexts.P1;
    const runs = splitIntoRuns(text, quotesForBlock(sampleArticle.quotes, 1));
    expect(joined(runs)).toBe(text);
    expect(runs.map((r) => r.kind)).toEqual(['quote', 'text', 'quote']);
    expect(runs[0]).toMatchObject({ kind: 'quote', text: '"We listened to every letter,"' });
    expect(runs[2]).toMatchObject({ kind: 'quote', text: '"Nobody will wait more than an hour."' });
  });

  it('takes curly quotation marks into the highlight', () => {
    const text = 'She said \u201Cnot today\u201D and left.';
    const runs = splitIntoRuns(text, [q('q1', 10, 19, 'not today')]);
    expect(runs.map((r) => r.text)).toEqual(['She said ', '\u201Cnot today\u201D', ' and left.']);
  });

  it('leaves an unclosed quote open at the end of its paragraph', () => {
    const text = 'He began: "The first part runs on';
    const runs = splitIntoRuns(text, [{ ...q('q1', 11, text.length, 'The first part runs on'), unclosed: true }]);
    expect(runs.map((r) => r.text)).toEqual(['He began: ', '"The first part runs on']);
  });

  it('orders quotes by position whatever order they arrive in', () => {
    const text = '"One," she said, "two."';
    const runs = splitIntoRuns(text, [q('q2', 18, 22, 'two.'), q('q1', 1, 5, 'One,')]);
    expect(runs.filter((r) => r.kind === 'quote').map((r) => r.quote.id)).toEqual(['q1', 'q2']);
    expect(joined(runs)).toBe(text);
  });

  it('ignores overlapping quotes after the first', () => {
    const text = 'They called it "a long, long road" again.';
    const runs = splitIntoRuns(text, [q('q1', 16, 33, 'a long, long road'), q('q2', 24, 33, 'long road')]);
    const quotes = runs.filter((r) => r.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ quote: { id: 'q1' } });
    expect(joined(runs)).toBe(text);
  });

  it('ignores invalid offsets safely and keeps the text as plain text', () => {
    const text = 'Short text with "words" in it.';
    const bad = [
      q('q1', 40, 50, 'beyond'), // past the end
      q('q2', 10, 5, 'reversed'), // end before start
      q('q3', 17, 17, ''), // empty
      q('q4', 0, 5, 'wrong'), // offsets do not match the quote text
      q('q5', -1, 3, 'Sho'), // negative
      q('q6', 1.5, 4, 'hor'), // not an integer
    ];
    const runs = splitIntoRuns(text, bad);
    expect(runs).toEqual([{ kind: 'text', text, start: 0 }]);
  });

  it('returns no runs for empty text and one run for text without quotes', () => {
    expect(splitIntoRuns('', [])).toEqual([]);
    expect(splitIntoRuns('Plain words.', [])).toEqual([{ kind: 'text', text: 'Plain words.', start: 0 }]);
  });
});

describe('quotesForBlock', () => {
  it('separates analysis-box quotes (by child) from body quotes', () => {
    const analysisIndex = sampleArticle.blocks.findIndex((b) => b.type === 'analysis');
    expect(quotesForBlock(sampleArticle.quotes, analysisIndex, null)).toEqual([]);
    const inBox = quotesForBlock(sampleArticle.quotes, analysisIndex, 0);
    expect(inBox.map((x) => x.id)).toEqual(['q5']);
    const runs = splitIntoRuns(paragraphTexts.A0, inBox);
    expect(runs.find((r) => r.kind === 'quote')?.text).toBe('"Promises are cheap in winter,"');
  });

  it('does not treat an analysis quote as a quote of the body paragraph with the same index', () => {
    const text = paragraphTexts.A0;
    const boxQuote = quoteAt('q9', 'Promises are cheap in winter,', text, 2, someone, 0);
    expect(quotesForBlock([boxQuote], 2)).toEqual([]);
  });
});
