import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quoteMarks.ts';

const texts = (text: string) => findQuoteSpans(text).map((s) => ({ text: text.slice(s.start, s.end), unclosed: s.unclosed }));

describe('findQuoteSpans', () => {
  it('finds straight and curly quotations with offsets of the words between the marks', () => {
    expect(texts('"We will win," said Mara Quill. She called it \u201ca fine day\u201d.')).toEqual([
      { text: 'We will win,', unclosed: false },
      { text: 'a fine day', unclosed: false },
    ]);
  });

  it('marks a paragraph left open (news style) as unclosed, to the paragraph end', () => {
    expect(texts('"The harbour will reopen next spring.  ')).toEqual([{ text: 'The harbour will reopen next spring.', unclosed: true }]);
  });

  it('ends an unclosed piece before the space preceding a new opening mark (lost paragraph break)', () => {
    expect(texts('"We shut for 26 weeks. "We are going back," she said.')).toEqual([
      { text: 'We shut for 26 weeks.', unclosed: true },
      { text: 'We are going back,', unclosed: false },
    ]);
  });

  it('leaves out the narration that introduces the next quotation when a paragraph break was lost', () => {
    expect(texts('Mr Ekwe said: "I spent two winters at sea. He added: "The crew kept me going."')).toEqual([
      { text: 'I spent two winters at sea.', unclosed: true },
      { text: 'The crew kept me going.', unclosed: false },
    ]);
    // A quoted sentence that itself ends with a colon is no introduction: "Our plan is simple:".
    expect(texts('She said: "Our plan is simple: "build it".')[0]?.text).toBe('Our plan is simple:');
  });

  it('ends a quote whose closing mark was forgotten at the attribution clause', () => {
    const found = texts('"Rates will rise and then fall, the ministry said in its note. Growth slowed.');
    expect(found).toEqual([{ text: 'Rates will rise and then fall,', unclosed: true }]);
  });

  it('ignores single quotes and a stray closing mark', () => {
    expect(texts("The 'Blue Door' plan was dropped\u201d today.")).toEqual([]);
  });
});
