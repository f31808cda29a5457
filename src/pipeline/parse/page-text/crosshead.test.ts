import { describe, expect, it } from 'vitest';
import { asCrosshead } from './crosshead.ts';

describe('asCrosshead', () => {
  it('takes short unpunctuated lines, stripping single quotes', () => {
    expect(asCrosshead('Rents and worries')).toEqual({ type: 'crosshead', text: 'Rents and worries' });
    expect(asCrosshead("'Stop living apart'")).toEqual({ type: 'crosshead', text: 'Stop living apart', quoted: true });
    expect(asCrosshead('What next?')).toEqual({ type: 'crosshead', text: 'What next?' });
  });

  it('leaves prose, long lines and fragments alone', () => {
    expect(asCrosshead('The ferry sails.')).toBeNull();
    expect(asCrosshead('He told the meeting:')).toBeNull();
    expect(asCrosshead('A line that goes on for far too many words to be a heading here')).toBeNull();
    expect(asCrosshead('"We will not')).toBeNull();
    expect(asCrosshead('and then the ferry')).toBeNull();
    expect(asCrosshead('Why would anybody on the island want to pay more for this?')).toBeNull();
  });
});
