import { describe, expect, it } from 'vitest';
import { devMemoryPlan, KEPT_BYTES_PER_STORY, RUN_BYTES_PER_STORY } from './devMemory.ts';

const GiB = 2 ** 30;

describe('devMemoryPlan: the dev server keeps its rebuild caches only when they fit the heap', () => {
  it('keeps them for an archive that fits, with no message', () => {
    const plan = devMemoryPlan(10_000, 4 * GiB);
    expect(plan.rebuilds).toBe(true);
    expect(plan.message).toBeNull();
  });

  it('falls back to whole rebuilds for an archive that does not fit, and names the heap that would', () => {
    const plan = devMemoryPlan(200_000, 4 * GiB);
    expect(plan.rebuilds).toBe(false);
    expect(plan.message).toContain('200,000 stories');
    const suggested = Number(/--max-old-space-size=(\d+)/.exec(plan.message ?? '')?.[1]);
    // The suggested heap is enough by the plan's own rule.
    expect(devMemoryPlan(200_000, suggested * 2 ** 20).rebuilds).toBe(true);
    expect(suggested * 2 ** 20).toBeGreaterThan(200_000 * (KEPT_BYTES_PER_STORY + RUN_BYTES_PER_STORY));
  });

  it('a larger heap limit (NODE_OPTIONS) turns the caches back on for the same archive', () => {
    expect(devMemoryPlan(150_000, 4 * GiB).rebuilds).toBe(false);
    expect(devMemoryPlan(150_000, 10 * GiB).rebuilds).toBe(true);
  });
});
