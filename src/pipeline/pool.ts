/**
 * A small pool of worker threads for cold ingests: parsing and enrichment are CPU-bound and
 * independent per file, so they spread across cores. Small jobs run in-process (no start-up cost).
 */
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import type { FileResult } from './processFile.ts';
import type { WorkerBatch, WorkerJob } from './worker.ts';
import { StringPool } from './shareStrings.ts';
import { workerScript } from './workerScript.ts';

/** Below this many files the worker start-up (a second or so each) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

export function workerCount(): number {
  const fromEnv = Number(process.env.VERBATIM_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

/** Files per message to a worker: few enough to share work out evenly, enough to make messages rare. */
export const BATCH_SIZE = 16;

/** What a job holds once its bytes have been posted. */
const SENT = new Uint8Array(0);

/**
 * Processes the jobs in worker threads. Takes the jobs over: each job's bytes are let go as soon as its
 * batch is posted (the message holds a copy), so the sources of a large archive are not all held until
 * the last one is processed. `pack`: each article comes back with its blocks packed (packedBlocks.ts).
 */
export async function runInWorkers(jobs: WorkerJob[], threads: number, { pack = false }: { pack?: boolean } = {}): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  const strings = new StringPool();
  let next = 0;
  // Compiled once for all the threads: see workerScript.ts.
  const workerUrl = await workerScript();
  const runBatch = (worker: Worker, start: number, end: number) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (batch: FileResult[]) => {
        worker.off('error', onError);
        batch.forEach((result, i) => (results[start + i] = strings.share(result)));
        resolve();
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      // processFile never throws, so a worker error is a crash of the thread itself (out of memory …).
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage({ jobs: jobs.slice(start, end), pack } satisfies WorkerBatch);
      for (let i = start; i < end; i++) jobs[i] = { source: jobs[i]!.source, bytes: SENT };
    });
  const workers = Array.from(
    { length: Math.min(threads, jobs.length) },
    () => new Worker(workerUrl),
  );
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < jobs.length) {
          const start = next;
          next = Math.min(jobs.length, next + BATCH_SIZE);
          await runBatch(worker, start, next);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
