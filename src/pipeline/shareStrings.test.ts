import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StringPool } from './shareStrings.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection. */
function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

// What a worker's message turns into: structuredClone copies each string as a worker message does.
const cloned = (count: number) =>
  structuredClone(Array.from({ length: count }, (_, i) => ({ type: 'paragraph', speaker: { type: 'person', name: `Invented Name ${i % 50}` }, text: `Line ${i} `.repeat(8) })));

describe('StringPool', () => {
  it('leaves every value as it was', () => {
    const items = cloned(500);
    const before = JSON.stringify(items);
    expect(new StringPool().share(items)).toBe(items);
    expect(JSON.stringify(items)).toBe(before);
  });

  it('makes the copies of a short string one string: the heap shrinks by about their size', () => {
    const items = cloned(100_000);
    const before = heapUsed();
    new StringPool().share(items);
    const after = heapUsed();
    // 300,000 short strings arrive as copies (~32 bytes each); shared, all but 52 of them go.
    expect(before - after).toBeGreaterThan(5_000_000);
    expect(items.length).toBe(100_000);
  });
});
