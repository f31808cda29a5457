/**
 * Ingest figures. Cold: the CLI as `npm run ingest` runs it (`node scripts/ingest.mjs`) as a child process into a fresh output
 * folder, wall time and peak memory of its process tree. Rebuild: the dev-server path, in this process —
 * one Pipeline, run() once, one source file edited, then the dev server's two phases: edited([file]) ("edit
 * visible", judged against the 2 s target) and run() ("archive consistent", timed from the edit).
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Pipeline } from '../../src/pipeline/ingest.ts';
import { listContent } from '../../src/pipeline/read/walk.ts';
import type { Collection } from './collections.ts';
import { figure, median, na, type Figure } from './figures.ts';
import { runMeasured } from './processes.ts';

export interface ColdIngest {
  seconds: Figure;
  rate: Figure;
  ratePerCore: Figure;
  peakMemory: Figure;
  /** User + system CPU seconds of the run whose wall time is the median, with the load average after it. */
  cpu: Figure;
  written: number | null;
}

/** The 1, 5 and 15 minute load averages, as the figures' notes quote them: wall time follows the load. */
export const loadAverage = () => `load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;

/** Cores the pipeline can use: its worker pool takes min(available, 8). */
export const cores = () => Math.max(1, Math.min(os.availableParallelism(), 8));

/** One cold ingest into a fresh folder: wall time, peak memory and articles written, or why it failed. */
async function oneColdIngest(collection: Collection, outDir: string, logFile: string, repoRoot: string, articles: number, timeoutMin?: number) {
  await rm(outDir, { recursive: true, force: true });
  const run = await runMeasured(process.execPath, ['scripts/ingest.mjs', collection.contentDir, '--out', outDir], {
    cwd: repoRoot,
    logFile,
    ...(timeoutMin ? { timeoutMs: timeoutMin * 60_000 } : {}),
  });
  if (run.timedOut) {
    const peak = run.peakBytes ? `; peak so far ${(run.peakBytes / 1e6).toFixed(0)} MB` : '';
    return { failure: `ingest did not finish within ${timeoutMin} min (--ingest-timeout-min)${peak}`, written: null };
  }
  if (run.code !== 0) return { failure: `ingest exited ${run.code}: ${run.output.trim().split('\n').pop() ?? ''}`.slice(0, 200), written: null };
  const written = Number(/written (\d+)/.exec(run.output)?.[1] ?? articles);
  // A pipeline that rejects most files is broken (say, mid-edit in the working tree): its speed means nothing.
  if (articles > 0 && written < articles / 2) {
    return { failure: `pipeline wrote only ${written} of ${articles} articles: ${/rejected {2}\S+: (.*)/.exec(run.output)?.[1] ?? 'see the ingest log'}`.slice(0, 200), written };
  }
  return { failure: null, written, seconds: run.ms / 1000, cpuSeconds: run.cpuSeconds, load: loadAverage(), peakBytes: run.peakBytes, peakMethod: run.peakMethod };
}

/**
 * Cold ingest, `runs` times into an empty folder, reported as the median run: on this machine one cold run
 * of the BBC collection varied from 15 to 24 s (writing tens of thousands of small files), so one run
 * cannot judge a per-core target. Peak memory is the largest of the runs.
 */
export async function coldIngest(
  collection: Collection,
  benchDir: string,
  repoRoot: string,
  articles: number,
  timeoutMin?: number,
  runs = 1,
): Promise<ColdIngest> {
  const outDir = path.join(benchDir, `ingest-${collection.name}`);
  const times: number[] = [];
  const cpus: Array<{ seconds: number | null; load: string }> = [];
  let peak: number | null = null;
  let peakMethod: string | undefined;
  let written = 0;
  for (let i = 0; i < runs; i++) {
    const run = await oneColdIngest(collection, outDir, path.join(benchDir, `ingest-${collection.name}.log`), repoRoot, articles, timeoutMin);
    if (run.failure !== null) {
      const reason = runs > 1 ? `run ${i + 1} of ${runs}: ${run.failure}` : run.failure;
      return { seconds: na(reason, 's'), rate: na(reason), ratePerCore: na(reason), peakMemory: na(reason), cpu: na(reason, 's'), written: run.written };
    }
    times.push(run.seconds!);
    cpus.push({ seconds: run.cpuSeconds ?? null, load: run.load! });
    written = run.written;
    if (run.peakBytes != null && (peak === null || run.peakBytes > peak)) {
      peak = run.peakBytes;
      peakMethod = run.peakMethod;
    }
  }
  const seconds = median(times);
  // The CPU time of the median run (for an even count, the lower middle one), so wall and CPU describe one run.
  const medianRun = cpus[times.indexOf([...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!)]!;
  const rate = written / seconds;
  const spread = runs > 1 ? `median of ${runs} cold runs (${times.map((t) => t.toFixed(1)).join(', ')} s)` : undefined;
  return {
    seconds: figure(seconds, 's', spread ? { note: spread } : {}),
    rate: figure(rate, 'articles/s', spread ? { note: spread } : {}),
    ratePerCore: figure(rate / cores(), 'articles/s/core', { note: `${cores()} cores${spread ? `; ${spread}` : ''}` }),
    cpu: medianRun.seconds === null ? na('no /usr/bin/time', 's') : figure(medianRun.seconds, 's', { note: `user + sys of the median run; ${medianRun.load}` }),
    peakMemory: peak === null ? na('no /usr/bin/time and /proc not readable', 'MB') : figure(peak / 1e6, 'MB', { note: runs > 1 ? `${peakMethod}; largest of ${runs} runs` : peakMethod }),
    written,
  };
}

/** The rebuild after one edit, in the dev server's two phases (src/pipeline/devRebuild.ts). */
export interface Rebuild {
  /** Phase 1: the edited story's own file written (Pipeline.edited). The figure judged against ≤ 2 s at 100k. */
  visible: Figure;
  /** Phase 1 and then phase 2 (Pipeline.run): every file what a cold build writes, timed from the edit. */
  consistent: Figure;
}

/**
 * The rebuild after one change. Shared or bundled collections are copied first (never edited in place);
 * generated ones are edited and restored.
 */
export async function rebuildAfterOneChange(collection: Collection, benchDir: string): Promise<Rebuild> {
  let contentDir = collection.contentDir;
  if (!collection.generated) {
    contentDir = path.join(benchDir, `copy-${collection.name}`);
    await rm(contentDir, { recursive: true, force: true });
    await cp(collection.contentDir, contentDir, { recursive: true });
  }
  const { sources } = await listContent(contentDir);
  const target = sources[Math.floor(sources.length / 2)];
  if (!target) return { visible: na('collection has no .txt sources', 's'), consistent: na('collection has no .txt sources', 's') };
  const outDir = path.join(benchDir, `rebuild-${collection.name}`);
  await rm(outDir, { recursive: true, force: true });
  // As the dev server runs it: every change reported through edited() (its watcher).
  const pipeline = new Pipeline({ contentDir, outDir, changesReported: true });
  const first = await pipeline.run();
  const original = await readFile(target.absolute);
  try {
    await writeFile(target.absolute, withAddedParagraph(original));
    const edited = await pipeline.edited([target.absolute]);
    const second = await pipeline.run();
    const t = second.timings;
    const visibleMs = edited.done ? edited.timings.totalMs : 0;
    const visible = edited.done
      ? figure(edited.timings.totalMs / 1000, 's', {
          note: `${edited.written.length} files written`,
          parts: { read: edited.timings.readMs / 1000, link: edited.timings.linkMs / 1000, write: edited.timings.writeMs / 1000 },
        })
      : na(`phase 1 not used: ${edited.reason}`, 's');
    const consistent = figure((visibleMs + t.totalMs) / 1000, 's', {
      note: `${second.processed} processed, ${second.cached} cached; ${second.stats.written} files written; ${second.link.rescored} related lists re-scored; people merge ${second.link.peopleReused ? 'reused' : 'run again'}`,
      parts: {
        visible: visibleMs / 1000,
        list: t.listMs / 1000,
        process: t.processMs / 1000,
        link: t.linkMs / 1000,
        write: t.writeMs / 1000,
        // The in-process cold run before the edit, by stage: where a cold ingest spends its time.
        coldTotal: first.timings.totalMs / 1000,
        coldProcess: first.timings.processMs / 1000,
        coldLink: first.timings.linkMs / 1000,
        coldWrite: first.timings.writeMs / 1000,
      },
    });
    return { visible, consistent };
  } finally {
    await writeFile(target.absolute, original);
  }
}

/** An edit a writer might make: one more paragraph before the end of the body. */
function withAddedParagraph(bytes: Buffer): Buffer {
  // Bytes, not text: the file may be in Windows-1252, and the edit is plain ASCII either way.
  const added = Buffer.from('A correction was added to this story after publication, and the figures above now reflect it.');
  let end = bytes.indexOf('\nPrint Sponsor');
  // A generated page has no "Print Sponsor" line, and text after its closing furniture is not part of the
  // story (the edit would change nothing): there the paragraph goes after the first long line, in the body.
  if (end < 0) end = firstBodyLineEnd(bytes);
  if (end < 0) return Buffer.concat([bytes, Buffer.from('\n\n'), added, Buffer.from('\n')]);
  return Buffer.concat([bytes.subarray(0, end), Buffer.from('\n'), added, Buffer.from('\n'), bytes.subarray(end)]);
}

/** Where the first line of 80 bytes or more ends (a body paragraph, after the headline and standfirst); -1 if none. */
function firstBodyLineEnd(bytes: Buffer): number {
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf('\n', start);
    const stop = end < 0 ? bytes.length : end;
    if (stop - start >= 80) return stop;
    if (end < 0) return -1;
    start = end + 1;
  }
  return -1;
}
