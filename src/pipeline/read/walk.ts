/**
 * Lists every file under the content folder, so that nothing there goes unaccounted for: each entry
 * ends up as a source (read later), ignored (not a source, with why) or failed (could not even be
 * listed, with why). The listing itself never throws, except when the content folder is unusable.
 *
 * Policies (docs/ingest-robustness.md):
 * - Only `.txt` files (any case) are sources; every other file is ignored with a reason.
 * - Hidden entries (name starts with `.`: `.DS_Store`, `._x.txt` resource forks, `.git/`) are ignored
 *   with a reason. A hidden folder is reported once, as `name/`, and not entered.
 * - Symbolic links are ignored, never followed: a link may point outside the content folder (the build
 *   would publish files from elsewhere) or loop back into it. Copy a file in to include it.
 * - Sockets, FIFOs and devices are ignored (reading a FIFO could block forever).
 * - A sub-folder that cannot be read is a failure (so `--strict` notices), not a crash.
 */
import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { describeFsError, errorCode } from './fsErrors.ts';

export interface ContentEntry {
  /** Path relative to the content folder, forward slashes. */
  source: string;
  absolute: string;
}

export interface ContentListing {
  sources: ContentEntry[];
  ignored: Array<{ source: string; reason: string }>;
  /** Entries that may hold sources but could not be listed (an unreadable sub-folder), with the error code. */
  failed: Array<{ source: string; reason: string; code?: string }>;
}

/** The content folder itself is missing or unusable: nothing can be ingested. */
export class ContentFolderError extends Error {
  constructor(
    message: string,
    readonly folder: string,
  ) {
    super(message);
    this.name = 'ContentFolderError';
  }
}

export const IGNORE_REASONS = {
  hiddenFile: "hidden file (name starts with '.'): not a source",
  hiddenFolder: "hidden folder (name starts with '.'): not read",
  symlink: 'symbolic link: not followed (it may point outside the content folder or loop)',
  special: 'not a regular file (socket, FIFO or device)',
  notText: 'not a source: only .txt files are read',
  settings: 'collection settings (site name, description, footer): read by the build, not a story',
} as const;

export async function listContent(contentDir: string): Promise<ContentListing> {
  await assertContentFolder(contentDir);
  const listing: ContentListing = { sources: [], ignored: [], failed: [] };
  // Iterative, so deeply nested folders cannot overflow the stack.
  const pending: string[] = [contentDir];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === contentDir) {
        throw new ContentFolderError(`content folder ${contentDir}: ${describeFsError(error)}`, contentDir);
      }
      listing.failed.push({ source: `${relativeSource(contentDir, dir)}/`, reason: `folder ${describeFsError(error)}`, ...errorCode(error) });
      continue;
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const source = relativeSource(contentDir, absolute);
      const hidden = entry.name.startsWith('.');
      if (entry.isSymbolicLink()) {
        listing.ignored.push({ source, reason: IGNORE_REASONS.symlink });
      } else if (entry.isDirectory()) {
        if (hidden) listing.ignored.push({ source: `${source}/`, reason: IGNORE_REASONS.hiddenFolder });
        else pending.push(absolute);
      } else if (!entry.isFile()) {
        listing.ignored.push({ source, reason: IGNORE_REASONS.special });
      } else if (hidden) {
        listing.ignored.push({ source, reason: IGNORE_REASONS.hiddenFile });
      } else if (source === 'site.json') {
        listing.ignored.push({ source, reason: IGNORE_REASONS.settings });
      } else if (!isTextName(entry.name)) {
        listing.ignored.push({ source, reason: IGNORE_REASONS.notText });
      } else {
        listing.sources.push({ source, absolute });
      }
    }
  }
  // Sorted by code unit so the order (and so every id and output byte) is the same on every machine.
  listing.sources.sort((a, b) => byCodeUnit(a.source, b.source));
  listing.ignored.sort((a, b) => byCodeUnit(a.source, b.source));
  listing.failed.sort((a, b) => byCodeUnit(a.source, b.source));
  return listing;
}

/** Sources are `.txt` files, in any letter case. */
function isTextName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/**
 * Whether a content-relative path names a file `listContent` would read as a source: no hidden file or
 * folder on the way, a `.txt` name (what the dev server's first rebuild phase reads, without listing).
 */
export function couldBeSource(source: string): boolean {
  const parts = source.split('/');
  return !parts.some((part) => part.startsWith('.') || part === '') && isTextName(parts.at(-1)!);
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function assertContentFolder(contentDir: string): Promise<void> {
  let info;
  try {
    info = await stat(contentDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ContentFolderError(`content folder not found: ${contentDir}`, contentDir);
    }
    throw new ContentFolderError(`content folder ${contentDir}: ${describeFsError(error)}`, contentDir);
  }
  if (!info.isDirectory()) {
    throw new ContentFolderError(`content folder is not a folder: ${contentDir}`, contentDir);
  }
}

export function relativeSource(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** Folder names that split a dataset for machine learning, not a newsroom's sections. */
const DATASET_SPLITS = /^(?:train|training|dev|devel|development|test|testing|valid|validation|heldout|held-out)$/i;

/**
 * The folder a file sits in names its section (`business/001.txt` → `business`), also when a
 * collection is nested one level deeper (`bbc-2004-05/business/001.txt`). A dataset's split folder
 * (`polnear-us-2016/train/x.txt`) is no section: the folder above it names the collection instead.
 * Top-level files have none.
 */
export function folderOf(source: string): string | null {
  const parts = source.split('/');
  if (parts.length < 2) return null;
  const folder = parts[parts.length - 2]!;
  if (DATASET_SPLITS.test(folder) && parts.length >= 3) return parts[parts.length - 3]!;
  return folder;
}
