/**
 * Runs a command as a child process and measures its wall time, CPU time and peak memory. Peak memory is
 * the largest resident set of any process in the child's tree: GNU time's `%M` when /usr/bin/time exists
 * (Debian package `time`), else the highest VmHWM seen while polling /proc for the tree. CPU time (user +
 * system, `%U` + `%S`, the tree's waited-for children included) comes from GNU time only: on a shared machine
 * it moves far less than wall time.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { access, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface ChildRun {
  code: number | null;
  ms: number;
  /** Peak resident memory in bytes, or null when neither method was available. */
  peakBytes: number | null;
  peakMethod: string;
  /** User + system CPU seconds of the child and the children it waited for; null without GNU time. */
  cpuSeconds: number | null;
  output: string;
  /** Stopped by the timeout. */
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';

export async function hasGnuTime(): Promise<boolean> {
  return access(GNU_TIME).then(() => true, () => false);
}

export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logFile?: string; timeoutMs?: number },
): Promise<ChildRun> {
  const useTime = await hasGnuTime();
  const rssFile = path.join(os.tmpdir(), `verbatim-bench-rss-${process.pid}-${Date.now()}`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  let output = '';
  const started = performance.now();
  // Its own process group, so a timeout can stop the whole tree (npx → tsx → node), not just the top.
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    log?.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let polledPeak = 0;
  const poller = useTime ? null : setInterval(() => void treePeak(child.pid!).then((b) => (polledPeak = Math.max(polledPeak, b))), 250);
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid!, 'SIGTERM');
      }, options.timeoutMs)
    : null;
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (poller) clearInterval(poller);
  if (timer) clearTimeout(timer);
  log?.end();
  let peakBytes: number | null = polledPeak || null;
  let cpuSeconds: number | null = null;
  if (useTime) {
    // The last line: a killed child gets a "Command terminated by signal" line before it.
    const [kb, user, sys] = (await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').pop()!.split(' ').map(Number);
    peakBytes = kb !== undefined && Number.isFinite(kb) && kb > 0 ? kb * 1024 : null;
    cpuSeconds = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? user + sys : null;
    await rm(rssFile, { force: true });
  }
  return { code, ms, peakBytes, peakMethod: useTime ? '/usr/bin/time %M' : '/proc VmHWM poll', cpuSeconds, output, timedOut };
}

/** Highest VmHWM (peak RSS) among a process and its descendants, in bytes. */
async function treePeak(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(name), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 50; p = parents.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let peak = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb * 1024);
  }
  return peak;
}
