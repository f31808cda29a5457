import { describe, expect, it } from 'vitest';
import { splitLostParagraphs } from './splitLostParagraphs.ts';

describe('splitLostParagraphs', () => {
  it('splits where a quotation opens after a finished sentence', () => {
    expect(splitLostParagraphs('The vote was close. "We won it fairly," she said.')).toEqual([
      'The vote was close.',
      '"We won it fairly," she said.',
    ]);
  });

  it('splits after a closed quotation and after a question', () => {
    expect(splitLostParagraphs('He called it "a new start." "It is overdue," he said. Is it? "Yes, 100%."')).toEqual([
      'He called it "a new start."',
      '"It is overdue," he said. Is it?',
      '"Yes, 100%."',
    ]);
    expect(splitLostParagraphs('"Will it sail?" "Not yet," she said.')).toEqual(['"Will it sail?"', '"Not yet," she said.']);
  });

  it('does not split a closing mark, a mid-sentence quotation or a sentence without a quotation', () => {
    const unchanged = [
      'The plan is "unworkable" and "costly", critics said.',
      'She said: "We will appeal."',
      'The ferry sails. The bus waits. Nobody minds.',
      'It ended. " And then" was a typo.',
      'It ended. "',
    ];
    for (const line of unchanged) expect(splitLostParagraphs(line)).toEqual([line]);
  });

  it('keeps the text exactly, apart from trimming', () => {
    const line = '  Fares rise by 3%.  "Too much,"  one rider said.  ';
    expect(splitLostParagraphs(line)).toEqual(['Fares rise by 3%.', '"Too much,"  one rider said.']);
  });

  it('treats an opening curly quotation mark the same way', () => {
    expect(splitLostParagraphs('The vote was close. \u201cWe won,\u201d she said.')).toHaveLength(2);
  });
});
