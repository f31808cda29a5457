/**
 * Issue 12: `--out` at the content folder or at an existing folder of the owner's files must never delete
 * a file Verbatim did not write; two runs at once must not share a folder; a stale lock is taken over.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Pipeline } from './ingest.ts';
import { LOCK_FILE, MANIFEST_FILE, OutDirError } from './write/outDir.ts';

let root: string;
let content: string;

const story = (headline: string) => `${headline}\n\nAn invented paragraph about the Portwick ferry timetable.\n`;
const run = (outDir: string, force = false, contentDir = content) => new Pipeline({ contentDir, outDir, workers: 0, force }).run();

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'verbatim-outdir-'));
  content = path.join(root, 'content');
  await mkdir(path.join(content, 'Harbours'), { recursive: true });
  await writeFile(path.join(content, 'Harbours', 'one.txt'), story('Ferry runs late again'));
  await writeFile(path.join(content, 'Harbours', 'two.txt'), story('Lighthouse gets new keeper'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('out dir safety', () => {
  it('refuses the content folder itself, a folder inside it and a folder around it, deleting nothing', async () => {
    await writeFile(path.join(content, 'owner.json'), '{"mine":true}');
    await expect(run(content)).rejects.toThrow(OutDirError);
    await expect(run(path.join(content, 'out'))).rejects.toThrow(/overlaps the content folder/);
    await expect(run(root, true)).rejects.toThrow(/overlaps the content folder/);
    expect(await readFile(path.join(content, 'owner.json'), 'utf8')).toBe('{"mine":true}');
    expect((await readdir(content)).sort()).toEqual(['Harbours', 'owner.json']);
  });

  it("refuses a non-empty folder of someone else's files unless forced, and even forced deletes none of them", async () => {
    const out = path.join(root, 'project');
    await mkdir(path.join(out, 'node_modules', 'x'), { recursive: true });
    await writeFile(path.join(out, 'package.json'), '{"name":"owner"}');
    await writeFile(path.join(out, 'node_modules', 'x', 'package.json'), '{}');
    await expect(run(out)).rejects.toThrow(/not a Verbatim output/);
    expect(await readdir(out)).toEqual(['node_modules', 'package.json']);

    await run(out, true);
    await rm(path.join(content, 'Harbours', 'two.txt'));
    await run(out);
    expect(await readFile(path.join(out, 'package.json'), 'utf8')).toBe('{"name":"owner"}');
    expect(await readFile(path.join(out, 'node_modules', 'x', 'package.json'), 'utf8')).toBe('{}');
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as { files: string[] };
    expect(manifest.files).not.toContain('package.json');
    expect(manifest.files).toContain('report.json');
  });

  it('deletes a file it wrote once its source is gone, but never an unlisted .json', async () => {
    const out = path.join(root, 'out');
    await run(out);
    const articles = () => readdir(path.join(out, 'articles'));
    expect(await articles()).toHaveLength(2);
    await writeFile(path.join(out, 'articles', 'owner-notes.json'), '{}');
    await rm(path.join(content, 'Harbours', 'two.txt'));
    const again = await run(out);
    expect(again.stats.removed).toBeGreaterThan(0);
    expect((await articles()).sort()).toEqual(['owner-notes.json', expect.stringMatching(/\.json$/)].sort());
    expect(await articles()).toContain('owner-notes.json');
    await expect(stat(path.join(out, LOCK_FILE))).rejects.toThrow();
  });

  it('refuses while a live process holds the lock and takes over a lock whose process is gone', async () => {
    const out = path.join(root, 'out');
    await run(out);
    // The parent of this test process is alive and is not us.
    await writeFile(path.join(out, LOCK_FILE), `${process.ppid}\n`);
    await expect(run(out)).rejects.toThrow(new RegExp(`pid ${process.ppid}`));
    // A pid beyond the kernel's limit belongs to no process: a lock left by a killed run.
    await writeFile(path.join(out, LOCK_FILE), '2147483646\n');
    await expect(run(out)).resolves.toBeTruthy();
    await expect(stat(path.join(out, LOCK_FILE))).rejects.toThrow();
  });

  it('leaves no temporary files behind', async () => {
    const out = path.join(root, 'out');
    await run(out);
    const all = await readdir(out, { recursive: true });
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
