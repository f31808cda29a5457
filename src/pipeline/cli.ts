/**
 * `npm run ingest -- <content-dir> --out <out-dir> [--strict] [--workers N]`
 * Reads every .txt file under the content folder and writes the public data and report.json.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pipeline } from './ingest.ts';

const usage = 'usage: npm run ingest -- <content-dir> --out <out-dir> [--strict] [--workers N]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        strict: { type: 'boolean', default: false },
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
    ...(workers === undefined ? {} : { workers }),
  });
  const result = await pipeline.run();
  const { report, timings } = result;
  console.log(
    `read ${report.read}, written ${report.written}, rejected ${report.rejected.length}, ` +
      `ignored ${report.ignored.length}, warnings ${report.warnings.length} ` +
      `(${(timings.totalMs / 1000).toFixed(2)} s; people ${result.collection.people.length}, ` +
      `topics ${result.collection.topics.length})`,
  );
  for (const r of report.rejected) console.log(`rejected  ${r.source}: ${r.reason}`);
  if (values.strict && report.rejected.length > 0) {
    console.error(`--strict: ${report.rejected.length} file(s) rejected; see ${path.join(values.out, 'report.json')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
