/**
 * Worker-thread entry: processes the files it is sent and posts the results back. The job carries the
 * bytes the main thread already read (and hashed for the cache), so the worker never touches the disk:
 * a file that changes or vanishes mid-run cannot make the two disagree or crash the pool.
 */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileResult } from './processFile.ts';
import { packArticle } from './packedBlocks.ts';

export interface WorkerJob {
  source: string;
  bytes: Uint8Array;
}

/** One message: a batch of jobs, and whether to pack each article's blocks (a one-off run: packedBlocks.ts). */
export interface WorkerBatch {
  jobs: WorkerJob[];
  pack: boolean;
}

/** Jobs travel in batches: one message per file made the round trips cost as much as the work. */
parentPort?.on('message', ({ jobs, pack }: WorkerBatch) => {
  const results = jobs.map((job): FileResult => {
    const result = processFile(job.source, job.bytes);
    return pack && result.kind === 'article' ? { ...result, article: packArticle(result.article) } : result;
  });
  // Packed blocks are moved to the main thread, not copied: each is a buffer of its own.
  const moved = results.flatMap((r) => (r.kind === 'article' && r.article.packedBlocks ? [r.article.packedBlocks.buffer as ArrayBuffer] : []));
  parentPort?.postMessage(results, moved);
});
