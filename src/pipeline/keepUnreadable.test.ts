/**
 * Issue 12: a section folder (or a file) that is briefly unreadable (EACCES, EIO) used to vanish from the
 * output, deleting what was published before, with exit 0. Now its last published articles are kept and the
 * report says which and why. A file that is really gone (ENOENT) is still removed. Invented stories.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pipeline } from './ingest.ts';

const failing = vi.hoisted(() => new Map<string, string>());

/** The file system answers with the given error code for the chosen paths, as a flaky disk or share would. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (target: unknown) => {
    const code = failing.get(String(target));
    if (code) throw Object.assign(new Error(`${code}: simulated, '${String(target)}'`), { code });
  };
  const open = (async (target: string, ...rest: unknown[]) => {
    fail(target);
    return (fs.open as (...args: unknown[]) => unknown)(target, ...rest);
  }) as typeof fs.open;
  const readdir = (async (target: string, ...rest: unknown[]) => {
    fail(target);
    return (fs.readdir as (...args: unknown[]) => unknown)(target, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, open, readdir, default: { ...fs, open, readdir } };
});

let root: string;
let content: string;
let out: string;
const run = () => new Pipeline({ contentDir: content, outDir: out, workers: 0 }).run();
const readJson = async <T>(file: string) => JSON.parse(await readFile(path.join(out, file), 'utf8')) as T;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'verbatim-keep-'));
  content = path.join(root, 'content');
  out = path.join(root, 'out');
  await mkdir(path.join(content, 'harbours'), { recursive: true });
  await mkdir(path.join(content, 'markets'), { recursive: true });
  await writeFile(path.join(content, 'harbours', 'ferry.txt'), 'Ferry returns to Portwick\n\nThe ferry to Portwick sailed again on Monday after the storm.\n');
  await writeFile(
    path.join(content, 'markets', 'fish.txt'),
    'Fish market opens early\n\n"We start at four now," said Ilse Marrow, the market manager, on Tuesday.\n\nTraders in Portwick welcomed the change.\n',
  );
  await writeFile(path.join(content, 'markets', 'salt.txt'), 'Salt prices fall in Portwick\n\nThe price of sea salt fell for a third week.\n');
});
afterEach(async () => {
  failing.clear();
  await rm(root, { recursive: true, force: true });
});

describe('a briefly unreadable section folder', () => {
  for (const code of ['EACCES', 'EIO']) {
    it(`(${code}) keeps its published articles, listed, with their section and speaker, and says so`, async () => {
      const first = await run();
      expect(first.report.written).toBe(3);
      const fish = first.collection.articles.find((a) => a.source === 'markets/fish.txt')!;
      const published = await readFile(path.join(out, 'articles', `${fish.id}.json`), 'utf8');
      const topicsBefore = await readJson<Array<{ id: string; name: string; articles: string[] }>>('topics.json');

      failing.set(path.join(content, 'markets'), code);
      const second = await run();
      expect(second.kept.map((k) => k.source)).toEqual(['markets/fish.txt', 'markets/salt.txt']);
      expect(second.report.rejected).toEqual([{ source: 'markets/', reason: expect.stringContaining(`(${code})`) }]);
      expect(second.report.warnings).toContainEqual({ source: 'markets/fish.txt', line: null, message: expect.stringMatching(/could not be read .*: its last published version is kept/) });
      // The article file is the one published before, byte for byte; the list, the section topic and the person stay.
      expect(await readFile(path.join(out, 'articles', `${fish.id}.json`), 'utf8')).toBe(published);
      const catalog = await readJson<Array<{ id: string }>>('catalog.json');
      expect(catalog.map((s) => s.id)).toContain(fish.id);
      expect(catalog).toHaveLength(3);
      const markets = topicsBefore.find((t) => t.name === 'Markets')!;
      const topicsAfter = await readJson<Array<{ id: string; articles: string[] }>>('topics.json');
      expect(topicsAfter.find((t) => t.id === markets.id)?.articles.sort()).toEqual(markets.articles.sort());
      const people = await readJson<Array<{ name: string; articles: string[]; quoteCount: number }>>('people.json');
      expect(people.find((p) => p.name === 'Ilse Marrow')).toMatchObject({ articles: [fish.id], quoteCount: 1 });

      // Readable again: a normal run, nothing kept.
      failing.clear();
      const third = await run();
      expect(third.kept).toEqual([]);
      expect(third.report.rejected).toEqual([]);
      expect(await readFile(path.join(out, 'articles', `${fish.id}.json`), 'utf8')).toBe(published);
    });
  }

  it('an unreadable file keeps its article; a deleted one is removed', async () => {
    const first = await run();
    const id = (source: string) => first.collection.articles.find((a) => a.source === source)!.id;
    failing.set(path.join(content, 'markets', 'fish.txt'), 'EIO');
    await rm(path.join(content, 'markets', 'salt.txt'));
    const second = await run();
    expect(second.kept).toEqual([{ source: 'markets/fish.txt', id: id('markets/fish.txt'), reason: expect.stringContaining('(EIO)') }]);
    const catalog = await readJson<Array<{ id: string }>>('catalog.json');
    expect(catalog.map((s) => s.id).sort()).toEqual([id('harbours/ferry.txt'), id('markets/fish.txt')].sort());
    await expect(readFile(path.join(out, 'articles', `${id('markets/salt.txt')}.json`))).rejects.toThrow(/ENOENT/);
  });
});
