/**
 * A `vite build` never destroys the last good site. Vite empties its outDir before it writes, so a build
 * killed or failing halfway used to leave an empty or half-written `dist`. Instead the build writes into a
 * sibling folder (`dist.next-<pid>`) and only a complete build is swapped into place:
 *
 *   dist → dist.old-<pid>, dist.next-<pid> → dist, then dist.old-<pid> is removed.
 *
 * A failed build removes its own folder and leaves `dist` untouched. A killed build leaves its folder
 * behind; the next build removes it. A kill between the two renames (a window of two system calls) leaves
 * no `dist` but a complete `dist.old-<pid>`: the next build puts it back before it starts.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, OutDirError } from './outDir.ts';
import { isAlive } from './lock.ts';

const NEXT = '.next-';
const OLD = '.old-';

/** Where a build by process `pid` writes before the swap: a sibling, so that rename stays on one disk. */
export function nextDirFor(finalDir: string, pid = process.pid): string {
  return `${finalDir}${NEXT}${pid}`;
}

function oldDirFor(finalDir: string, pid = process.pid): string {
  return `${finalDir}${OLD}${pid}`;
}

/** Leftovers of earlier builds of `finalDir`, by kind and the pid that made them. */
async function leftovers(finalDir: string): Promise<Array<{ dir: string; kind: 'next' | 'old'; pid: number }>> {
  const parent = path.dirname(finalDir);
  const base = path.basename(finalDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  return names.flatMap((name) => {
    for (const [marker, kind] of [[NEXT, 'next'], [OLD, 'old']] as const) {
      const prefix = base + marker;
      const pid = Number(name.slice(prefix.length));
      if (name.startsWith(prefix) && Number.isInteger(pid) && pid > 0) return [{ dir: path.join(parent, name), kind, pid }];
    }
    return [];
  });
}

/**
 * Before a build: puts back the last good site if a kill between the swap's renames left none, and removes
 * folders that killed builds left behind (never those of a build that is still running).
 */
export async function recoverSite(finalDir: string): Promise<void> {
  const found = (await leftovers(finalDir)).filter((l) => l.pid === process.pid || !isAlive(l.pid));
  if (!(await exists(finalDir))) {
    const old = found.find((l) => l.kind === 'old');
    if (old) {
      await rename(old.dir, finalDir);
      found.splice(found.indexOf(old), 1);
    }
  }
  for (const l of found) await rm(l.dir, { recursive: true, force: true });
}

/**
 * Refuses to replace a non-empty folder that is not a Verbatim site (it has no `data/` written by the
 * pipeline): the swap removes the old folder whole, and `--outDir` pointed at the wrong folder must not
 * cost the owner their files.
 */
export async function checkReplaceable(finalDir: string): Promise<void> {
  const entries = await readdir(finalDir).catch(() => null);
  if (!entries || entries.length === 0) return;
  const data = path.join(finalDir, 'data');
  if ((await exists(path.join(data, MANIFEST_FILE))) || (await exists(path.join(data, 'report.json')))) return;
  throw new OutDirError(
    `refusing to build into ${finalDir}: it is not empty and is not a Verbatim site (no data/${MANIFEST_FILE}); ` +
      'choose another --outDir, or empty it first',
  );
}

/** After a complete build: the new site replaces the old in two renames; the old one is then removed. */
export async function swapIntoPlace(nextDir: string, finalDir: string): Promise<void> {
  const oldDir = oldDirFor(finalDir);
  const hadOld = await exists(finalDir);
  if (hadOld) await rename(finalDir, oldDir);
  try {
    await rename(nextDir, finalDir);
  } catch (error) {
    if (hadOld) await rename(oldDir, finalDir);
    throw error;
  }
  if (hadOld) await rm(oldDir, { recursive: true, force: true });
}

/** After a failed build: its half-written folder goes; the last good site was never touched. */
export async function discardBuild(nextDir: string): Promise<void> {
  await rm(nextDir, { recursive: true, force: true });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
