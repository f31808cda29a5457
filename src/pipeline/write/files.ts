/**
 * Write stage, effectful half: puts rendered files on disk, touching only what changed and
 * removing files that no longer belong (an article deleted from the content folder).
 *
 * Files arrive as a stream (an iterable of path and text) and are written a bounded number at a
 * time, so the whole output never has to sit in memory at once and the disk is kept busy: at
 * 100,000 articles the output is gigabytes of JSON, and writing one file after another spends
 * most of its time waiting.
 *
 * Crash safety: each file is written to a temporary name and renamed over the old one, so a kill or a full
 * disk leaves every file either old or new, never truncated; report.json is written last (its presence
 * and date say the run finished). Only files listed in the manifest of the last run are ever deleted.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash } from '../ids.ts';
import { MANIFEST_FILE, manifestText, readManifest } from './outDir.ts';

/** Written after every other file: a report newer than the data would claim a run that did not finish. */
const LAST_FILE = 'report.json';

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
  // What this tool wrote before: the dev server remembers it, a CLI run reads the manifest. Nothing else
  // is ever deleted, whatever it is called.
  const ours = previous ? new Set(previous.keys()) : ((await readManifest(outDir)) ?? new Set<string>());
  const stale = new Set(ours);
  let last: [string, string, string | undefined] | undefined;
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
    await writeAtomically(target, content);
    stats.written++;
  };

  const iterator = files[Symbol.iterator]();
  const lane = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [relative, content, hash] = next.value;
      if (relative === LAST_FILE) last = [relative, content, hash];
      else await writeOne(relative, content, hash);
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, lane));

  // The manifest lists old and new files until the old are gone, so a kill in between still knows them.
  const gone = [...stale].filter((file) => !hashes.has(file) && file !== MANIFEST_FILE && file !== last?.[0]);
  await mkdir(outDir, { recursive: true });
  await writeAtomically(path.join(outDir, MANIFEST_FILE), manifestText([...hashes.keys(), ...(last ? [last[0]] : []), ...gone]));
  for (const file of gone) {
    await rm(path.join(outDir, file), { force: true });
    stats.removed++;
  }
  if (last) await writeOne(...last);
  await writeAtomically(path.join(outDir, MANIFEST_FILE), manifestText(hashes.keys()));
  return { stats, hashes };
}

let tempCounter = 0;

/** Write beside the target under a temporary name, then rename over it (atomic on one file system). */
export async function writeAtomically(target: string, content: string): Promise<void> {
  const temp = `${target}.${process.pid}.${tempCounter++}.tmp`;
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
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
