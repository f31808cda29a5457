import { describe, expect, it } from 'vitest';
import { suggestRelated, type SuggestInput } from './suggest.ts';

const story = (id: string, text: string, extra: Partial<SuggestInput> = {}): SuggestInput => ({
  id,
  headline: id,
  updated: null,
  section: null,
  text,
  people: [],
  topics: [],
  ...extra,
});

describe('computed related stories', () => {
  const stories = [
    story('ferry-1', 'ferry harbour crossing timetable ferry captain harbour'),
    story('ferry-2', 'ferry harbour captain strike crossing ferry'),
    story('ferry-3', 'crossing timetable harbour ferry delays'),
    story('opera-1', 'opera soprano festival stage orchestra'),
    story('opera-2', 'opera festival orchestra conductor soprano'),
    story('opera-3', 'soprano stage conductor orchestra tour'),
  ];

  it('ranks stories with shared distinctive words first and never suggests the story itself', () => {
    const result = suggestRelated(stories, (id) => new Set([id]));
    const forFerry = result.get('ferry-1')!.map((s) => s.id);
    expect(forFerry.slice(0, 2).sort()).toEqual(['ferry-2', 'ferry-3']);
    expect(forFerry).not.toContain('ferry-1');
  });

  it('leaves out stories the page already lists', () => {
    const result = suggestRelated(stories, (id) => new Set([id, 'ferry-2']));
    expect(result.get('ferry-1')!.map((s) => s.id)).not.toContain('ferry-2');
  });

  it('uses shared people when the words do not overlap', () => {
    const result = suggestRelated(
      [...stories, story('x', 'lighthouse keeper', { people: ['mara-quill'] }), story('y', 'orchard harvest', { people: ['mara-quill'] })],
      (id) => new Set([id]),
    );
    expect(result.get('x')![0]!.id).toBe('y');
  });

  it('is deterministic', () => {
    expect(suggestRelated(stories, (id) => new Set([id]))).toEqual(suggestRelated(stories, (id) => new Set([id])));
  });
});
