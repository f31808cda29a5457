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
import { promisify } from 'node:util';
import zlib from 'node:zlib';
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

/** The compressed copies written beside each JSON file when asked (`precompress`), as a CDN keeps them. */
export const PRECOMPRESSED = ['.br', '.gz'] as const;
/** Below this a compressed body saves less than its headers cost: such files are served as they are. */
export const MIN_PRECOMPRESS = 512;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The file's compressed copies. Brotli quality 7 and gzip 9: quality 10-11 saves another ~15 % but is two
 * orders of magnitude slower, hours at 100,000 stories; 7 keeps precompression a small part of a build.
 * The work runs on libuv's thread pool, beside the render.
 */
export async function compressedCopies(content: string): Promise<Array<[suffix: string, bytes: Buffer]>> {
  const bytes = Buffer.from(content);
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 7,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzip(bytes, { level: 9 }),
  ]);
  return [
    ['.br', br],
    ['.gz', gz],
  ];
}

const wantsCopies = (relative: string, content: string) => relative.endsWith('.json') && content.length >= MIN_PRECOMPRESS;

export interface WriteOptions {
  /** Write `<file>.br` and `<file>.gz` beside every JSON file of MIN_PRECOMPRESS bytes or more. */
  precompress?: boolean;
  /**
   * The source → id map of the manifest the last run wrote, with `previous` (the dev server keeps both): when
   * this run writes the same files and the same map, the manifest on disk is already this run's and is not
   * made again (sorting and writing some 180,000 names at 100,000 stories took seconds of every rebuild).
   */
  previousSources?: Readonly<Record<string, string>>;
}

/**
 * `previous` is what the last run wrote (kept by the dev server); without it the files on disk are
 * compared, so a CLI rebuild also rewrites only what changed.
 */
export async function writeFiles(
  outDir: string,
  /** A null text is a file the caller found unchanged, its hash that of `previous` (render.ts's KeptFile). */
  files: Iterable<readonly [path: string, text: string | null, hash?: string]>,
  previous?: OutputHashes,
  sources?: Readonly<Record<string, string>>,
  { precompress = false, previousSources }: WriteOptions = {},
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
  /** The compressed copies written (or kept) this run: listed in the manifest with the files. */
  const copies = new Set<string>();

  const writeOne = async (relative: string, content: string, knownHash?: string) => {
    const hash = knownHash ?? contentHash(content);
    hashes.set(relative, hash);
    stale.delete(relative);
    const target = path.join(outDir, relative);
    const copyNames = precompress && wantsCopies(relative, content) ? PRECOMPRESSED.map((suffix) => relative + suffix) : [];
    for (const name of copyNames) {
      copies.add(name);
      stale.delete(name);
    }
    const unchanged = previous
      ? previous.get(relative) === hash
      : onDisk!.has(relative) && (await readFile(target, 'utf8').catch(() => undefined)) === content;
    // Copies go with their file: an unchanged file keeps its copies, unless a run without them came between.
    const copiesThere = previous ? copyNames.every((name) => previous.has(name)) : copyNames.every((name) => onDisk!.has(name));
    if (unchanged && copiesThere) {
      stats.unchanged++;
      return;
    }
    const dir = path.dirname(target);
    let made = dirs.get(dir);
    if (!made) dirs.set(dir, (made = mkdir(dir, { recursive: true })));
    await made;
    if (!unchanged) await writeAtomically(target, content);
    // After the file: a copy older than its file is known to be stale (a kill in between), never served.
    if (copyNames.length) {
      for (const [suffix, bytes] of await compressedCopies(content)) await writeAtomically(target + suffix, bytes);
    }
    stats[unchanged ? 'unchanged' : 'written']++;
  };

  const iterator = files[Symbol.iterator]();
  const lane = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [relative, content, hash] = next.value;
      if (content === null) {
        // Nothing to write, and nothing that could be: a memo's word that the file is what was last written.
        if (precompress || hash === undefined || previous?.get(relative) !== hash) throw new Error(`${relative}: no text to write, and not unchanged`);
        hashes.set(relative, hash);
        stale.delete(relative);
        stats.unchanged++;
      } else if (relative === LAST_FILE) last = [relative, content, hash];
      else await writeOne(relative, content, hash);
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, lane));

  // The manifest lists old and new files until the old are gone, so a kill in between still knows them.
  const gone = [...stale].filter((file) => !hashes.has(file) && !copies.has(file) && file !== MANIFEST_FILE && file !== last?.[0]);
  await mkdir(outDir, { recursive: true });
  // When no file is to be removed and every file was ours before (a rebuild after an edit), the last manifest
  // already lists every file a kill could leave: the list of old and new files is not written first. (At
  // 100,000 stories the manifest lists some 180,000 files; writing it twice was a second of every rebuild.)
  const nothingNew = gone.length === 0 && [...hashes.keys(), ...copies].every((file) => ours.has(file)) && (!last || ours.has(last[0]));
  if (!nothingNew) {
    await writeAtomically(path.join(outDir, MANIFEST_FILE), manifestText([...hashes.keys(), ...copies, ...(last ? [last[0]] : []), ...gone], sources));
  }
  for (const file of gone) {
    await rm(path.join(outDir, file), { force: true });
    stats.removed++;
  }
  if (last) await writeOne(...last);
  const unchangedManifest = nothingNew && previous !== undefined && sameRecord(sources, previousSources);
  if (!unchangedManifest) await writeAtomically(path.join(outDir, MANIFEST_FILE), manifestText([...hashes.keys(), ...copies], sources));
  // The dev server compares the next run with these: copies are remembered by name (their file's hash).
  for (const name of copies) hashes.set(name, hashes.get(name.slice(0, name.lastIndexOf('.'))) ?? '');
  return { stats, hashes };
}

function sameRecord(a: Readonly<Record<string, string>> | undefined, b: Readonly<Record<string, string>> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

let tempCounter = 0;

/** Write beside the target under a temporary name, then rename over it (atomic on one file system). */
export async function writeAtomically(target: string, content: string | Buffer): Promise<void> {
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
