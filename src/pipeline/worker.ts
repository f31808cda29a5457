/**
 * Worker-thread entry: processes the files it is sent and posts the results back.
 */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { processFile } from './processFile.ts';

export interface WorkerJob {
  source: string;
  absolute: string;
}

parentPort?.on('message', async (job: WorkerJob) => {
  const bytes = await readFile(job.absolute);
  parentPort?.postMessage(processFile(job.source, bytes));
});
