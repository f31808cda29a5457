/**
 * Worker-thread entry: processes the files it is sent and posts the results back. The job carries the
 * bytes the main thread already read (and hashed for the cache), so the worker never touches the disk:
 * a file that changes or vanishes mid-run cannot make the two disagree or crash the pool.
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './processFile.ts';

export interface WorkerJob {
  source: string;
  bytes: Uint8Array;
}

/** Jobs travel in batches: one message per file made the round trips cost as much as the work. */
parentPort?.on('message', (batch: WorkerJob[]) => {
  parentPort?.postMessage(batch.map((job) => processFile(job.source, job.bytes)));
});
