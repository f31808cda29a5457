/**
 * `npm run bench:hugo [-- --sizes bbc,10000,100000] [--runs N] [--timeout-min M]`
 *
 * Builds the same collection with Hugo, as a yardstick for Verbatim's cold build: the collection's
 * articles become a Hugo site (scripts/bench/hugoConvert.ts: headline and paragraphs from the same source
 * files, people and topics from Verbatim's ingest output — Hugo does no NLP), then `hugo --quiet` is timed
 * cold (fresh destination and cache folder) under GNU time: wall, CPU, peak memory, files and MB written.
 * Median of 3 runs up to 10,000 articles, 1 above. Needs `npm run bench` to have run the collection first
 * (its ingest output and figures); prints the Hugo build beside Verbatim's in one table, written to
 * .bench/hugo-results.json and .bench/hugo-results.md. A standalone tool, not a step of `npm run bench`:
 * it reads that run's output, and two heavy builds must not share the machine. Not a test.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { folderSize } from './build.ts';
import { resolveCollection } from './collections.ts';
import { median, type BenchResults } from './figures.ts';
import { convertToHugo } from './hugoConvert.ts';
import { comparisonTable, type HugoResult, type Measured } from './hugoTable.ts';
import { loadAverage } from './ingest.ts';
import { hasGnuTime, runMeasured } from './processes.ts';
import { parseCli, runMain } from '../cliArgs.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(repoRoot, '.bench');
const resultsFile = path.join(benchDir, 'hugo-results.json');
const usage = 'usage: npm run bench:hugo [-- --sizes bbc,10000,100000] [--runs N] [--timeout-min M]';
const log = (line: string) => console.log(`[bench:hugo ${new Date().toISOString().slice(11, 19)}] ${line}`);
const exists = (file: string) => stat(file).then(() => true, () => false);

/** `hugo version`'s version, or null when there is no hugo on the PATH. */
async function hugoVersion(): Promise<string | null> {
  const out = await promisify(execFile)('hugo', ['version']).catch(() => null);
  return out ? (/v(\d+\.\d+\.\d+)/.exec(out.stdout)?.[1] ?? out.stdout.trim()) : null;
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** `runs` cold Hugo builds; the median by wall time, with that run's CPU and the largest peak. */
async function timeHugo(siteDir: string, work: string, runs: number, timeoutMin?: number): Promise<Measured | { missing: string }> {
  const publicDir = path.join(work, 'public');
  const cacheDir = path.join(work, 'cache');
  const done: Array<{ seconds: number; cpu: number | null; peak: number | null; load: string }> = [];
  for (let i = 0; i < runs; i++) {
    // Cold: nothing from the last run, neither pages nor Hugo's file cache (resources, modules).
    await rm(publicDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    await rm(path.join(siteDir, 'resources'), { recursive: true, force: true });
    const run = await runMeasured('hugo', ['--quiet', '--source', siteDir, '--destination', publicDir, '--cacheDir', cacheDir], {
      cwd: repoRoot,
      logFile: path.join(work, 'hugo.log'),
      ...(timeoutMin ? { timeoutMs: timeoutMin * 60_000 } : {}),
    });
    if (run.timedOut) return { missing: `hugo did not finish within ${timeoutMin} min (--timeout-min)` };
    if (run.code !== 0) return { missing: `hugo exited ${run.code}: ${run.output.trim().split('\n').pop() ?? ''}`.slice(0, 200) };
    done.push({ seconds: run.ms / 1000, cpu: run.cpuSeconds, peak: run.peakBytes, load: loadAverage() });
    log(`  run ${i + 1}: ${(run.ms / 1000).toFixed(1)} s wall, ${run.cpuSeconds?.toFixed(1) ?? '?'} s CPU, ${loadAverage()}`);
  }
  const mid = median(done.map((d) => d.seconds));
  const chosen = done.find((d) => d.seconds === mid) ?? [...done].sort((a, b) => a.seconds - b.seconds)[Math.floor((done.length - 1) / 2)]!;
  const peaks = done.map((d) => d.peak).filter((p): p is number => p !== null);
  const { bytes, files } = await folderSize(publicDir);
  const spread = runs > 1 ? `median of ${runs} cold runs (${done.map((d) => d.seconds.toFixed(1)).join(', ')} s); ` : '1 cold run; ';
  return {
    seconds: chosen.seconds,
    cpu: chosen.cpu,
    peakMB: peaks.length ? Math.max(...peaks) / 1e6 : null,
    files,
    mb: bytes / 1e6,
    note: `${spread}${chosen.load}`,
  };
}

async function benchSize(size: string, runsOption: number | undefined, version: string | null, timeoutMin?: number): Promise<HugoResult | null> {
  const resolved = await resolveCollection(size, repoRoot, log);
  if (!('collection' in resolved)) {
    log(`${resolved.name}: n/a (${resolved.missing})`);
    return null;
  }
  const { collection } = resolved;
  const ingestDir = path.join(benchDir, `ingest-${collection.name}`);
  const base = { name: collection.name, measuredAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', hugoVersion: version ?? '' };
  if (!(await exists(path.join(ingestDir, 'report.json')))) {
    const missing = `no Verbatim ingest output in ${path.relative(repoRoot, ingestDir)}: run \`npm run bench -- --sizes ${size}\` first`;
    log(`${collection.name}: n/a (${missing})`);
    return { ...base, articles: 0, hugo: { missing }, ingestOutput: null, pages: 0, htmlFiles: null };
  }
  const output = await folderSize(ingestDir);
  const ingestOutput = { files: output.files, mb: output.bytes / 1e6 };
  if (!version) {
    const missing = '`hugo` not installed (Debian: apt-get install hugo)';
    log(`${collection.name}: n/a (${missing})`);
    return { ...base, articles: 0, hugo: { missing }, ingestOutput, pages: 0, htmlFiles: null };
  }
  const work = path.join(benchDir, `hugo-${collection.name}`);
  const siteDir = path.join(work, 'site');
  log(`${collection.name}: converting to a Hugo site in ${path.relative(repoRoot, siteDir)}`);
  const converted = await convertToHugo(collection.contentDir, ingestDir, siteDir, `Verbatim bench: ${collection.name}`);
  log(`  ${converted.pages} pages, ${converted.people} people, ${converted.topics} topics in ${converted.seconds.toFixed(1)} s` +
    (converted.skipped.length ? `; ${converted.skipped.length} sources not parsed again (${converted.skipped[0]} …)` : ''));
  const runs = runsOption ?? (converted.pages <= 10_000 ? 3 : 1);
  log(`${collection.name}: hugo --quiet, ${runs} cold run(s)`);
  const hugo = await timeHugo(siteDir, work, runs, timeoutMin);
  const htmlFiles = 'missing' in hugo ? null : await countHtml(path.join(work, 'public'));
  return { ...base, articles: converted.pages, hugo, ingestOutput, pages: converted.pages, htmlFiles };
}

async function main(): Promise<number> {
  const values = parseCli(
    {
      sizes: { type: 'string', default: 'bbc,10000,100000' },
      runs: { type: 'string' },
      'timeout-min': { type: 'string' },
    },
    usage,
  );
  if (typeof values === 'number') return values;
  const version = await hugoVersion();
  if (!version) log('hugo: n/a (not installed; Debian: apt-get install hugo)');
  if (!(await hasGnuTime())) log('no /usr/bin/time: CPU time n/a, peak memory from /proc');
  const runs = values.runs === undefined ? undefined : Math.max(1, Number(values.runs));
  const saved = await readFile(resultsFile, 'utf8').then((t) => JSON.parse(t) as Record<string, HugoResult>, () => ({}) as Record<string, HugoResult>);
  for (const size of values.sizes.split(',').map((s) => s.trim()).filter(Boolean)) {
    const result = await benchSize(size, runs, version, values['timeout-min'] === undefined ? undefined : Number(values['timeout-min']));
    if (result) saved[result.name] = result;
    await writeFile(resultsFile, JSON.stringify(saved, null, 2));
  }
  const verbatim = await readFile(path.join(benchDir, 'results.json'), 'utf8').then((t) => (JSON.parse(t) as BenchResults).collections, () => ({}));
  const order = ['sample', 'seed', 'bbc', '10000', '100000'];
  const rows = Object.values(saved).sort((a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99));
  const table = comparisonTable(verbatim, rows);
  await writeFile(path.join(benchDir, 'hugo-results.md'), table + '\n');
  console.log(`\n${table}\n\nwritten to .bench/hugo-results.json and .bench/hugo-results.md`);
  return 0;
}

runMain(main);
