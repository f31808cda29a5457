/**
 * Lists every file under the content folder, so that nothing there goes unaccounted for:
 * `.txt` files are sources; anything else is reported as ignored with a reason.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface ContentEntry {
  /** Path relative to the content folder, forward slashes. */
  source: string;
  absolute: string;
}

export interface ContentListing {
  sources: ContentEntry[];
  ignored: Array<{ source: string; reason: string }>;
}

export async function listContent(contentDir: string): Promise<ContentListing> {
  const sources: ContentEntry[] = [];
  const ignored: ContentListing['ignored'] = [];
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    const source = path.relative(contentDir, absolute).split(path.sep).join('/');
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) {
      ignored.push({ source, reason: 'not a regular file (link, socket or device)' });
    } else if (!entry.name.toLowerCase().endsWith('.txt')) {
      ignored.push({ source, reason: 'not a source: only .txt files are read' });
    } else {
      sources.push({ source, absolute });
    }
  }
  // Sorted by code unit so the order (and so every id and output byte) is the same on every machine.
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  sources.sort((a, b) => byCodeUnit(a.source, b.source));
  ignored.sort((a, b) => byCodeUnit(a.source, b.source));
  return { sources, ignored };
}

/**
 * The folder a file sits in names its section (`business/001.txt` → `business`), also when a
 * collection is nested one level deeper (`bbc-2004-05/business/001.txt`). Top-level files have none.
 */
export function folderOf(source: string): string | null {
  const parts = source.split('/');
  return parts.length > 1 ? (parts[parts.length - 2] ?? null) : null;
}
