import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSource, readSources } from './readSource.ts';
import { ContentFolderError, listContent } from './walk.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSource', () => {
  it('reads a file’s bytes', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Quay news');
    const result = await readSource(path.join(dir, 'a.txt'));
    expect(result.ok && Buffer.from(result.bytes).toString()).toBe('Quay news');
  });

  it('gives each file a buffer of its own and of its size (a view into a read buffer keeps all of it, and a worker message copies all of it)', async () => {
    const sizes = [9, 3_000, 70_000];
    for (const size of sizes) await writeFile(path.join(dir, `${size}.txt`), 'q'.repeat(size));
    for (const size of sizes) {
      const result = await readSource(path.join(dir, `${size}.txt`));
      if (!result.ok) throw new Error(result.reason);
      expect(result.bytes.byteLength).toBe(size);
      expect(result.bytes.buffer.byteLength, `${size} bytes`).toBe(size);
      expect(result.bytes.byteOffset).toBe(0);
    }
  });

  it('turns a missing file into a reason instead of throwing', async () => {
    expect(await readSource(path.join(dir, 'gone.txt'))).toEqual({ ok: false, reason: expect.stringMatching(/not found when read.*ENOENT/), code: 'ENOENT' });
  });

  it('does not follow a symlink that replaced the file', async () => {
    await writeFile(path.join(dir, 'real.txt'), 'x');
    await symlink('real.txt', path.join(dir, 'link.txt'));
    expect(await readSource(path.join(dir, 'link.txt'))).toMatchObject({ ok: false, reason: expect.stringMatching(/symbolic link|ELOOP/) });
  });

  it('stops one byte past the limit and rejects the file as too large', async () => {
    await writeFile(path.join(dir, 'big.txt'), Buffer.alloc(2048, 'a'));
    expect(await readSource(path.join(dir, 'big.txt'), 1000)).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
    expect((await readSource(path.join(dir, 'big.txt'), 4096)).ok).toBe(true);
  });

  it('rejects a folder that took a file’s place', async () => {
    await mkdir(path.join(dir, 'was-a-file.txt'));
    expect((await readSource(path.join(dir, 'was-a-file.txt'))).ok).toBe(false);
  });

  it('reads many files, keeping their order', async () => {
    const entries = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const absolute = path.join(dir, `${i}.txt`);
        await writeFile(absolute, String(i));
        return { source: `${i}.txt`, absolute };
      }),
    );
    const loaded = await readSources(entries);
    expect(loaded.map((l) => (l.ok ? Buffer.from(l.bytes).toString() : l.reason))).toEqual(entries.map((_, i) => String(i)));
  });
});

describe('listContent', () => {
  it('throws a ContentFolderError naming a missing or non-folder content folder', async () => {
    await expect(listContent(path.join(dir, 'missing'))).rejects.toThrow(ContentFolderError);
    await expect(listContent(path.join(dir, 'missing'))).rejects.toThrow(/content folder not found: .*missing/);
    await writeFile(path.join(dir, 'file.txt'), 'x');
    await expect(listContent(path.join(dir, 'file.txt'))).rejects.toThrow(/not a folder/);
  });

  it('sorts sources by code unit and ignores hidden entries and symlinks with reasons', async () => {
    await mkdir(path.join(dir, 'b'));
    await mkdir(path.join(dir, '.hidden'));
    await writeFile(path.join(dir, '.hidden', 'x.txt'), 'x');
    await writeFile(path.join(dir, 'b', 'Z.txt'), 'x');
    await writeFile(path.join(dir, 'b', 'a.TXT'), 'x');
    await writeFile(path.join(dir, 'a.txt'), 'x');
    await writeFile(path.join(dir, '.DS_Store'), 'x');
    await symlink('b', path.join(dir, 'loop'));
    const listing = await listContent(dir);
    expect(listing.sources.map((s) => s.source)).toEqual(['a.txt', 'b/Z.txt', 'b/a.TXT']);
    expect(listing.ignored.map((i) => [i.source, i.reason.split(' ')[0]])).toEqual([
      ['.DS_Store', 'hidden'],
      ['.hidden/', 'hidden'],
      ['loop', 'symbolic'],
    ]);
    expect(listing.failed).toEqual([]);
  });
});
