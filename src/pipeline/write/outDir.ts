/**
 * The output folder's safety rules. Verbatim deletes only files it wrote itself (listed in its manifest),
 * never writes into or around the content folder, and does not adopt a folder of someone else's files
 * unless told to (`--force`): `--out .` or `--out content` must never cost the owner a file.
 */
import { mkdir, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

export function manifestText(files: Iterable<string>): string {
  return `${JSON.stringify({ verbatim: 1, files: [...files].sort() })}\n`;
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

/**
 * Throws OutDirError when `outDir` equals, contains or lies inside `contentDir`, or is a non-empty folder
 * that is not a Verbatim output (no manifest, no report.json) and `force` is not set.
 */
export async function checkOutDir(contentDir: string, outDir: string, force = false): Promise<void> {
  const [content, out] = await Promise.all([realish(contentDir), realish(outDir)]);
  if (within(out, content) || within(content, out)) {
    throw new OutDirError(
      `refusing to write into ${outDir}: it overlaps the content folder ${contentDir} (choose an output folder outside it)`,
    );
  }
  // A lock or temporary file alone is what a run killed before its first write leaves.
  const entries = (await readdir(out).catch(() => [] as string[])).filter((e) => e !== '.verbatim-lock' && !e.endsWith('.tmp'));
  if (entries.length === 0 || force) return;
  // A folder a previous Verbatim run wrote (with a manifest, or report.json from before manifests existed).
  if (entries.includes(MANIFEST_FILE) || entries.includes('report.json')) return;
  throw new OutDirError(
    `refusing to write into ${outDir}: it is not empty and is not a Verbatim output (no ${MANIFEST_FILE}). ` +
      'Choose an empty folder, or pass --force to add Verbatim files to it (only files Verbatim writes are ever deleted).',
  );
}

/** Held while a run writes: two runs into one folder would mix their files and manifests. */
export const LOCK_FILE = '.verbatim-lock';

/**
 * Takes the out dir's lock (creating the folder), or throws OutDirError naming the live process that holds
 * it. A lock left by a process that no longer exists (killed mid-run) is taken over. Returns the release.
 */
export async function lockOutDir(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const lock = path.join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new OutDirError(
        `another Verbatim run (pid ${holder}) is writing to ${outDir}; wait for it to finish (or delete ${lock} if that process is not Verbatim)`,
      );
    }
    // Stale (its process is gone) or unreadable: take it over.
    await rm(lock, { force: true });
  }
  throw new OutDirError(`could not lock ${outDir}: ${lock} keeps reappearing`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
