/** Who speaks: round 23's classes (docs/quotes.md, "Round 23"). Invented stories with invented names. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a short description the role lists lack, then a name and a finite verb', () => {
  it('"Late try scorer X is wary of …" then a bare quotation — X, not the fly-half who spoke before', () => {
    const story = [
      'Tarn Valley beat the Harriers 24-10 on Saturday.',
      '"We kept our shape when it mattered," said fly-half Bryn Talley. "The next games are hard, so we are glad of the start."',
      'Late try scorer Owen Mabry is wary of any loose chatter over a clean sweep for the Valley.',
      '"We have more nerve these days. A while back we might have folded early on."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Bryn Talley', 'Bryn Talley', 'Owen Mabry'], ranker: ['Bryn Talley', 'Bryn Talley', 'Owen Mabry'] });
  });
});
