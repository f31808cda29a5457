/**
 * The worker threads' script, compiled once per run instead of once per thread. A worker started on a
 * TypeScript entry has to register tsx, which compiles the whole pipeline again in that thread and runs a
 * loader-hooks thread of its own beside it: about 3 s of CPU per worker over a cold BBC ingest, on a
 * machine whose two cores the workers share with the main thread (profile in docs/performance.md).
 * One esbuild bundle of worker.ts (about 60 ms) starts in plain Node.
 *
 * The bundle lives in node_modules/.cache so that the packages it leaves out (compromise, zod, the word
 * lists it reads through `createRequire`) resolve from node_modules as they do for the sources. Its
 * file name is its content hash: runs of different code never share a file, and a file is written once.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
const defaultCacheDir = fileURLToPath(new URL('../../node_modules/.cache/verbatim', import.meta.url));

/** Bundles other code than this run's are left a day (a run still starting its workers may use one). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export async function workerScript(cacheDir = defaultCacheDir): Promise<URL> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const file = path.join(cacheDir, `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!(await exists(file))) {
    await mkdir(cacheDir, { recursive: true });
    // Written beside and renamed into place: two runs starting at once never read a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, code);
    await rename(partial, file);
    await pruneStale(cacheDir, file);
  }
  return pathToFileURL(file);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function pruneStale(cacheDir: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir)) {
    const file = path.join(cacheDir, name);
    if (file === keep || !/^worker-[0-9a-f]{16}\.mjs$/.test(name)) continue;
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > STALE_AFTER_MS) await rm(file, { force: true });
  }
}
