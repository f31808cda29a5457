/**
 * Whether the dev server can keep its rebuild caches for an archive this large in this process's heap.
 * The two-phase rebuild (devRebuild.ts) keeps, per story, its enriched form, term counts, topic work, linked
 * object and the link's per-story state (ingest.ts, `rebuilds: true`); a run over the whole archive needs
 * its working set on top. V8's heap limit cannot be raised in a running process, and a dev server that
 * runs out of heap dies ("Ineffective mark-compacts near heap limit"), so the choice is made once, at start:
 * when the estimate does not fit, the dev server rebuilds the whole archive after each edit without keeping
 * per-story caches (a one-off run's memory), and says how to start it with a larger heap.
 */

/**
 * What the dev server keeps per story after a run (live heap after a forced collection, dev server minus a
 * one-off run: ~20 KB at 10,000 generated stories; ~23 KB measured at 100,000), rounded up for stories longer than the
 * generated ones. docs/performance.md, "6 December 2026, late afternoon: the dev server's memory".
 */
export const KEPT_BYTES_PER_STORY = 28_000;
/** A run's own working set per story (a one-off run at 100,000 stories peaks at 1.74 GB resident). */
export const RUN_BYTES_PER_STORY = 18_000;
/** The server, Vite and the pipeline's code. */
const BASE_BYTES = 200e6;
/** The share of the heap limit the estimate may use: V8 collects ever harder, and slower, near its limit. */
const USABLE_SHARE = 0.85;

export interface DevMemoryPlan {
  /** Keep the per-story caches (the two-phase rebuild), or run each rebuild as a one-off run. */
  rebuilds: boolean;
  neededMb: number;
  limitMb: number;
  /** What to tell the writer when the caches are not kept; null when they are. */
  message: string | null;
}

export function devMemoryPlan(stories: number, heapLimitBytes: number): DevMemoryPlan {
  const needed = BASE_BYTES + stories * (KEPT_BYTES_PER_STORY + RUN_BYTES_PER_STORY);
  const neededMb = Math.ceil(needed / 2 ** 20);
  const limitMb = Math.floor(heapLimitBytes / 2 ** 20);
  if (needed <= heapLimitBytes * USABLE_SHARE) return { rebuilds: true, neededMb, limitMb, message: null };
  // A whole number of GiB above what is needed, so the advice still holds after the archive grows a little.
  const suggestMb = Math.ceil(needed / USABLE_SHARE / 2 ** 30) * 1024;
  return {
    rebuilds: false,
    neededMb,
    limitMb,
    message:
      `${stories.toLocaleString('en')} stories: fast rebuilds (an edit visible in under a second) need about ${neededMb.toLocaleString('en')} MB ` +
      `of heap, more than this Node allows (${limitMb.toLocaleString('en')} MB). Each edit now rebuilds the whole archive, ` +
      `keeping no per-story caches, which is slow on an archive this large. For fast rebuilds, restart with a larger heap: ` +
      `NODE_OPTIONS=--max-old-space-size=${suggestMb} npm run dev (Windows: set NODE_OPTIONS=--max-old-space-size=${suggestMb}, ` +
      `then npm run dev), on a machine with that much free memory.`,
  };
}
