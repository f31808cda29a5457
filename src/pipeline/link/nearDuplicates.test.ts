import { describe, expect, it } from 'vitest';
import { isNearDuplicate, similarity, sketch } from './nearDuplicates.ts';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${(i * 7919) % 1000}`).join(' ');

describe('near-duplicate sketches', () => {
  it('scores a story against itself 1, against an unrelated story 0', () => {
    const a = sketch(words(300, 'w'));
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, sketch(words(300, 'v')))).toBe(0);
  });

  it('finds a copy with a changed opening and an added paragraph; not a story sharing a quarter of its text', () => {
    const body = words(400, 'w');
    expect(isNearDuplicate(sketch(body), sketch(`Corrected: ${body} ${words(30, 'x')}`))).toBe(true);
    const quarter = `${words(100, 'w')} ${words(300, 'z')}`;
    expect(isNearDuplicate(sketch(body), sketch(quarter))).toBe(false);
  });

  it("keeps no more than its own hashes: a long story's sketch does not hold every shingle's hash", () => {
    // The link holds every story's sketch at once; a view into the array of all hashes kept ~2 KB a story.
    const long = sketch(words(2000, 'w'));
    expect(long.length).toBe(64);
    expect(long.buffer.byteLength).toBe(long.byteLength);
  });

  it('handles stories shorter than a shingle, and empty ones', () => {
    expect(similarity(sketch('Three short words'), sketch('three short words'))).toBe(1);
    expect(similarity(sketch(''), sketch('anything'))).toBe(0);
  });
});
