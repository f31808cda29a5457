/**
 * One esbuild bundle of a TypeScript entry, written to node_modules/.cache/verbatim and named by its content
 * hash: what the ingest CLI (scripts/ingest.mjs) and the worker threads (workerScript.ts) start on in plain
 * Node instead of going through tsx. Plain JavaScript, so the CLI's launcher can import it without a loader.
 *
 * The packages the bundle leaves out resolve from node_modules, as they do for the sources. Runs of
 * different code never share a file; a file is written once, beside its final name and renamed into
 * place, so two runs starting at once never read half of one. Bundles of other code than this run's are
 * deleted after a day (another run may still be starting on one).
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/verbatim', import.meta.url));
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Replaces `import.meta.url` in each TypeScript source by that file's own URL (code that finds files beside itself). */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(on) {
    on.onLoad({ filter: /\.tsx?$/ }, async ({ path: file }) => {
      const text = await readFile(file, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)), loader: file.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * The URL of `<prefix>-<hash>.mjs` holding `entry` bundled. `keepSourceUrls` gives each module its source's
 * `import.meta.url` (the CLI needs it: it finds the worker's entry and its own sources from there).
 */
export async function cachedBundle({ entry, prefix, cacheDir = DEFAULT_CACHE_DIR, keepSourceUrls = false }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
    plugins: keepSourceUrls ? [sourceUrls] : [],
  });
  const code = result.outputFiles[0].contents;
  const file = path.join(cacheDir, `${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!(await stat(file).catch(() => null))) {
    await mkdir(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, code);
    await rename(partial, file);
    await pruneStale(cacheDir, prefix, file);
  }
  return pathToFileURL(file);
}

async function pruneStale(cacheDir, prefix, keep) {
  const bundle = new RegExp(`^${prefix}-[0-9a-f]{16}\\.mjs$`);
  for (const name of await readdir(cacheDir)) {
    const file = path.join(cacheDir, name);
    if (file === keep || !bundle.test(name)) continue;
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_AFTER_MS) await rm(file, { force: true });
  }
}
