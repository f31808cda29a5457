import { describe, expect, it } from 'vitest';
import { buildTitleIndex, normaliseTitle, resolveRelated } from './related.ts';

const index = buildTitleIndex([
  { id: 'harbour-bridge-reopens-1', headline: 'Harbour bridge reopens' },
  { id: 'q-and-a-rates-2', headline: "Q&A: What the rate rise means" },
  { id: 'mayor-quits-3', headline: 'Mayor Ellery quits' },
]);

describe('related titles', () => {
  it('normalises case, punctuation, ampersands and curly apostrophes', () => {
    expect(normaliseTitle('  Q&A: What’s next?  ')).toBe('q and a whats next');
  });
  it('matches titles tolerantly and leaves unknown ones unlinked', () => {
    const related = resolveRelated(
      [
        { title: 'HARBOUR BRIDGE RE-OPENS', date: null, section: null, id: null },
        { title: 'Harbour Bridge reopens.', date: '2025-01-02', section: 'World', id: null },
        { title: 'Profile: Mayor Ellery quits', date: null, section: null, id: null },
        { title: 'A story from elsewhere', date: null, section: null, id: null },
      ],
      'self-0',
      index,
    );
    expect(related.map((r) => r.id)).toEqual([null, 'harbour-bridge-reopens-1', 'mayor-quits-3', null]);
  });
  it('never links an article to itself', () => {
    expect(index.resolve('Mayor Ellery quits', 'mayor-quits-3')).toBeNull();
  });
});
