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
    story('ferry-1', 'ferry harbour crossing timetable ferry captain harbour pier gangway deckhand'),
    story('ferry-2', 'ferry harbour captain strike crossing ferry pier gangway deckhand timetable'),
    story('ferry-3', 'crossing timetable harbour ferry delays captain pier gangway deckhand'),
    story('opera-1', 'opera soprano festival stage orchestra'),
    story('opera-2', 'opera festival orchestra conductor soprano'),
    story('opera-3', 'soprano stage conductor orchestra tour'),
    ...Array.from({ length: 6 }, (_, i) => story(`other-${i}`, `kettle spoon ladle ${i} quilt`)),
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

  it('links on a shared person and a shared topic when the words do not overlap, never on the person alone', () => {
    const result = suggestRelated(
      [
        ...stories,
        story('x', 'lighthouse keeper', { people: ['mara-quill'], topics: ['coastguard'] }),
        story('y', 'orchard harvest', { people: ['mara-quill'], topics: ['coastguard'] }),
        story('z', 'violin recital', { people: ['mara-quill'] }),
      ],
      (id) => new Set([id]),
    );
    expect(result.get('x')!.map((s) => s.id)).toEqual(['y']);
    expect(result.get('z')).toEqual([]);
  });

  it('never links on one shared surname or keyword alone, nor on a shared section', () => {
    // "Brannock" the sprinter and "Brannock & Brannock" the drug maker share one distinctive word and a section.
    const filler = Array.from({ length: 8 }, (_, i) => story(`other-${i}`, `kettle spoon ladle ${i} quilt`));
    const result = suggestRelated(
      [
        ...filler,
        story('sprinter', 'Brannock sprint record stadium hurdles medal Brannock', { topics: ['section-news'] }),
        story('drugmaker', 'Brannock Brannock shares pharmacy recall tablets Brannock', { topics: ['section-news'] }),
      ],
      (id) => new Set([id]),
      { sectionTopics: new Set(['section-news']) },
    );
    expect(result.get('sprinter')).toEqual([]);
    expect(result.get('drugmaker')).toEqual([]);
  });

  it('links on several shared distinctive words alone', () => {
    const filler = Array.from({ length: 8 }, (_, i) => story(`other-${i}`, `kettle spoon ladle ${i} quilt`));
    const result = suggestRelated(
      [...filler, story('a', 'glacier moraine crevasse icefall serac cirque'), story('b', 'a tarn below the cirque, then serac and icefall, a crevasse, the moraine and a glacier')],
      (id) => new Set([id]),
    );
    expect(result.get('a')!.map((s) => s.id)).toEqual(['b']);
  });

  it('never lists a near-duplicate of the story, nor two near-duplicates of each other', () => {
    const report = 'The harbour board of Wendmouth voted on Tuesday to close the old ferry slipway after the storm cracked its deck and the ferry captains asked for a new berth before the winter timetable begins in the autumn';
    const result = suggestRelated(
      [
        ...Array.from({ length: 8 }, (_, i) => story(`other-${i}`, `kettle spoon ladle ${i} quilt`)),
        story('original', report),
        story('copy-edited', `${report} with a late correction`),
        story('copy-two', `Update: ${report}`),
        story('follow-up', 'Wendmouth ferry slipway repairs begin as harbour board hires divers to inspect the cracked deck and captains welcome the berth'),
      ],
      (id) => new Set([id]),
    );
    expect(result.get('original')!.map((s) => s.id)).toEqual(['follow-up']);
    const forFollowUp = result.get('follow-up')!.map((s) => s.id);
    expect(forFollowUp).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(suggestRelated(stories, (id) => new Set([id]))).toEqual(suggestRelated(stories, (id) => new Set([id])));
  });
});
