import { cp, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pipeline } from './ingest.ts';
import { couldBeSource } from './read/walk.ts';

// Incremental rebuilds over a copy of the bundled sample collection (invented stories).
const sample = path.resolve(import.meta.dirname, '../../content');

describe('Pipeline reruns (the dev server and the benchmark rebuild path)', () => {
  let root: string;
  let contentDir: string;
  let outDir: string;
  let pipeline: Pipeline;
  let firstSource: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'verbatim-rerun-'));
    contentDir = path.join(root, 'content');
    outDir = path.join(root, 'out');
    await cp(sample, contentDir, { recursive: true });
    pipeline = new Pipeline({ contentDir, outDir, workers: 0 });
    const first = await pipeline.run();
    expect(first.processed).toBeGreaterThan(10);
    expect(first.stats.written).toBeGreaterThan(first.processed);
    firstSource = first.collection.articles[0]!.source;
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads, processes and writes nothing when nothing changed', async () => {
    const again = await pipeline.run();
    expect(again.processed).toBe(0);
    expect(again.stats).toEqual({ written: 0, unchanged: again.stats.unchanged, removed: 0 });
    expect(again.stats.unchanged).toBeGreaterThan(0);
  });

  it('notices a touched file but, its bytes being the same, processes nothing', async () => {
    const file = path.join(contentDir, firstSource);
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    const again = await pipeline.run();
    expect(again.processed).toBe(0);
    expect(again.stats.written).toBe(0);
  });

  it('processes only the edited file and rewrites only the files it touches', async () => {
    const file = path.join(contentDir, firstSource);
    const before = await stat(file);
    // A sentence added to the end of the first body paragraph (the line after the first blank line after the headline).
    const lines = (await readFile(file, 'utf8')).split('\n');
    const intro = lines.findIndex((line, i) => i > 4 && line.length > 80);
    lines[intro] += ' The council will meet again in spring.';
    await writeFile(file, lines.join('\n'));
    expect((await stat(file)).size).toBeGreaterThan(before.size);
    const again = await pipeline.run();
    expect(again.processed).toBe(1);
    expect(again.stats.written).toBeGreaterThan(0);
    expect(again.stats.written).toBeLessThan(again.stats.unchanged);
    const edited = again.collection.articles.find((a) => a.source === firstSource)!;
    expect(edited.blocks.some((b) => 'text' in b && b.text.includes('meet again in spring'))).toBe(true);
  });

  it('removes the files of a deleted article', async () => {
    const gone = (await pipeline.run()).collection.articles.find((a) => a.source === firstSource)!;
    await rm(path.join(contentDir, firstSource));
    const again = await pipeline.run();
    expect(again.stats.removed).toBeGreaterThan(0);
    const articleFiles = await readdir(path.join(outDir, 'articles'));
    expect(articleFiles).not.toContain(`${gone.id}.json`);
    expect(again.collection.articles.some((a) => a.source === firstSource)).toBe(false);
  });

  it('a new pipeline (the CLI) compares with the files on disk and rewrites nothing unchanged', async () => {
    const fresh = await new Pipeline({ contentDir, outDir, workers: 0 }).run();
    expect(fresh.processed).toBeGreaterThan(10);
    expect(fresh.stats.written).toBe(0);
    expect(fresh.stats.removed).toBe(0);
  });
});

describe('couldBeSource (what the first phase of a dev rebuild reads)', () => {
  it('names a .txt file outside hidden folders, and not an editor swap or backup file', () => {
    expect(couldBeSource('politics/harbour-vote.txt')).toBe(true);
    expect(couldBeSource('politics/HARBOUR.TXT')).toBe(true);
    expect(couldBeSource('politics/.harbour-vote.txt.swp')).toBe(false);
    expect(couldBeSource('politics/harbour-vote.txt~')).toBe(false);
    expect(couldBeSource('.drafts/harbour-vote.txt')).toBe(false);
    expect(couldBeSource('../elsewhere/harbour-vote.txt')).toBe(false);
    expect(couldBeSource('site.json')).toBe(false);
  });
});
