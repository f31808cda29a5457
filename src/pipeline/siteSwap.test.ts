/**
 * Issue 12: a `vite build` that fails or is killed halfway must leave the last good site byte for byte.
 * The build writes into `<outDir>.next-<pid>` and swaps it in only when complete (write/siteSwap.ts).
 * These tests run the real `vite build` (the project's vite.config.ts) on invented stories.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReplaceable, nextDirFor, recoverSite, swapIntoPlace } from './write/siteSwap.ts';
import { OutDirError } from './write/outDir.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let scratch: string;
let content: string;
let site: string;

const story = (headline: string, place: string) =>
  `${headline}\n\nThe harbour board of ${place} met on Tuesday. "We will keep the ferry running," said Ilse Marrow, its chair.\n`;

function startBuild(): ChildProcess {
  return spawn('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', site], {
    cwd: repoRoot,
    env: { ...process.env, CONTENT_DIR: content },
    // Its own process group, so a kill reaches vite under npx.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** Every file under `dir` with the hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const file = path.join(e.parentPath, e.name);
    files[path.relative(dir, file)] = createHash('sha1').update(await readFile(file)).digest('hex');
  }
  return files;
}

const siblings = async () => (await readdir(scratch)).filter((name) => name.startsWith('site')).sort();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'verbatim-swap-'));
  content = path.join(scratch, 'content');
  site = path.join(scratch, 'site');
  await mkdir(path.join(content, 'harbours'), { recursive: true });
  await writeFile(path.join(content, 'harbours', 'ferry.txt'), story('Ferry keeps running at Portwick', 'Portwick'));
  await writeFile(path.join(content, 'site.json'), JSON.stringify({ name: 'Harbour Notes' }));
  const first = await finished(startBuild());
  expect(first.code, first.output).toBe(0);
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('vite build swaps a complete site into place', () => {
  it('a build that fails halfway (a broken site.json stops it) leaves the last site byte-identical', async () => {
    const before = await snapshot(site);
    expect(Object.keys(before)).toContain(path.join('data', 'report.json'));
    await writeFile(path.join(content, 'harbours', 'second.txt'), story('Second ferry ordered for Portwick', 'Portwick'));
    await writeFile(path.join(content, 'site.json'), '{ "name": "Harbour Notes",, }');
    const failed = await finished(startBuild());
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/site\.json:1: not valid JSON/);
    expect(await snapshot(site)).toEqual(before);
    expect(await siblings()).toEqual(['site']);
    await writeFile(path.join(content, 'site.json'), JSON.stringify({ name: 'Harbour Notes' }));
  }, 120_000);

  it('a build killed while it writes leaves the last site byte-identical; the next build cleans up and swaps', async () => {
    const before = await snapshot(site);
    await writeFile(path.join(content, 'harbours', 'third.txt'), story('Lighthouse keeper retires at Portwick', 'Portwick'));
    const child = startBuild();
    const done = finished(child);
    // Wait for the state, not for a time: the build's own folder has its first files.
    let next: string | undefined;
    while (!next) {
      const found = (await readdir(scratch)).find((name) => name.startsWith('site.next-'));
      if (found && (await readdir(path.join(scratch, found)).catch(() => [])).length > 0) next = found;
      else await new Promise((resolve) => setImmediate(resolve));
    }
    process.kill(-child.pid!, 'SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    expect(await snapshot(site)).toEqual(before);
    expect(await siblings()).toEqual(['site', next].sort());

    const rebuilt = await finished(startBuild());
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(await siblings()).toEqual(['site']);
    const report = JSON.parse(await readFile(path.join(site, 'data', 'report.json'), 'utf8')) as { written: number };
    expect(report.written).toBe(3);
  }, 120_000);
});

describe('swap helpers', () => {
  it('puts back the last site when a kill fell between the two renames, and removes dead builds', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-swap-unit-'));
    const final = path.join(dir, 'dist');
    // A pid that cannot be alive: above Linux's pid_max.
    const dead = 4_194_999;
    await mkdir(path.join(`${final}.old-${dead}`, 'data'), { recursive: true });
    await writeFile(path.join(`${final}.old-${dead}`, 'data', 'report.json'), '{"last":"good"}');
    await mkdir(nextDirFor(final, dead), { recursive: true });
    await recoverSite(final);
    expect(await readdir(dir)).toEqual(['dist']);
    expect(await readFile(path.join(final, 'data', 'report.json'), 'utf8')).toBe('{"last":"good"}');

    const next = nextDirFor(final);
    await mkdir(next);
    await writeFile(path.join(next, 'index.html'), 'new');
    await swapIntoPlace(next, final);
    expect(await readdir(dir)).toEqual(['dist']);
    expect(await readdir(final)).toEqual(['index.html']);
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses to replace a folder of someone else's files", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-swap-unit-'));
    await writeFile(path.join(dir, 'package.json'), '{}');
    await expect(checkReplaceable(dir)).rejects.toThrow(OutDirError);
    await expect(checkReplaceable(path.join(dir, 'absent'))).resolves.toBeUndefined();
    await rm(dir, { recursive: true, force: true });
  });
});
