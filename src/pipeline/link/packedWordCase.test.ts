import { describe, expect, it } from 'vitest';
import { PackedWordCase, sumWordCase, wordCaseCounts } from './topicEvidence.ts';

const texts = [
  'The Harbour Trust met on Monday. The trust said the harbour would open in May, and Harbour Master Ilse Varna agreed.',
  'Varna Shipping and the Port of Tollervey signed a deal; shipping rates fell, the port said.',
  'MAY DAY: the parade in May passed the harbour at noon.',
];

describe('PackedWordCase: the word-case counts kept between rebuilds, packed', () => {
  it('sums to what the counts it was made from sum to, word by word and in the same order', () => {
    const counts = texts.map(wordCaseCounts);
    const packed = counts.map((c) => PackedWordCase.of(c));
    for (const watched of [new Set(['harbour', 'may', 'port', 'shipping', 'varna', 'trust']), new Set(['harbour'])]) {
      const plain = sumWordCase(counts, watched);
      const kept = sumWordCase(packed, watched);
      for (const key of ['lower', 'capital', 'inLongerName'] as const) expect([...kept[key]]).toEqual([...plain[key]]);
    }
    expect(packed.map((p) => p.size)).toEqual(counts.map((c) => c.size));
    const asTriple = (c: number | readonly number[] | undefined) => (typeof c === 'number' ? [c, 0, 0] : c);
    for (const [i, c] of counts.entries()) for (const [key, value] of c) expect(packed[i]!.get(key)).toEqual(asTriple(value));
    expect(packed[0]!.get('quenbury')).toBeUndefined();
  });

  it('keeps counts past 16 bits exactly, and small counts in 16 bits', () => {
    // An invented story that says one word 70,000 times: a 16-bit count would wrap to 4,464.
    const long = wordCaseCounts(`${'tide '.repeat(70_000)}Tide Ward and Ilse Varna.`);
    const packedLong = PackedWordCase.of(long);
    expect(packedLong.get('tide')).toEqual([70_000, 1, 1]);
    expect(sumWordCase([packedLong], new Set(['tide'])).lower.get('tide')).toBe(70_000);
    const small = PackedWordCase.of(wordCaseCounts(texts[0]!));
    // 4 bytes of word number, 2 of position and 3 x 2 of counts a word (plus padding to 4 bytes), not 4 + 4 + 12.
    expect(small.bytes).toBeLessThanOrEqual(12 * small.size + 8);
    expect(packedLong.bytes).toBeGreaterThan(16 * packedLong.size);
  });
});
