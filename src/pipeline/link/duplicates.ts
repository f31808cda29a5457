/**
 * Duplicate stories: the same story filed twice (a copy in two folders, a re-saved file) would show
 * up twice in "More like this" and on topic pages. Two articles are the same story when their
 * headline and body, normalised (case, punctuation and spacing ignored), are identical. The first in
 * source order (byte order of the path, so the choice is deterministic) is kept; every later copy is
 * reported as rejected with the source it duplicates, so nothing is lost silently.
 */
import { createHash } from 'node:crypto';
import type { FileResult } from '../processFile.ts';
import { articleText } from './text.ts';
import { blocksOf } from '../packedBlocks.ts';

/** The normalised words of headline and body, hashed: equal for copies that differ only in layout. */
export function storyFingerprint(headline: string, blocks: Parameters<typeof articleText>[1]): string {
  const words = articleText(headline, blocks)
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return createHash('sha256')
    .update((words ?? []).join(' '))
    .digest('hex');
}

/** Per article object (the pipeline's cache keeps one per unchanged source): a rebuild hashes the edited story only. */
const fingerprints = new WeakMap<object, string>();

/** Turns every later copy of an already-seen story into a rejection naming the kept source. */
export function rejectDuplicates(results: FileResult[]): FileResult[] {
  const keptBy = new Map<string, string>();
  const ordered = [...results].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const rejected = new Map<string, string>();
  for (const result of ordered) {
    if (result.kind !== 'article') continue;
    let key = fingerprints.get(result.article);
    if (key === undefined) fingerprints.set(result.article, (key = storyFingerprint(result.article.headline, blocksOf(result.article))));
    const kept = keptBy.get(key);
    if (kept === undefined) keptBy.set(key, result.source);
    else rejected.set(result.source, kept);
  }
  return results.map((result): FileResult =>
    rejected.has(result.source)
      ? { kind: 'rejected', source: result.source, reason: `duplicate of ${rejected.get(result.source)!} (same headline and text)`, warnings: result.warnings }
      : result,
  );
}
