import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listContent } from './read/walk.ts';
import { processFile } from './processFile.ts';
import { runInWorkers } from './pool.ts';

// The bundled sample collection: invented stories.
const content = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');

describe('runInWorkers', () => {
  it("gives what processing in this thread gives, and lets go of each job's bytes", async () => {
    const { sources } = await listContent(content);
    const jobs = await Promise.all(sources.map(async (s) => ({ source: s.source, bytes: new Uint8Array(await readFile(s.absolute)) })));
    const here = jobs.map((job) => processFile(job.source, job.bytes));
    const results = await runInWorkers(jobs, 2);
    expect(results).toEqual(here);
    // The sources of a large archive are not all held until the last is processed: each is dropped once sent.
    expect(jobs.map((job) => job.bytes.byteLength)).toEqual(jobs.map(() => 0));
    expect(jobs.map((job) => job.source)).toEqual(sources.map((s) => s.source));
  }, 60_000);
});
