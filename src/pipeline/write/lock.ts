/**
 * The out dir's lock: held while a run writes, because two runs into one folder would mix their files and
 * manifests. The lock file is created with O_EXCL and names its holder (pid and host).
 *
 * Taking over a stale lock (its process is gone: a killed run) must itself be atomic. Before, two runs could
 * both find the lock stale, and the slower one deleted the lock the faster had just taken: both then wrote.
 * Now a stale lock may only be removed by the run that creates, again with O_EXCL, a takeover file named
 * after that lock file's inode (`.verbatim-lock.takeover-<inode>`). Only one run can create it, and while it
 * exists nobody else touches that lock file; a new lock is then taken the ordinary way (O_EXCL), so exactly
 * one run holds the folder. A takeover file left by a run killed mid-takeover is stale in the same way and
 * taken over by the same rule.
 *
 * A file is known by its inode *and* a random token written into it, never by the inode alone: a file system
 * may give a new lock the inode of the stale one just deleted, and a slow run holding the old number would
 * then delete the new, live lock (seen in CI under load: two runs both acquired).
 */
import { readFileSync } from 'node:fs';
import { link, open, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { setImmediate as yieldOnce } from 'node:timers/promises';

export const LOCK_FILE = '.verbatim-lock';
const TAKEOVER = `${LOCK_FILE}.takeover-`;

/** A run busy taking over a lock needs a few steps; waiting longer than this many turns means it is stuck. */
const MAX_ATTEMPTS = 200;

export class LockError extends Error {}

export interface Holder {
  pid: number;
  host: string;
  ino: number;
  /** Random per file ('' in a file written without one). */
  token: string;
}

/** The same file as `b`, not another one that reuses its inode. */
function sameFile(a: Pick<Holder, 'ino' | 'token'> | null, b: Pick<Holder, 'ino' | 'token'>): boolean {
  return a !== null && a.ino === b.ino && a.token === b.token;
}

/** True for the lock and takeover files: not someone else's files in the out dir. */
export function isLockFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(TAKEOVER);
}

/**
 * Takes the lock in `outDir` (which must exist), or throws LockError naming the live process that holds it.
 * Returns the release.
 */
export async function acquireLock(outDir: string): Promise<() => Promise<void>> {
  const lock = path.join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const mine = await createExclusive(lock);
    if (mine !== null) {
      // Remove only our own lock file, never one another run made.
      return async () => {
        if (sameFile(await readHolder(lock), mine)) await rm(lock, { force: true });
      };
    }
    const holder = await readHolder(lock);
    if (!holder) continue; // released between our create and our read
    if (isLive(holder)) {
      throw new LockError(
        `another Verbatim run (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}) is writing to ${outDir}; ` +
          `wait for it to finish (or delete ${lock} if that process is not Verbatim)`,
      );
    }
    await removeStale(outDir, lock, holder);
    // Whether we removed it or another run is doing so, try again: O_EXCL decides who gets the new lock.
    await yieldOnce();
  }
  throw new LockError(`could not lock ${outDir}: another run keeps taking over ${lock}`);
}

/** Removes the stale file `file` (a lock or a takeover file) if this run wins its takeover file. */
export async function removeStale(outDir: string, file: string, stale: Holder, depth = 0): Promise<void> {
  const key = path.join(outDir, `${TAKEOVER}${stale.ino}`);
  const mine = await createExclusive(key);
  if (mine === null) {
    // Someone else is taking this lock over; if that run died mid-takeover, its takeover file is stale too.
    const other = await readHolder(key);
    if (other && !isLive(other) && depth < 8) await removeStale(outDir, key, other, depth + 1);
    return;
  }
  try {
    // Nobody else may remove the stale file while we hold its takeover file, so if it is still there it is
    // still the stale one; a new lock that reused its inode carries another token and is left alone.
    if (sameFile(await readHolder(file), stale)) await rm(file, { force: true });
  } finally {
    await rm(key, { force: true });
  }
}

let tempCounter = 0;

/**
 * Creates `file` only if absent, holding our pid, host and a random token; its inode and token, or null when
 * it exists. Written under a temporary name and linked into place (link fails if the name exists), so a lock
 * is never seen half-written: an empty lock file would look stale while its creator is still writing it.
 */
async function createExclusive(file: string): Promise<Pick<Holder, 'ino' | 'token'> | null> {
  const temp = `${file}.${process.pid}.${tempCounter++}.tmp`;
  const token = randomBytes(8).toString('hex');
  await writeFile(temp, `${process.pid}\n${hostname()}\n${token}\n`, { flag: 'wx' });
  try {
    await link(temp, file);
    return { ino: (await stat(temp)).ino, token };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Who holds a lock (or takeover) file, read through one handle; null when it is gone. Garbage counts as stale. */
async function readHolder(file: string): Promise<Holder | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return null;
  }
  try {
    const ino = (await handle.stat()).ino;
    const [pidText = '', host = '', token = ''] = (await handle.readFile('utf8')).split('\n');
    const pid = Number(pidText.trim());
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, host: host.trim() || hostname(), ino, token: token.trim() };
  } finally {
    await handle.close();
  }
}

/** A holder on another host cannot be checked, so it counts as live; so does this process itself. */
function isLive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === 0) return false;
  return holder.pid === process.pid || isAlive(holder.pid);
}

/**
 * Whether process `pid` still runs. A zombie does not: a killed build whose parent died too is re-parented
 * to pid 1, and in a container pid 1 often never reaps it, so `kill(pid, 0)` alone would call it alive
 * forever and its leftovers would never be cleaned (seen in CI).
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ...": the command may hold spaces or parentheses, so read after the last ")".
    return stat[stat.lastIndexOf(')') + 2] === 'Z';
  } catch {
    return false; // no /proc (not Linux): the signal test is all there is
  }
}
