/**
 * The output folder's safety rules. Verbatim deletes only files it wrote itself (listed in its manifest),
 * never writes into or around the content folder, and does not adopt a folder of someone else's files
 * unless told to (`--force`): `--out .` or `--out content` must never cost the owner a file.
 */
import { mkdir, readFile, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock, isLockFile, LockError } from './lock.ts';

export { LOCK_FILE } from './lock.ts';

/** Every file the last run wrote, relative to the out dir; the only files a later run may delete. */
export const MANIFEST_FILE = '.verbatim-files.json';

export class OutDirError extends Error {}

/** The files Verbatim wrote into `outDir` last time; null when there is no (readable) manifest. */
export async function readManifest(outDir: string): Promise<Set<string> | null> {
  const text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    if (!Array.isArray(parsed.files)) return null;
    // Only plain relative paths inside the folder: a tampered manifest must not reach outside it.
    return new Set(parsed.files.filter((f): f is string => typeof f === 'string' && isInside(f)));
  } catch {
    return null;
  }
}

/**
 * `sources` maps each source file to the article id it became, so that a later run that cannot read a source
 * (a folder briefly unreadable) knows which published article to keep (keepUnreadable.ts).
 */
export function manifestText(files: Iterable<string>, sources?: Readonly<Record<string, string>>): string {
  const sorted = sources ? Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : undefined;
  return `${JSON.stringify({ verbatim: 1, files: [...files].sort(), ...(sorted ? { sources: sorted } : {}) })}\n`;
}

/** The source → article id map of the last run's manifest (empty when there is none). */
export async function readManifestSources(outDir: string): Promise<Map<string, string>> {
  const text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => null);
  try {
    const parsed = text === null ? null : (JSON.parse(text) as { sources?: unknown });
    const sources = parsed?.sources;
    if (!sources || typeof sources !== 'object') return new Map();
    return new Map(Object.entries(sources).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}

function isInside(relative: string): boolean {
  return relative !== '' && !path.isAbsolute(relative) && !relative.split(/[\\/]/).some((part) => part === '..' || part === '');
}

/** The real path of `dir`, or of its nearest existing ancestor plus the rest (the out dir may not exist yet). */
async function realish(dir: string): Promise<string> {
  const absolute = path.resolve(dir);
  const real = await realpath(absolute).catch(() => null);
  if (real) return real;
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(await realish(parent), path.basename(absolute));
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);

/** Throws OutDirError when `outDir` equals, contains or lies inside `contentDir`; returns its real path. */
export async function checkOverlap(contentDir: string, outDir: string): Promise<string> {
  const [content, out] = await Promise.all([realish(contentDir), realish(outDir)]);
  if (within(out, content) || within(content, out)) {
    throw new OutDirError(
      `refusing to write into ${outDir}: it overlaps the content folder ${contentDir} (choose an output folder outside it)`,
    );
  }
  return out;
}

/**
 * Throws OutDirError when `outDir` equals, contains or lies inside `contentDir`, or is a non-empty folder
 * that is not a Verbatim output (no manifest, no report.json) and `force` is not set.
 */
export async function checkOutDir(contentDir: string, outDir: string, force = false): Promise<void> {
  const out = await checkOverlap(contentDir, outDir);
  // A lock or temporary file alone is what a run killed before its first write leaves.
  const entries = (await readdir(out).catch(() => [] as string[])).filter((e) => !isLockFile(e) && !e.endsWith('.tmp'));
  if (entries.length === 0 || force) return;
  // A folder a previous Verbatim run wrote (with a manifest, or report.json from before manifests existed).
  if (entries.includes(MANIFEST_FILE) || entries.includes('report.json')) return;
  throw new OutDirError(
    `refusing to write into ${outDir}: it is not empty and is not a Verbatim output (no ${MANIFEST_FILE}). ` +
      'Choose an empty folder, or pass --force to add Verbatim files to it (only files Verbatim writes are ever deleted).',
  );
}

/**
 * Takes the out dir's lock (creating the folder), or throws OutDirError naming the live process that holds
 * it. A lock left by a process that no longer exists (killed mid-run) is taken over, atomically (lock.ts).
 * Returns the release.
 */
export async function lockOutDir(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  try {
    return await acquireLock(outDir);
  } catch (error) {
    if (error instanceof LockError) throw new OutDirError(error.message);
    throw error;
  }
}
