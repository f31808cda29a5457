import { describe, expect, it } from 'vitest';
import type { Item } from './items.ts';
import { matchPullQuote } from './pullQuote.ts';

const item = (text: string, gapBefore = 0): Item => ({ number: 1, text, gapBefore });

describe('matchPullQuote', () => {
  it('pairs quoted words with the name on the next line', () => {
    expect(matchPullQuote([item('The sea does not wait for committees'), item('Ewan Drummond')], 0, 2)).toEqual({
      type: 'pullquote',
      text: 'The sea does not wait for committees',
      speaker: { name: 'Ewan Drummond', personId: null, type: 'person' },
    });
  });

  it('takes the name from a speaker line with a description', () => {
    expect(matchPullQuote([item('The sea does not wait for committees'), item('Ewan Drummond, harbour master')], 0, 2)?.speaker.name).toBe('Ewan Drummond');
    expect(matchPullQuote([item('The sea does not wait for committees'), item('Ewan Drummond, BBC News, Lowmere')], 0, 2)).toBeNull();
  });

  it('strips quotation marks when the page prints them', () => {
    expect(matchPullQuote([item('"The sea does not wait"'), item('Ewan Drummond')], 0, 2)?.text).toBe('The sea does not wait');
  });

  it('accepts a blank line before the name unless the words read as a finished paragraph', () => {
    expect(matchPullQuote([item('The sea does not wait for committees'), item('Ewan Drummond', 1)], 0, 2)).not.toBeNull();
    expect(matchPullQuote([item('The harbour master spoke to reporters.'), item('Ewan Drummond', 1)], 0, 2)).toBeNull();
  });

  it('needs a name line and a few words', () => {
    expect(matchPullQuote([item('The sea does not wait'), item('Rents and worries')], 0, 2)).toBeNull();
    expect(matchPullQuote([item('Never'), item('Ewan Drummond')], 0, 2)).toBeNull();
    expect(matchPullQuote([item('The sea does not wait'), item('Ewan Drummond')], 0, 1)).toBeNull();
  });
});
