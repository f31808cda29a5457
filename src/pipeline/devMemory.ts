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
 * Heap per byte of source text, measured over the 10,000-story generated archive (24.3 MB of sources): what the
 * dev server keeps after a run (live heap and external memory after a forced collection, dev server minus a
 * one-off run: 141 MB, 5.8 a byte) plus a run's working set above that (the heap's peak during the run minus
 * what it keeps after: 150 MB, 6.2 a byte), rounded up. Was 14 (8.3 + 5.5) before the kept theme forms, search
 * terms and word-case counts were packed. Reckoned by bytes, not stories: most of what is kept (bodies, term and
 * word-case counts, linked objects) grows with a story's length, and real stories are longer than generated ones.
 * docs/performance.md, "6 December 2026, night: the dev server's memory, second round".
 */
export const HEAP_PER_SOURCE_BYTE = 12;
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
