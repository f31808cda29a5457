import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../content/searchText';
import { highlightQuery } from './highlight';

const marked = (text: string, query: string) =>
  highlightQuery(text, parseQuery(query))
    .filter((p) => p.match)
    .map((p) => p.text);

describe('highlightQuery', () => {
  it('marks whole words that match, folding case, accents and plurals, and keeps every character', () => {
    expect(marked('The Harbour board’s harbours plan', 'harbour ')).toEqual(['Harbour', 'harbours']);
    expect(marked('Zoë Quill speaks', 'zoe ')).toEqual(['Zoë']);
    const parts = highlightQuery('The Harbour board’s harbour plan', parseQuery('board '));
    expect(parts.map((p) => p.text).join('')).toBe('The Harbour board’s harbour plan');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['board’s']);
  });

  it('marks every word beginning with the word being typed', () => {
    expect(marked('Budget: budgets and a budgie', 'budg')).toEqual(['Budget', 'budgets', 'budgie']);
    expect(marked('Budget: budgets and a budgie', 'plan budget ')).toEqual(['Budget', 'budgets']);
  });

  it('returns the text unmarked when there is nothing to mark', () => {
    expect(highlightQuery('plain', parseQuery(''))).toEqual([{ text: 'plain', match: false }]);
    expect(marked('The end of the pier', 'the ')).toEqual([]);
  });
});
