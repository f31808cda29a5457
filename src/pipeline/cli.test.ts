/**
 * The ingest CLI's contract for scripts and CI: exit 0 by default even when files are rejected;
 * non-zero with --strict, with a summary on stderr; 2 when the content folder is missing, with a
 * message that names it and no stack trace. Run as `npm run ingest` runs it (scripts/ingest.mjs, the bundled CLI).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestReportSchema } from '../content/schema.ts';
import { buildHostileFolder, type HostileFolder } from './hostile/hostileFolder.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ingest(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/ingest.mjs', ...args], { cwd: repoRoot, env: { ...process.env, VERBATIM_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let folder: HostileFolder;
let scratch: string;
let lenient: Run;
let strict: Run;
let missing: Run;
let notFolder: Run;

beforeAll(async () => {
  folder = await buildHostileFolder();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'verbatim-cli-'));
  await writeFile(path.join(scratch, 'a-file.txt'), 'not a folder');
  [lenient, strict, missing, notFolder] = await Promise.all([
    ingest(folder.root, '--out', path.join(scratch, 'out-lenient'), '--workers', '0'),
    ingest(folder.root, '--out', path.join(scratch, 'out-strict'), '--strict', '--workers', '0'),
    ingest(path.join(scratch, 'no such folder'), '--out', path.join(scratch, 'out-missing')),
    ingest(path.join(scratch, 'a-file.txt'), '--out', path.join(scratch, 'out-file')),
  ]);
}, 180_000);

afterAll(async () => {
  await folder?.cleanup();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('ingest CLI', () => {
  it('keeps going and exits 0 by default, listing rejections and writing the report', async () => {
    expect(lenient.stderr).toBe('');
    expect(lenient.code).toBe(0);
    const report = IngestReportSchema.parse(JSON.parse(await readFile(path.join(scratch, 'out-lenient', 'report.json'), 'utf8')));
    expect(report.rejected.length).toBeGreaterThan(0);
    expect(lenient.stdout).toContain(`read ${report.read}, written ${report.written}, rejected ${report.rejected.length}`);
    expect(lenient.stdout).toMatch(/rejected {2}binary\/picture\.txt: binary file/);
  });

  it('exits non-zero with --strict and summarises the rejections on stderr', async () => {
    expect(strict.code).toBe(1);
    const report = IngestReportSchema.parse(JSON.parse(await readFile(path.join(scratch, 'out-strict', 'report.json'), 'utf8')));
    expect(strict.stderr).toContain(`--strict: ${report.rejected.length} file(s) rejected`);
    expect(strict.stderr).toContain('empty/empty.txt: empty file');
    expect(strict.stderr).toContain('report.json');
  });

  it('exits 2 with a clear message naming a missing content folder, and no stack trace', () => {
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`content folder not found: ${path.join(scratch, 'no such folder')}`);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(missing.stdout).toBe('');
  });

  it('exits 2 when the content folder is a file', () => {
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain(`content folder is not a folder: ${path.join(scratch, 'a-file.txt')}`);
    expect(notFolder.stderr).not.toMatch(/\n\s+at /);
  });
});
