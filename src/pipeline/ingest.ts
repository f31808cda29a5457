/**
 * The whole pipeline over a content folder: list → (decode → parse → enrich, per file, cached by
 * content hash, in worker threads when many) → link → write. Keeps its caches between runs, so
 * the dev server rebuilds after an edit by redoing only the changed file plus the collection-wide
 * link and write steps.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestReport } from '../content/schema.ts';
import { byCodeUnit, listContent } from './read/walk.ts';
import { readSources } from './read/readSource.ts';
import { processFile, type FileResult } from './processFile.ts';
import { MIN_FILES_FOR_WORKERS, runInWorkers, workerCount } from './pool.ts';
import { linkCollection, type LinkedCollection } from './link/index.ts';
import { renderOutput } from './write/render.ts';
import { writeFiles, type WriteStats } from './write/files.ts';
import { contentHash } from './ids.ts';
import type { EnrichedArticle } from './types.ts';

export interface IngestOptions {
  contentDir: string;
  outDir: string;
  /** Worker threads for cold runs; 0 processes everything in this thread. */
  workers?: number;
}

export interface IngestResult {
  report: IngestReport;
  collection: LinkedCollection;
  stats: WriteStats;
  timings: { listMs: number; processMs: number; linkMs: number; writeMs: number; totalMs: number };
  processed: number;
  cached: number;
}

export class Pipeline {
  private readonly fileCache = new Map<string, FileResult>();
  private lastOutput: Map<string, string> | undefined;
  private codeVersion: Promise<string> | undefined;

  constructor(private readonly options: IngestOptions) {}

  async run(): Promise<IngestResult> {
    const started = performance.now();
    const { sources, ignored, failed } = await listContent(this.options.contentDir);
    const version = await (this.codeVersion ??= pipelineCodeVersion());
    // Reading never throws: a file that vanished or cannot be read becomes a rejection, not a crash.
    const loaded = await readSources(sources);
    const unreadable = [...failed, ...loaded.flatMap((l) => (l.ok ? [] : [{ source: l.source, reason: l.reason }]))];
    const files = loaded.flatMap((l) =>
      l.ok ? [{ ...l, key: contentHash(`${version}\0${l.source}\0${contentHash(l.bytes)}`) }] : [],
    );
    const listed = performance.now();

    const misses = files.filter((f) => !this.fileCache.has(f.key));
    const threads = this.options.workers ?? workerCount();
    const fresh =
      misses.length >= MIN_FILES_FOR_WORKERS && threads > 0
        ? await runInWorkers(misses.map(({ source, bytes }) => ({ source, bytes })), threads)
        : misses.map((f) => processFile(f.source, f.bytes));
    misses.forEach((f, i) => this.fileCache.set(f.key, fresh[i]!));
    const live = new Set(files.map((f) => f.key));
    for (const key of this.fileCache.keys()) if (!live.has(key)) this.fileCache.delete(key);
    const results = [
      ...files.map((f) => this.fileCache.get(f.key)!),
      ...unreadable.map((u): FileResult => ({ kind: 'rejected', ...u, warnings: [] })),
    ].sort((a, b) => byCodeUnit(a.source, b.source));
    const processed = performance.now();

    const report = buildReport(results, ignored);
    const enriched = results.flatMap((r): EnrichedArticle[] => (r.kind === 'article' ? [r.article] : []));
    const collection = linkCollection(enriched);
    const linked = performance.now();

    const output = renderOutput(collection, report, this.lastOutput);
    const stats = await writeFiles(this.options.outDir, output, this.lastOutput);
    this.lastOutput = output;
    const written = performance.now();

    return {
      report,
      collection,
      stats,
      processed: misses.length,
      cached: files.length - misses.length,
      timings: {
        listMs: listed - started,
        processMs: processed - listed,
        linkMs: linked - processed,
        writeMs: written - linked,
        totalMs: written - started,
      },
    };
  }
}

export function buildReport(results: FileResult[], ignored: IngestReport['ignored']): IngestReport {
  const report: IngestReport = { read: results.length, written: 0, rejected: [], ignored, warnings: [] };
  for (const result of results) {
    if (result.kind === 'article') report.written++;
    else report.rejected.push({ source: result.source, reason: result.reason });
    for (const w of result.warnings) report.warnings.push({ source: result.source, line: w.line, message: w.message });
  }
  return report;
}

/**
 * A hash of the pipeline's own source, so cached per-file results are dropped when the code that
 * produced them changes.
 */
async function pipelineCodeVersion(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const roots = [here, path.join(here, '..', 'content')];
  const parts: string[] = [];
  for (const root of roots) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) parts.push(file.slice(root.length), await readFile(file, 'utf8'));
  }
  return contentHash(parts.join('\0'));
}
