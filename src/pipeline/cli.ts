/**
 * `npm run ingest -- <content-dir> --out <out-dir> [--strict] [--workers N] [--force]`
 * Reads every .txt file under the content folder and writes the public data and report.json.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { Pipeline } from './ingest.ts';
import { ContentFolderError } from './read/walk.ts';
import { OutDirError } from './write/outDir.ts';

/**
 * How far V8 lets this process's heap grow past what its last full collection kept alive, in per cent.
 * V8's own factor is 1.1 to 4 by how fast the program allocates; an ingest allocates fast all the way, so its
 * resident memory ran at about twice its live heap (100,000 stories: ~1 GB live, 2.1–2.3 GB resident).
 * This is not a cap: the heap may grow as large as it needs, so no archive runs out of memory for it; the
 * collector only runs sooner. At 100,000 stories the peak went from 2,044 MB (V8's default, before other changes)
 * to 1,914 MB at 50 % and 1,751 MB at 25 %, for ~16 % more CPU than at 50 % (docs/performance.md, third round). The flag is process-wide, so the worker threads' heaps follow it too; it is set
 * here and not in the pipeline, so a site build's Vite process keeps V8's defaults.
 */
const HEAP_GROWING_PERCENT = 25;

/** Rejections listed by `--strict` on stderr; the full list is in report.json. */
const STRICT_LISTED = 20;
const usage = 'usage: npm run ingest -- <content-dir> --out <out-dir> [--strict] [--workers N] [--force]';

async function main(): Promise<number> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        strict: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [contentDir] = positionals;
  if (!contentDir || !values.out || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
    console.error(`--workers takes a whole number, not "${values.workers}"`);
    return 2;
  }
  const pipeline = new Pipeline({
    contentDir: path.resolve(contentDir),
    outDir: path.resolve(values.out),
    force: values.force,
    ...(workers === undefined ? {} : { workers }),
    // One run: nothing to keep for a next one.
    rebuilds: false,
  });
  let result;
  try {
    result = await pipeline.run();
  } catch (error) {
    // The content folder itself is missing or unusable: say which, no stack trace.
    // An unsafe out dir (overlaps the content, someone else's files, another run holds it): nothing written.
    if (error instanceof OutDirError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ContentFolderError) {
      console.error(`${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
  const { report, timings } = result;
  console.log(
    `read ${report.read}, written ${report.written}, rejected ${report.rejected.length}, ` +
      `ignored ${report.ignored.length}, warnings ${report.warnings.length} ` +
      `(${(timings.totalMs / 1000).toFixed(2)} s; people ${result.collection.people.length}, ` +
      `topics ${result.collection.topics.length})`,
  );
  for (const r of report.rejected) console.log(`rejected  ${r.source}: ${r.reason}`);
  if (result.kept.length > 0) console.error(keptSummary(result.kept, path.join(values.out, 'report.json')));
  if (values.strict && report.rejected.length > 0) {
    console.error(strictSummary(report.rejected, path.join(values.out, 'report.json')));
    return 1;
  }
  // Finished, but part of the content could not be read: the output holds last run's version of it.
  return result.kept.length > 0 ? 3 : 0;
}

/** Sources that could not be read this time and whose last published article was kept. */
function keptSummary(kept: ReadonlyArray<{ source: string; reason: string }>, reportPath: string): string {
  const shown = kept.slice(0, STRICT_LISTED);
  const lines = [`warning: ${kept.length} source(s) could not be read; their last published version is kept:`, ...shown.map((k) => `  ${k.source}: ${k.reason}`)];
  if (kept.length > shown.length) lines.push(`  … and ${kept.length - shown.length} more`);
  lines.push(`see ${reportPath}`);
  return lines.join('\n');
}

/** What `--strict` prints on stderr: how many were rejected, the first few with reasons, where the rest are. */
function strictSummary(rejected: ReadonlyArray<{ source: string; reason: string }>, reportPath: string): string {
  const shown = rejected.slice(0, STRICT_LISTED);
  const lines = [`--strict: ${rejected.length} file(s) rejected:`, ...shown.map((r) => `  ${r.source}: ${r.reason}`)];
  if (rejected.length > shown.length) lines.push(`  … and ${rejected.length - shown.length} more`);
  lines.push(`see ${reportPath}`);
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Unexpected failures (e.g. the output folder cannot be written): the message, and the stack
    // only when asked for, so users see what went wrong rather than where in our code.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`ingest failed: ${message}`);
    if (process.env.VERBATIM_DEBUG && error instanceof Error && error.stack) console.error(error.stack);
    process.exit(1);
  },
);
