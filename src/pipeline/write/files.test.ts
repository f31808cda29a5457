import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFiles } from './files.ts';
import { MANIFEST_FILE, readManifest } from './outDir.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function freshDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-files-'));
  dirs.push(dir);
  return dir;
}

const big = (word: string) => JSON.stringify({ stories: Array.from({ length: 60 }, (_, i) => `${word} story ${i}`) });
const listAll = async (dir: string) => (await readdir(dir, { recursive: true })).map(String).sort();

describe('writeFiles with precompress', () => {
  it('writes .br and .gz copies beside JSON files big enough to gain, which decompress to the file', async () => {
    const dir = await freshDir();
    const text = big('harbour');
    await writeFiles(dir, [['list/page-1.json', text], ['tiny.json', '{}']], undefined, undefined, { precompress: true });
    expect(brotliDecompressSync(await readFile(path.join(dir, 'list/page-1.json.br'))).toString()).toBe(text);
    expect(gunzipSync(await readFile(path.join(dir, 'list/page-1.json.gz'))).toString()).toBe(text);
    // A tiny file is not worth a copy.
    expect(await listAll(dir)).not.toContain('tiny.json.br');
    const manifest = await readManifest(dir);
    expect(manifest && [...manifest].sort()).toEqual(['list/page-1.json', 'list/page-1.json.br', 'list/page-1.json.gz', 'tiny.json']);
  });

  it('rewrites a changed file’s copies, keeps an unchanged one’s, and removes a deleted file’s (CLI and dev-server runs)', async () => {
    for (const remember of [false, true]) {
      const dir = await freshDir();
      const first = await writeFiles(dir, [['a.json', big('gale')], ['b.json', big('ferry')]], undefined, undefined, { precompress: true });
      const previous = remember ? first.hashes : undefined;
      const second = await writeFiles(dir, [['a.json', big('storm')]], previous, undefined, { precompress: true });
      expect(second.stats).toMatchObject({ written: 1, removed: 3 });
      expect(brotliDecompressSync(await readFile(path.join(dir, 'a.json.br'))).toString()).toBe(big('storm'));
      expect((await listAll(dir)).filter((f) => !f.startsWith('.'))).not.toContain('b.json.gz');
      const third = await writeFiles(dir, [['a.json', big('storm')]], remember ? second.hashes : undefined, undefined, { precompress: true });
      expect(third.stats).toMatchObject({ written: 0, unchanged: 1, removed: 0 });
    }
  });

  it('adds missing copies to an unchanged file, and a run without precompress removes them', async () => {
    const dir = await freshDir();
    await writeFiles(dir, [['a.json', big('tide')]]);
    expect(await listAll(dir)).not.toContain('a.json.br');
    await writeFiles(dir, [['a.json', big('tide')]], undefined, undefined, { precompress: true });
    expect(gunzipSync(await readFile(path.join(dir, 'a.json.gz'))).toString()).toBe(big('tide'));
    // A copy someone else left is never touched: only the manifest's files are removed.
    await writeFile(path.join(dir, 'notes.json.br'), 'not ours');
    await writeFiles(dir, [['a.json', big('tide')]]);
    const files = await listAll(dir);
    expect(files).not.toContain('a.json.br');
    expect(files).not.toContain('a.json.gz');
    expect(files).toContain('notes.json.br');
  });
});

describe('writeFiles with files a memo found unchanged (no text)', () => {
  it('keeps such a file as it is, listed and remembered, and refuses one whose hash is not what was last written', async () => {
    const dir = await freshDir();
    const first = await writeFiles(dir, [['a.json', big('quay')], ['b.json', big('pier')]]);
    const second = await writeFiles(dir, [['a.json', null, first.hashes.get('a.json')], ['b.json', big('jetty')]], first.hashes);
    expect(second.stats).toEqual({ written: 1, unchanged: 1, removed: 0 });
    expect(second.hashes.get('a.json')).toBe(first.hashes.get('a.json'));
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe(big('quay'));
    expect([...((await readManifest(dir)) ?? [])]).toContain('a.json');
    await expect(writeFiles(dir, [['b.json', null, first.hashes.get('b.json')]], second.hashes)).rejects.toThrow(/no text to write/);
  });
});

describe('writeFiles: the manifest on a rebuild', () => {
  const manifestInode = async (dir: string) => (await stat(path.join(dir, MANIFEST_FILE))).ino;

  it('is left as it is when the run writes the same files and the same source map, and rewritten when either changes', async () => {
    const dir = await freshDir();
    const sources = { 'harbour/1.txt': 'story-1', 'harbour/2.txt': 'story-2' };
    const first = await writeFiles(dir, [['a.json', '{"a":1}'], ['b.json', '{"b":1}']], undefined, sources);
    const before = await manifestInode(dir);
    // One file's text changed, nothing added or removed, the same map: the manifest on disk is already right.
    const second = await writeFiles(dir, [['a.json', '{"a":2}'], ['b.json', '{"b":1}']], first.hashes, sources, { previousSources: sources });
    expect(await manifestInode(dir)).toBe(before);
    // A source that became another story id: written again, with the new map.
    const moved = { ...sources, 'harbour/2.txt': 'story-2b' };
    const third = await writeFiles(dir, [['a.json', '{"a":2}'], ['b.json', '{"b":1}']], second.hashes, moved, { previousSources: sources });
    // (Asserted by content: a rewritten file's inode may be one the file system freed and handed out again.)
    expect(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')).sources).toEqual(moved);
    // A file added: written again, listing it.
    await writeFiles(dir, [['a.json', '{"a":2}'], ['b.json', '{"b":1}'], ['c.json', '{}']], third.hashes, moved, { previousSources: moved });
    expect([...((await readManifest(dir)) ?? [])].sort()).toEqual(['a.json', 'b.json', 'c.json']);
  });
});
