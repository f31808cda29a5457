/**
 * A rebuild's related stories (suggestRelatedFrom with the last state) must be exactly what scoring the whole
 * collection again gives, while re-scoring only the few stories an edit can reach. Checked on invented
 * collections made by a seeded generator: words drawn with a long tail, people and topics shared by groups
 * of stories, dates spread over a year.
 */
import { describe, expect, it } from 'vitest';
import { suggestRelatedFrom, termCounts, weightedFrequency, type SuggestInput, type SuggestState } from './suggest.ts';
import { sketch } from './nearDuplicates.ts';
import { Rng } from '../../../scripts/generate/prng.ts';

const VOCABULARY = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);

function collection(size: number, seed: number): { stories: Array<SuggestInput & { words: string }>; next: () => number } {
  // The generator's seeded stream (mulberry32), so every run builds the same collections.
  const rng = new Rng(seed);
  const next = () => rng.next();
  // A long tail: word i is drawn with weight 1 / (i + 1), so a few are common and most are rare.
  const word = () => VOCABULARY[Math.floor(Math.exp(next() * Math.log(VOCABULARY.length)) - 1)]!;
  const stories = Array.from({ length: size }, (_, i): SuggestInput & { words: string } => {
    const group = i % 37;
    const text = Array.from({ length: 60 + Math.floor(next() * 80) }, word).join(' ');
    return {
      ...worked(text),
      id: `story-${i}`,
      headline: `Story ${i}`,
      updated: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365) * 86_400_000).toISOString(),
      section: `section-${i % 3}`,
      people: next() < 0.7 ? [`person-${group}`, ...(next() < 0.3 ? [`person-${(group * 7) % 37}`] : [])] : [],
      topics: [`section-${i % 3}`, ...(next() < 0.5 ? [`topic-${i % 11}`] : [])],
    };
  });
  return { stories, next };
}

const options = { sectionTopics: new Set(['section-0', 'section-1', 'section-2']) };
const ownOnly = (id: string) => new Set([id]);

function scoreAll(stories: SuggestInput[], previous?: SuggestState) {
  return suggestRelatedFrom(stories, ownOnly, options, previous);
}

/** A story's words as the link keeps them: term counts and sketch made once, the same objects until it is edited. */
function worked(text: string) {
  return { text: undefined, words: text, tf: termCounts(text), sketch: sketch(text) };
}

function withText(story: SuggestInput & { words: string }, text: string): SuggestInput & { words: string } {
  return { ...story, ...worked(text) };
}

describe('related stories after an edit', () => {
  it('equal a whole new scoring after each of a run of edits, each re-scoring a small share of the collection', () => {
    const { stories, next } = collection(600, 7);
    let state = scoreAll(stories).state;
    const rescored: number[] = [];
    for (let edit = 0; edit < 12; edit++) {
      const at = Math.floor(next() * stories.length);
      const story = stories[at]!;
      // A paragraph added: a dozen words, some rare, some new to the collection.
      const added = Array.from({ length: 12 }, (_, k) => (k % 4 === 0 ? `fresh${edit}w${k}` : VOCABULARY[Math.floor(next() * 400)]!));
      stories[at] = withText(story, `${story.words} ${added.join(' ')}`);
      const incremental = scoreAll(stories, state);
      const whole = scoreAll(stories);
      expect(incremental.incremental).toBe(true);
      expect(Object.fromEntries(incremental.result)).toEqual(Object.fromEntries(whole.result));
      rescored.push(incremental.rescored);
      state = incremental.state;
    }
    const mean = rescored.reduce((a, b) => a + b, 0) / rescored.length;
    // Before frequencies were bucketed and candidates kept, an edit re-scored every story sharing a word with
    // any story whose vector moved: most of a collection this size.
    expect(mean).toBeLessThan(stories.length * 0.15);
  }, 60_000);

  it('equal a whole new scoring when an edit changes people, topics, a headline or a date', () => {
    const { stories, next } = collection(400, 11);
    let state = scoreAll(stories).state;
    const edits: Array<(s: SuggestInput & { words: string }) => SuggestInput & { words: string }> = [
      (s) => ({ ...s, people: [...s.people, 'person-3'] }),
      (s) => ({ ...s, people: [] }),
      (s) => ({ ...s, topics: [...s.topics, 'topic-4'] }),
      (s) => ({ ...s, headline: `${s.headline} (corrected)` }),
      (s) => ({ ...s, updated: '2025-06-01T00:00:00.000Z' }),
    ];
    for (let round = 0; round < 3; round++) {
      for (const edit of edits) {
        const at = Math.floor(next() * stories.length);
        stories[at] = edit(stories[at]!);
        const incremental = scoreAll(stories, state);
        expect(Object.fromEntries(incremental.result)).toEqual(Object.fromEntries(scoreAll(stories).result));
        state = incremental.state;
      }
    }
  }, 60_000);

  it('equal a whole new scoring when a person goes over, or back under, the most stories a shared thing may link', () => {
    const { stories } = collection(400, 13);
    // 400 stories: a person in more than 24 (6%) links none of them. Put one person in exactly 24.
    for (let i = 0; i < 24; i++) stories[i * 10] = { ...stories[i * 10]!, people: ['person-many'] };
    let state = scoreAll(stories).state;
    stories[5] = { ...stories[5]!, people: ['person-many'] };
    let incremental = scoreAll(stories, state);
    expect(Object.fromEntries(incremental.result)).toEqual(Object.fromEntries(scoreAll(stories).result));
    state = incremental.state;
    stories[5] = { ...stories[5]!, people: [] };
    incremental = scoreAll(stories, state);
    expect(Object.fromEntries(incremental.result)).toEqual(Object.fromEntries(scoreAll(stories).result));
  });

  it('weighs a term by its frequency rounded down to a power of 1.25, and not at all alone or past the limit', () => {
    expect(weightedFrequency(1, 100)).toBe(0);
    expect(weightedFrequency(101, 100)).toBe(0);
    expect(weightedFrequency(2, 100)).toBeCloseTo(1.25 ** 3);
    // 40 and 41 share a bucket (1.25^16 ≈ 35.5 up to 1.25^17 ≈ 44.4); 45 is in the next.
    expect(weightedFrequency(40, 100)).toBe(weightedFrequency(41, 100));
    expect(weightedFrequency(45, 100)).toBeGreaterThan(weightedFrequency(44, 100));
  });
});
