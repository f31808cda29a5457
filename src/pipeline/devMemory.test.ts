import { describe, expect, it } from 'vitest';
import { devMemoryPlan, HEAP_PER_SOURCE_BYTE } from './devMemory.ts';

const GiB = 2 ** 30;

describe('devMemoryPlan: the dev server keeps its rebuild caches only when they fit the heap', () => {
  it('keeps them for an archive that fits, with no message', () => {
    const plan = devMemoryPlan(10_000, 25e6, 4 * GiB);
    expect(plan.rebuilds).toBe(true);
    expect(plan.message).toBeNull();
  });

  it('falls back to whole rebuilds for an archive that does not fit, and names the heap that would', () => {
    const plan = devMemoryPlan(200_000, 500e6, 4 * GiB);
    expect(plan.rebuilds).toBe(false);
    expect(plan.message).toContain('200,000 stories (477 MB)');
    const suggested = Number(/--max-old-space-size=(\d+)/.exec(plan.message ?? '')?.[1]);
    // The suggested heap is enough by the plan's own rule.
    expect(devMemoryPlan(200_000, 500e6, suggested * 2 ** 20).rebuilds).toBe(true);
    expect(suggested * 2 ** 20).toBeGreaterThan(500e6 * HEAP_PER_SOURCE_BYTE);
  });

  it('reckons by the sources\' size: the same number of longer stories may not fit', () => {
    expect(devMemoryPlan(100_000, 246e6, 4.345e9).rebuilds).toBe(true);
    expect(devMemoryPlan(100_000, 500e6, 4.345e9).rebuilds).toBe(false);
  });

  it('a larger heap limit (NODE_OPTIONS) turns the caches back on for the same archive', () => {
    expect(devMemoryPlan(150_000, 370e6, 4 * GiB).rebuilds).toBe(false);
    expect(devMemoryPlan(150_000, 370e6, 10 * GiB).rebuilds).toBe(true);
  });
});
