/**
 * `npm run bench [-- --sizes sample,seed,bbc,10000,100000] [--skip-browser] [--skip-lighthouse] [--skip-rebuild] [--skip-ingest] [--reuse-build] [--skip-build]
 *   [--ingest-timeout-min M] [--ingest-runs N]`
 *
 * Measures ingest, rebuild, build output, first-visit transfer, interaction times and Lighthouse scores
 * for each collection, prints one table and writes it to .bench/results.json (and .bench/results.md).
 * Collections not run this time keep their last figures in the file and the table, with their date; a
 * skipped step (--skip-…) keeps that collection's last figures for the step, marked with their date.
 * Not a test: nothing asserts a time; every figure that cannot be had prints n/a with the reason.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filterTime, firstVisit, launchBrowser, searchTimes } from './browser.ts';
import { buildSite } from './build.ts';
import { countSources, resolveCollection, type Collection } from './collections.ts';
import { attempt, figure, na, type BenchResults, type CollectionResult, type Figure } from './figures.ts';
import { coldIngest, rebuildAfterOneChange } from './ingest.ts';
import { lighthouse } from './lighthouse.ts';
import { pickRoutes } from './routes.ts';
import { startStaticServer } from './server.ts';
import { renderTable } from './table.ts';
import { parseCli, runMain } from '../cliArgs.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(repoRoot, '.bench');
const resultsFile = path.join(benchDir, 'results.json');
const usage =
  'usage: npm run bench [-- --sizes sample,seed,bbc,10000,100000] [--skip-browser] [--skip-lighthouse] [--skip-rebuild] [--skip-ingest] [--reuse-build] [--skip-build] [--ingest-timeout-min M] [--ingest-runs N]';

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function loadResults(): Promise<BenchResults> {
  const machine = {
    cpus: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    platform: `${os.platform()} ${os.arch()}`,
  };
  const previous = await readFile(resultsFile, 'utf8').then((t) => JSON.parse(t) as BenchResults, () => null);
  return { machine, collections: previous?.collections ?? {} };
}

/** Collections this process measures; the others are re-read from disk on every save. */
const ownCollections = new Set<string>();

/**
 * Writes this run's collections into the results file, keeping whatever other runs (a 100k run in the
 * background, say) have written there for theirs meanwhile.
 */
