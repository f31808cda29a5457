import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerScript } from './workerScript.ts';

describe('workerScript', () => {
  it('bundles the worker once into a file named by its content, and lets old bundles go', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-worker-'));
    const day = 24 * 60 * 60;
    const old = path.join(dir, 'worker-0000000000000000.mjs');
    const recent = path.join(dir, 'worker-1111111111111111.mjs');
    const unrelated = path.join(dir, 'notes.txt');
    for (const file of [old, recent, unrelated]) await writeFile(file, '// earlier');
    const twoDaysAgo = Date.now() / 1000 - 2 * day;
    await utimes(old, twoDaysAgo, twoDaysAgo);
    await utimes(unrelated, twoDaysAgo, twoDaysAgo);

    const first = fileURLToPath(await workerScript(dir));
    expect(path.dirname(first)).toBe(dir);
    expect(path.basename(first)).toMatch(/^worker-[0-9a-f]{16}\.mjs$/);
    // Plain JavaScript that needs no TypeScript loader: the worker's message handler, no type syntax.
    const code = await readFile(first, 'utf8');
    expect(code).toContain('parentPort');
    expect(code).not.toMatch(/\binterface WorkerJob\b/);
    // A bundle older than a day that is not this code's goes; a recent one (a run may be starting on it)
    // and files that are not bundles stay.
    expect((await readdir(dir)).sort()).toEqual([path.basename(first), 'notes.txt', path.basename(recent)].sort());

    const written = (await stat(first)).mtimeMs;
    const second = fileURLToPath(await workerScript(dir));
    expect(second).toBe(first);
    expect((await stat(second)).mtimeMs).toBe(written);
  }, 30_000);
});
