/**
 * `npm run ingest`: runs src/pipeline/cli.ts from one esbuild bundle in plain Node. Through tsx the same
 * run first spent about 1.5 s of a 20 s BBC ingest starting up (tsx's own child process, then every
 * module through its loader hooks; docs/performance.md): bundling takes about 0.1 s.
 *
 * Each module's `import.meta.url` is kept as its source file's, so code that finds files beside itself
 * (the worker's entry, the code hash of the cache, word lists) behaves as it does from the sources. The
 * bundle sits in node_modules/.cache/verbatim, named by its content hash, so the packages left out of it
 * resolve from node_modules and runs of different code never share a file.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = path.join(root, 'src/pipeline/cli.ts');
const cacheDir = path.join(root, 'node_modules/.cache/verbatim');
/** Bundles of other code than this run's are left a day (another run may still be starting on one). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Replaces `import.meta.url` in each TypeScript source by that file's own URL. */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(on) {
    on.onLoad({ filter: /\.tsx?$/ }, async ({ path: file }) => {
      const text = await readFile(file, 'utf8');
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)),
        loader: file.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  logLevel: 'error',
  plugins: [sourceUrls],
});
const code = result.outputFiles[0].contents;
const file = path.join(cacheDir, `cli-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
if (!existsSync(file)) {
  await mkdir(cacheDir, { recursive: true });
  // Written beside and renamed into place: two runs starting at once never read a half-written file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, code);
  await rename(partial, file);
  await pruneStale(file);
}
await import(pathToFileURL(file).href);

async function pruneStale(keep) {
  for (const name of await readdir(cacheDir)) {
    const old = path.join(cacheDir, name);
    if (old === keep || !/^cli-[0-9a-f]{16}\.mjs$/.test(name)) continue;
    const info = await stat(old).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_AFTER_MS) await rm(old, { force: true });
  }
}
