/**
 * `npm run ingest`: runs src/pipeline/cli.ts from one esbuild bundle in plain Node. Through tsx the same
 * run first spent about 1.5 s of a 20 s BBC ingest starting up (tsx's own child process, then every
 * module through its loader hooks; docs/performance.md): bundling takes about 0.1 s.
 *
 * Each module keeps its source file's `import.meta.url`, so code that finds files beside itself (the
 * worker's entry, the code hash of the cache, word lists) behaves as it does from the sources.
 */
import { fileURLToPath } from 'node:url';
import { cachedBundle } from '../src/pipeline/cachedBundle.mjs';

const entry = fileURLToPath(new URL('../src/pipeline/cli.ts', import.meta.url));
await import((await cachedBundle({ entry, prefix: 'cli', keepSourceUrls: true })).href);
