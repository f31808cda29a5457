/**
 * The collections the benchmark runs on: the bundled sample, the seed article and the BBC 2004-05 corpus
 * from ../shared, and
 * generated archives of N articles, generated once into .bench/gen-<N> and reused while the generator's
 * source is unchanged (a marker file beside the folder records the seed and a hash of the generator).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCollection } from '../generate/generate.ts';

export interface Collection {
  name: string;
  contentDir: string;
  /** Generated collections may be changed in place (the rebuild figure edits one file and restores it). */
  generated: boolean;
}

export const BENCH_SEED = 'verbatim-bench';

export async function countSources(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt')).length;
}

async function generatorHash(repoRoot: string): Promise<string> {
  const dir = path.join(repoRoot, 'scripts/generate');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(path.join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

/** Resolves a size name to a folder of sources; null with a reason when it cannot be had. */
export async function resolveCollection(
  size: string,
  repoRoot: string,
  log: (line: string) => void,
): Promise<{ collection: Collection } | { missing: string; name: string }> {
  if (size === 'sample') return { collection: { name: 'sample', contentDir: path.join(repoRoot, 'content'), generated: false } };
  // The reference page (../shared/corpus/seed): an archived article in the page-text format, the issue's
  // "seed article" for Lighthouse. A collection of its own, so its article route is that page.
  if (size === 'seed') {
    const dir = path.resolve(repoRoot, '../shared/corpus/seed');
    const found = await stat(dir).then((s) => s.isDirectory(), () => false);
    return found
      ? { collection: { name: 'seed', contentDir: dir, generated: false } }
      : { missing: `seed article not found at ${dir}`, name: 'seed' };
  }
  if (size === 'bbc') {
    const dir = path.resolve(repoRoot, '../shared/corpus/bbc-2004-05');
    const found = await stat(dir).then((s) => s.isDirectory(), () => false);
    return found
      ? { collection: { name: 'bbc', contentDir: dir, generated: false } }
      : { missing: `BBC corpus not found at ${dir}`, name: 'bbc' };
  }
  const articles = Number(size);
  if (!Number.isInteger(articles) || articles <= 0) return { missing: `unknown size "${size}"`, name: size };
  const dir = path.join(repoRoot, '.bench', `gen-${articles}`);
  const markerFile = `${dir}.json`;
  const wanted = { articles, seed: BENCH_SEED, generator: await generatorHash(repoRoot) };
  const marker = await readFile(markerFile, 'utf8').then((t) => JSON.parse(t) as unknown, () => null);
  if (JSON.stringify(marker) !== JSON.stringify(wanted)) {
    log(`generating ${articles} articles into ${path.relative(repoRoot, dir)} (seed ${BENCH_SEED})`);
    await rm(dir, { recursive: true, force: true });
    await rm(markerFile, { force: true });
    const summary = await generateCollection({ articles, outDir: dir, seed: BENCH_SEED });
    log(`  generated in ${(summary.ms / 1000).toFixed(1)} s`);
    await writeFile(markerFile, JSON.stringify(wanted));
  } else {
    log(`reusing ${path.relative(repoRoot, dir)}`);
  }
  return { collection: { name: String(articles), contentDir: dir, generated: true } };
}
