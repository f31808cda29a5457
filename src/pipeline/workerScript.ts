/**
 * The worker threads' script, compiled once per run instead of once per thread. A worker started on a
 * TypeScript entry has to register tsx, which compiles the whole pipeline again in that thread and runs a
 * loader-hooks thread of its own beside it: about 3 s of CPU per worker over a cold BBC ingest, on a
 * machine whose two cores the workers share with the main thread (profile in docs/performance.md).
 * One esbuild bundle of worker.ts (about 60 ms, cachedBundle.mjs) starts in plain Node.
 */
import { fileURLToPath } from 'node:url';
import { cachedBundle, DEFAULT_CACHE_DIR } from './cachedBundle.mjs';

const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));

export function workerScript(cacheDir = DEFAULT_CACHE_DIR): Promise<URL> {
  return cachedBundle({ entry, prefix: 'worker', cacheDir });
}
