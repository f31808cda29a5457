/**
 * Write stage, effectful half: puts rendered files on disk, touching only what changed and
 * removing files that no longer belong (an article deleted from the content folder).
 *
 * Files arrive as a stream (an iterable of path and text) and are written a bounded number at a
 * time, so the whole output never has to sit in memory at once and the disk is kept busy: at
 * 100,000 articles the output is gigabytes of JSON, and writing one file after another spends
 * most of its time waiting.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash } from '../ids.ts';

export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
}

/** What a run wrote, as a hash per file: enough to tell next time what changed, at a fraction of the memory. */
export type OutputHashes = Map<string, string>;

export interface WriteResult {
  stats: WriteStats;
  hashes: OutputHashes;
}

/** Files written at once. */
export const WRITE_CONCURRENCY = 32;

/**
 * `previous` is what the last run wrote (kept by the dev server); without it the files on disk are
 * compared, so a CLI rebuild also rewrites only what changed.
 */
export async function writeFiles(
  outDir: string,
  files: Iterable<readonly [path: string, text: string, hash?: string]>,
  previous?: OutputHashes,
): Promise<WriteResult> {
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  const hashes: OutputHashes = new Map();
  const onDisk = previous ? undefined : new Set(await listFiles(outDir));
  const stale = new Set(previous ? previous.keys() : onDisk);
  const dirs = new Map<string, Promise<unknown>>();

  const writeOne = async (relative: string, content: string, knownHash?: string) => {
    const hash = knownHash ?? contentHash(content);
    hashes.set(relative, hash);
    stale.delete(relative);
    const target = path.join(outDir, relative);
    const unchanged = previous
      ? previous.get(relative) === hash
      : onDisk!.has(relative) && (await readFile(target, 'utf8').catch(() => undefined)) === content;
    if (unchanged) {
      stats.unchanged++;
      return;
    }
    const dir = path.dirname(target);
    let made = dirs.get(dir);
    if (!made) dirs.set(dir, (made = mkdir(dir, { recursive: true })));
    await made;
    await writeFile(target, content);
    stats.written++;
  };

  const iterator = files[Symbol.iterator]();
  const lane = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [relative, content, hash] = next.value;
      await writeOne(relative, content, hash);
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, lane));

  for (const gone of stale) {
    if (hashes.has(gone) || !gone.endsWith('.json')) continue;
    await rm(path.join(outDir, gone), { force: true });
    stats.removed++;
  }
  return { stats, hashes };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}
