/**
 * Everything that can be done to one source file on its own: decode → parse → enrich.
 * Pure given the bytes, so results can be cached by content hash and run in worker threads.
 */
import { decodeSource } from './read/decode.ts';
import { folderOf } from './read/walk.ts';
import { parseSource } from './parse/index.ts';
import { enrichArticle } from './enrich/index.ts';
import type { EnrichedArticle, Warning } from './types.ts';

export type FileResult =
  | { kind: 'article'; source: string; article: EnrichedArticle; warnings: Warning[] }
  | { kind: 'rejected'; source: string; reason: string; warnings: Warning[] };

export function processFile(source: string, bytes: Uint8Array): FileResult {
  try {
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return { kind: 'rejected', source, reason: decoded.reason, warnings: [] };
    const parsed = parseSource({ source, text: decoded.text, folder: folderOf(source) });
    if (!parsed.ok) return { kind: 'rejected', source, reason: parsed.reason, warnings: decoded.warnings };
    const article = enrichArticle(parsed.article);
    return { kind: 'article', source, article, warnings: [...decoded.warnings, ...article.warnings] };
  } catch (error) {
    // A bug in a stage must cost one file, not the whole archive; the report says which and why.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'rejected', source, reason: `internal error while processing: ${message}`, warnings: [] };
  }
}
