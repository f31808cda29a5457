/**
 * Writes a generated collection to disk, one article at a time: each article is rendered from
 * (seed, index) alone, written, and dropped, so memory stays flat however many articles are asked for.
 * A bounded number of writes are in flight at once to keep the disk busy without piling up buffers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCast, DEFAULT_PEOPLE } from './cast.ts';
import { renderArticle } from './article.ts';
import { SECTIONS } from './vocabulary.ts';

export interface GenerateOptions {
  articles: number;
  outDir: string;
  seed: string;
  people?: number;
  /** Called every `progressEvery` articles. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

export interface GenerateSummary {
  articles: number;
  bytes: number;
  perFolder: Record<string, number>;
  ms: number;
}

const IN_FLIGHT = 64;

export async function generateCollection(options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const cast = buildCast(options.seed, options.people ?? DEFAULT_PEOPLE);
  await Promise.all(SECTIONS.map((s) => mkdir(path.join(options.outDir, s.folder), { recursive: true })));
  const perFolder: Record<string, number> = {};
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  for (let index = 0; index < options.articles; index++) {
    const article = renderArticle(cast, options.seed, index, options.articles);
    const folder = article.path.split('/')[0]!;
    perFolder[folder] = (perFolder[folder] ?? 0) + 1;
    bytes += article.bytes.length;
    const write: Promise<void> = writeFile(path.join(options.outDir, article.path), article.bytes).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    if (options.onProgress && (index + 1) % (options.progressEvery ?? 10_000) === 0) options.onProgress(index + 1);
  }
  await Promise.all(pending);
  return { articles: options.articles, bytes, perFolder, ms: performance.now() - started };
}
