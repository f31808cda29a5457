/**
 * A benchmark figure: a number with its unit, or `n/a` with the reason it could not be measured (a part
 * of the app not built yet, a tool missing). Every measurement degrades to n/a instead of failing the run.
 */
export interface Figure {
  value: number | null;
  unit: string;
  /** Why the value is missing, or a remark about how it was obtained. */
  note?: string;
  /** Sub-figures shown beside the main value (e.g. JS and data parts of a transfer). */
  parts?: Record<string, number>;
}

export const figure = (value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({ value, unit, ...extra });
export const na = (reason: string, unit = ''): Figure => ({ value: null, unit, note: reason });

/** The middle value (the mean of the two middle ones for an even count); repeated timings are judged by it. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a measurement; any exception becomes n/a with its message, so one failure costs one cell. */
export async function attempt(what: string, run: () => Promise<Figure>): Promise<Figure> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return na(`${what}: ${message}`.slice(0, 200));
  }
}

/** Results of one collection: metric key → figure, plus when and on what it was measured. */
export interface CollectionResult {
  name: string;
  contentDir: string;
  articles: number | null;
  measuredAt: string;
  figures: Record<string, Figure>;
}

export interface BenchResults {
  machine: { cpus: number; memoryGiB: number; node: string; platform: string };
  collections: Record<string, CollectionResult>;
}