async function save(results: BenchResults): Promise<void> {
  const onDisk = await readFile(resultsFile, 'utf8').then((t) => JSON.parse(t) as BenchResults, () => null);
  for (const [name, entry] of Object.entries(onDisk?.collections ?? {})) {
    if (!ownCollections.has(name)) results.collections[name] = entry;
  }
  const tmp = `${resultsFile}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(results, null, 2));
  await rename(tmp, resultsFile);
  await writeFile(path.join(benchDir, 'results.md'), renderTable(results) + '\n');
}

interface Options {
  ingest: boolean;
  /** Stop a cold ingest that runs longer than this (minutes) and record n/a. */
  ingestTimeoutMin: number | undefined;
  /** Cold ingests to take the median of; by default 3 up to 5,000 articles, 1 above (a 100k run takes many minutes). */
  ingestRuns: number | undefined;
  /** Serve the existing .bench/site-<name> instead of building again (its build figures are kept). */
  reuseBuild: boolean;
  browser: boolean;
  lighthouse: boolean;
  rebuild: boolean;
  /** Build the site when there is none to reuse (`--skip-build` says no: the browser steps then print n/a). */
  build: boolean;
}

async function benchCollection(
  collection: Collection,
  entry: CollectionResult,
  previous: CollectionResult | undefined,
  options: Options,
  persist: () => Promise<void>,
) {
  const set = async (key: string, value: Figure) => {
    // A skipped step keeps the figure measured last time, if there is one, saying when it was measured.
    const old = previous?.figures[key];
    if (value.value === null && value.note?.startsWith('skipped') && old && old.value !== null) {
      value = { ...old, note: `${old.note ? `${old.note}; ` : ''}measured ${previous!.measuredAt}` };
    }
    entry.figures[key] = value;
    const shown = value.value === null ? `n/a (${value.note})` : `${value.value.toFixed(2)} ${value.unit}`;
    log(`${collection.name} ${key}: ${shown}`);
    await persist();
  };
  const articles = await countSources(collection.contentDir);
  entry.articles = articles;
  await set('articles', figure(articles, 'articles'));

  log(`${collection.name}: cold ingest of ${articles} files`);
  const skipped = na('skipped (--skip-ingest)');
  const cold = options.ingest
    ? await coldIngest(collection, benchDir, repoRoot, articles, options.ingestTimeoutMin, options.ingestRuns ?? (articles <= 5000 ? 3 : 1)).catch((e: Error) => {
        const f = na(`ingest: ${e.message}`);
        return { seconds: f, rate: f, ratePerCore: f, peakMemory: f, cpu: f, written: null };
      })
    : { seconds: skipped, rate: skipped, ratePerCore: skipped, peakMemory: skipped, cpu: skipped, written: null };
  await set('ingest.cold', cold.seconds);
  await set('ingest.rate', cold.rate);
  await set('ingest.perCore', cold.ratePerCore);
  await set('ingest.peak', cold.peakMemory);
  await set('ingest.cpu', cold.cpu);

  const existingSite = path.join(benchDir, `site-${collection.name}`);
  const reusable = options.reuseBuild && (await stat(path.join(existingSite, 'index.html')).then(() => true, () => false));
  log(`${collection.name}: ${reusable ? `reusing ${path.relative(repoRoot, existingSite)}` : options.build ? 'vite build' : 'no site build (--skip-build)'}`);
  const skippedBuild = na('skipped (--reuse-build)');
  const noBuild = na('skipped (--skip-build)');
  const build = reusable
    ? { seconds: skippedBuild, size: skippedBuild, files: skippedBuild, cpu: skippedBuild, siteDir: existingSite }
    : !options.build
      ? { seconds: noBuild, size: noBuild, files: noBuild, cpu: noBuild, siteDir: null }
      : await buildSite(collection, benchDir, repoRoot).catch((e: Error) => {
        const f = na(`build: ${e.message}`);
        return { seconds: f, size: f, files: f, cpu: f, siteDir: null };
      });
  await set('build.seconds', build.seconds);
  await set('build.cpu', build.cpu);
  await set('build.size', build.size);
  await set('build.files', build.files);

  const browserKeys = ['visit.home', 'visit.article', 'visit.people', 'visit.person', 'visit.topic', 'filter', 'filter.topic', 'search.first', 'search.next'];
  const lighthouseKeys = ['lh.home', 'lh.article', 'lh.person'];
  if (!build.siteDir) {
    // A build skipped on purpose keeps each browser figure measured last time (see `set`).
    const why = !options.build ? 'skipped (--skip-build)' : build.size.value === null ? `no build (${build.size.note})` : 'build has no index.html (app not there yet)';
    for (const key of [...browserKeys, ...lighthouseKeys]) await set(key, na(why));
  } else {
    const picked = await pickRoutes(build.siteDir);
    const server = await startStaticServer(build.siteDir, repoRoot);
    try {
      if (options.browser) {
        const browser = await launchBrowser().catch((e: Error) => e);
        if (browser instanceof Error) {
          for (const key of browserKeys) await set(key, na(`browser: ${browser.message.split('\n')[0]}`));
        } else {
          try {
            for (const route of picked.routes) {
              log(`${collection.name}: first visit ${route.path ?? route.label}`);
              await set(`visit.${route.key}`, await attempt('first visit', () => firstVisit(browser, server.origin, route)));
            }
            await set('filter', await attempt('filter', () => filterTime(browser, server.origin, picked.busyPerson?.id ?? null)));
            await set('filter.topic', await attempt('filter', () => filterTime(browser, server.origin, picked.busyTopic?.id ?? null, 'topic')));
            const words: [string, string] | null = picked.searchWord ? [picked.searchWord, 'minister'] : null;
            const search = await searchTimes(browser, server.origin, words).catch((e: Error) => {
              const f = na(`search: ${e.message.split('\n')[0]}`);
              return { first: f, next: f };
            });
            await set('search.first', search.first);
            await set('search.next', search.next);
          } finally {
            await browser.close();
          }
        }
      } else {
        for (const key of browserKeys) await set(key, na('skipped (--skip-browser)'));
      }
      const pages = Object.fromEntries(picked.routes.map((r) => [r.key, r]));
      const lighthousePages: Array<[string, string]> = [['lh.home', 'home'], ['lh.article', 'article'], ['lh.person', 'person']];
      for (const [key, routeKey] of lighthousePages) {
        if (!options.lighthouse) {
          await set(key, na('skipped (--skip-lighthouse)'));
          continue;
        }
        const route = pages[routeKey];
        log(`${collection.name}: lighthouse ${route?.path ?? routeKey}`);
        const url = route?.path ? server.origin + route.path : null;
        const out = path.join(benchDir, `lighthouse-${collection.name}-${routeKey}.json`);
        await set(key, await attempt('lighthouse', () => lighthouse(url, out, repoRoot, route?.missing)));
      }
    } finally {
      await server.stop();
    }
  }

  if (options.rebuild) {
    log(`${collection.name}: rebuild after one change (in-process Pipeline, cold run first)`);
    const rebuild = await rebuildAfterOneChange(collection, benchDir).catch((e: Error) => {
      const f = na(`rebuild: ${e.message.split('\n')[0]}`.slice(0, 200), 's');
      return { visible: f, consistent: f };
    });
    await set('rebuild.visible', rebuild.visible);
    await set('rebuild.consistent', rebuild.consistent);
  } else {
    await set('rebuild.visible', na('skipped (--skip-rebuild)', 's'));
    await set('rebuild.consistent', na('skipped (--skip-rebuild)', 's'));
  }
}

async function main(): Promise<number> {
  const values = parseCli(
    {
      sizes: { type: 'string', default: 'sample,seed,bbc,10000,100000' },
      'skip-browser': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-rebuild': { type: 'boolean', default: false },
      'skip-ingest': { type: 'boolean', default: false },
      'reuse-build': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'ingest-timeout-min': { type: 'string' },
      'ingest-runs': { type: 'string' },
    },
    usage,
  );
  if (typeof values === 'number') return values;
  await mkdir(benchDir, { recursive: true });
  const results = await loadResults();
  const options: Options = {
    ingest: !values['skip-ingest'],
    reuseBuild: values['reuse-build'],
    ingestTimeoutMin: values['ingest-timeout-min'] === undefined ? undefined : Number(values['ingest-timeout-min']),
    ingestRuns: values['ingest-runs'] === undefined ? undefined : Math.max(1, Number(values['ingest-runs'])),
    browser: !values['skip-browser'],
    lighthouse: !values['skip-lighthouse'],
    rebuild: !values['skip-rebuild'],
    build: !values['skip-build'],
  };
  for (const size of values.sizes.split(',').map((s) => s.trim()).filter(Boolean)) {
    const resolved = await resolveCollection(size, repoRoot, log);
    const name = 'collection' in resolved ? resolved.collection.name : resolved.name;
    const entry: CollectionResult = {
      name,
      contentDir: 'collection' in resolved ? path.relative(repoRoot, resolved.collection.contentDir) : '',
      articles: null,
      measuredAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      figures: {},
    };
    const previous = results.collections[name];
    ownCollections.add(name);
    results.collections[name] = entry;
    if (!('collection' in resolved)) {
      entry.figures.articles = na(resolved.missing);
      await save(results);
      continue;
    }
    await benchCollection(resolved.collection, entry, previous, options, () => save(results));
  }
  await save(results);
  console.log('\n' + renderTable(results));
  console.log(`\nwritten to ${path.relative(repoRoot, resultsFile)} and .bench/results.md`);
  return 0;
}

runMain(main);
