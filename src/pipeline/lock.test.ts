/**
 * Issue 12: taking over a stale `.verbatim-lock` is atomic. Before, two runs that both found the lock stale
 * could both delete it and both write, mixing their files and manifests in one out dir.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, isAlive, LOCK_FILE, LockError, removeStale } from './write/lock.ts';
import { MANIFEST_FILE } from './write/outDir.ts';
import { Pipeline } from './ingest.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Above Linux's pid_max: no process has it, so a lock naming it was left by a killed run. */
const DEAD_PID = 4_194_999;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verbatim-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const staleLock = () => writeFile(path.join(dir, LOCK_FILE), `${DEAD_PID}\n${hostname()}\n`);

function run(command: string, args: string[], onLine?: (line: string) => void) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    for (const line of chunk.toString().split('\n').filter(Boolean)) onLine?.(line);
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

describe('out dir lock', () => {
  it('many takeovers of one stale lock at once: exactly one run gets it', async () => {
    await staleLock();
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => acquireLock(dir)));
    const held = results.filter((r) => r.status === 'fulfilled');
    expect(held).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(LockError);
    await (held[0] as PromiseFulfilledResult<() => Promise<void>>).value();
    expect(await readdir(dir)).toEqual([]);
  });

  it('separate processes racing for a stale lock: exactly one acquires while it holds it', async () => {
    await staleLock();
    const contenders = 4;
    let decided = 0;
    let allDecided!: () => void;
    const everyoneAnswered = new Promise<void>((resolve) => (allDecided = resolve));
    const runs = Array.from({ length: contenders }, () =>
      run(process.execPath, ['--import', 'tsx', 'src/pipeline/hostile/lockContender.ts', dir], () => {
        if (++decided === contenders) allDecided();
      }),
    );
    // The holder keeps the lock until its stdin closes: everyone else decides while it is held.
    await everyoneAnswered;
    for (const r of runs) r.child.stdin.end();
    const outcomes = await Promise.all(runs.map((r) => r.done));
    for (const o of outcomes) expect(o.code, o.stderr).toBe(0);
    expect(outcomes.map((o) => o.stdout.trim()).sort()).toEqual(['acquired', ...Array(contenders - 1).fill('refused')]);
    expect(await readdir(dir)).toEqual([]);
  }, 120_000);

  it('a slow run taking over a stale lock never removes a new lock that reuses its inode number', async () => {
    // The file system may give the new lock the stale one's inode; a run still holding that number must not
    // take the new file for the stale one (seen in CI under load: two runs both acquired).
    const release = await acquireLock(dir);
    const lock = path.join(dir, LOCK_FILE);
    const { ino } = await import('node:fs/promises').then((fs) => fs.stat(lock));
    await removeStale(dir, lock, { pid: DEAD_PID, host: hostname(), ino, token: '' });
    expect((await readFile(lock, 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await expect(acquireLock(dir)).rejects.toThrow(LockError);
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a takeover file left by a run killed mid-takeover is taken over too', async () => {
    await staleLock();
    const { ino } = await import('node:fs/promises').then((fs) => fs.stat(path.join(dir, LOCK_FILE)));
    await writeFile(path.join(dir, `${LOCK_FILE}.takeover-${ino}`), `${DEAD_PID}\n${hostname()}\n`);
    const release = await acquireLock(dir);
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
    expect((await readFile(path.join(dir, LOCK_FILE), 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await release();
  });

  it('two ingests into one out dir at once (after a killed run) never mix: each finishes or is refused', async () => {
    const content = path.join(dir, 'content');
    const out = path.join(dir, 'out');
    await mkdir(path.join(content, 'Harbours'), { recursive: true });
    for (const name of ['ferry', 'lighthouse', 'pier']) {
      await writeFile(path.join(content, 'Harbours', `${name}.txt`), `The ${name} at Portwick reopens\n\nAn invented paragraph about the ${name}.\n`);
    }
    await mkdir(out);
    await writeFile(path.join(out, LOCK_FILE), `${DEAD_PID}\n${hostname()}\n`);
    const outcomes = await Promise.all(
      Array.from({ length: 2 }, () => run(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', content, '--out', out, '--workers', '0']).done),
    );
    for (const o of outcomes) {
      expect([0, 2], o.stderr).toContain(o.code);
      if (o.code === 2) expect(o.stderr).toMatch(/another Verbatim run \(pid \d+\) is writing/);
    }
    expect(outcomes.some((o) => o.code === 0)).toBe(true);
    // The folder is one complete run's output: every listed file exists, nothing half-done is left.
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as { files: string[] };
    for (const file of manifest.files) await expect(readFile(path.join(out, file), 'utf8')).resolves.toBeTruthy();
    expect(manifest.files.filter((f) => f.startsWith('articles/'))).toHaveLength(3);
    const all = await readdir(out, { recursive: true });
    expect(all.filter((f) => f.endsWith('.tmp') || f.startsWith(LOCK_FILE))).toEqual([]);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as { written: number };
    expect(report.written).toBe(3);
  }, 120_000);
});

describe('a second run while one is writing', () => {
  it('is told another run is writing, not that the half-written folder holds someone else\'s files', async () => {
    const content = path.join(dir, 'content');
    const out = path.join(dir, 'out');
    await mkdir(path.join(content, 'harbours'), { recursive: true });
    await writeFile(path.join(content, 'harbours', 'ferry.txt'), 'Ferry keeps running\n\nThe ferry ran on Tuesday.\n');
    // The first run holds the lock and has written some files, but not yet its manifest.
    await mkdir(path.join(out, 'articles'), { recursive: true });
    const release = await acquireLock(out);
    try {
      await writeFile(path.join(out, 'articles', 'ferry.json'), '{}');
      await expect(new Pipeline({ contentDir: content, outDir: out }).run()).rejects.toThrow(/another Verbatim run \(pid \d+\) is writing/);
    } finally {
      await release();
    }
  });
});

describe('isAlive', () => {
  it('calls a zombie dead: a killed build nobody reaps must not keep its leftovers forever', async () => {
    // `sh` starts a child that waits for a line on stdin, then becomes `sleep`, which never reaps it. The
    // line is sent only once the exec has happened (a shell may reap a child that ends before it execs),
    // so the child dies under `sleep` and stays a zombie. Every step waits for a state, never a time.
    const parent = spawn('sh', ['-c', 'exec 3<&0; (read line <&3) & echo $!; exec sleep 60'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const untilTrue = async (check: () => boolean) => {
      while (!check()) await new Promise((resolve) => setImmediate(resolve));
    };
    const read = (file: string) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    };
    try {
      const zombie = await new Promise<number>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim()))));
      await untilTrue(() => read(`/proc/${parent.pid}/comm`) === 'sleep\n');
      parent.stdin.write('go\n');
      await untilTrue(() => read(`/proc/${zombie}/stat`).split(') ')[1]?.[0] === 'Z');
      expect(() => process.kill(zombie, 0)).not.toThrow(); // the signal test alone says "alive"
      expect(isAlive(zombie)).toBe(false);
      expect(isAlive(parent.pid!)).toBe(true);
      expect(isAlive(DEAD_PID)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
