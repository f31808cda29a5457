/**
 * A one-off run (`rebuilds: false`: the CLI, a site build) lets go of each stage's data as soon as the next
 * has what it needs (issue 13: peak memory at 100,000 stories). What it writes must not change for that.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCollection } from '../../scripts/generate/generate.ts';
import { Pipeline } from './ingest.ts';
import { MIN_FILES_FOR_WORKERS } from './pool.ts';

/** Every file under `dir`, relative path → bytes. */
async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  return new Map(await Promise.all(files.sort().map(async (f) => [f, await readFile(path.join(dir, f))] as const)));
}

describe('a one-off run', () => {
  let root: string;
  let contentDir: string;
  const ARTICLES = MIN_FILES_FOR_WORKERS + 16;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'verbatim-one-off-'));
    contentDir = path.join(root, 'content');
    await generateCollection({ articles: ARTICLES, outDir: contentDir, seed: 'one-off-test' });
  }, 60_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes byte for byte what a run that keeps its caches writes, in worker threads or not', async () => {
    const oneOff = path.join(root, 'one-off');
    const kept = path.join(root, 'kept');
    const result = await new Pipeline({ contentDir, outDir: oneOff, workers: 2, rebuilds: false }).run();
    await new Pipeline({ contentDir, outDir: kept, workers: 0 }).run();
    // Each story's body was held packed and let go once its file was written: what is left is its first paragraph.
    expect(result.collection.articles.every((a) => a.blocks.length <= 1 && a.blocks.every((b) => b.type === 'paragraph'))).toBe(true);
    expect(result.collection.bodies?.size).toBe(0);
    const [a, b] = await Promise.all([filesIn(oneOff), filesIn(kept)]);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.size).toBeGreaterThan(ARTICLES);
    const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 120_000);

  it('keeps nothing per file for a next run: a second run processes every file again and writes nothing new', async () => {
    const outDir = path.join(root, 'twice');
    const pipeline = new Pipeline({ contentDir, outDir, workers: 0, rebuilds: false });
    const first = await pipeline.run();
    const second = await pipeline.run();
    expect(first.processed).toBe(ARTICLES);
    expect(second.processed).toBe(ARTICLES);
    expect(second.cached).toBe(0);
    expect(second.stats.written).toBe(0);
    expect(second.collection.articles.map((a) => a.id)).toEqual(first.collection.articles.map((a) => a.id));
  }, 120_000);
});
