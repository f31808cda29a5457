/**
 * Write stage, effectful half: puts rendered files on disk, touching only what changed and
 * removing files that no longer belong (an article deleted from the content folder).
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * `previous` is what the last run wrote (kept in memory by the dev server); without it the
 * files on disk are compared, so a CLI rebuild also rewrites only what changed.
 */
export async function writeFiles(
  outDir: string,
  files: Map<string, string>,
  previous?: Map<string, string>,
): Promise<WriteStats> {
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  const existing = previous ? new Set(previous.keys()) : new Set(await listFiles(outDir));
  const dirs = new Set<string>();
  for (const [relative, content] of files) {
    existing.delete(relative);
    const target = path.join(outDir, relative);
    const before = previous ? previous.get(relative) : await readFile(target, 'utf8').catch(() => undefined);
    if (before === content) {
      stats.unchanged++;
      continue;
    }
    const dir = path.dirname(target);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    await writeFile(target, content);
    stats.written++;
  }
  for (const stale of existing) {
    if (!stale.endsWith('.json')) continue;
    await rm(path.join(outDir, stale), { force: true });
    stats.removed++;
  }
  return stats;
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
