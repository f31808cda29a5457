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
 * Heap per byte of source text: what the dev server keeps after a run (live heap after a forced collection,
 * dev server minus a one-off run: 204 MB for the 24.7 MB of a 10,000-story generated archive, 8.3 a byte)
 * plus a run's working set above that (the heap's peak during the run minus what it keeps: 135 MB, 5.5 a
 * byte), rounded up. Reckoned by bytes, not stories: most of what is kept (bodies, term and word-case
 * counts, linked objects) grows with a story's length, and real stories are longer than generated ones.
 * docs/performance.md, "6 December 2026, late afternoon: the dev server's memory".
 */
export const HEAP_PER_SOURCE_BYTE = 14;
/** Vite, the server and the pipeline's code and module-wide tables. */
const BASE_BYTES = 100e6;
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

/** `sourceBytes`: the archive's sources, summed; `stories`: how many (for the message). */
export function devMemoryPlan(stories: number, sourceBytes: number, heapLimitBytes: number): DevMemoryPlan {
  const needed = BASE_BYTES + sourceBytes * HEAP_PER_SOURCE_BYTE;
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
      `${stories.toLocaleString('en')} stories (${Math.round(sourceBytes / 2 ** 20).toLocaleString('en')} MB): fast rebuilds (an edit visible in under a second) need about ${neededMb.toLocaleString('en')} MB ` +
      `of heap, more than this Node allows (${limitMb.toLocaleString('en')} MB). Each edit now rebuilds the whole archive, ` +
      `keeping no per-story caches, which is slow on an archive this large. For fast rebuilds, restart with a larger heap: ` +
      `NODE_OPTIONS=--max-old-space-size=${suggestMb} npm run dev (Windows: set NODE_OPTIONS=--max-old-space-size=${suggestMb}, ` +
      `then npm run dev), on a machine with that much free memory.`,
  };
}
