/**
 * Everything that can be done to one source file on its own: decode → parse → enrich.
 * Pure given the bytes, so results can be cached by content hash and run in worker threads.
 *
 * Never throws: a bug in a stage, or an article a stage built wrongly, costs that one file (rejected,
 * with the reason) instead of the whole archive.
 */
import { decodeSource } from './read/decode.ts';
import { folderOf } from './read/walk.ts';
import { parseSource } from './parse/index.ts';
import { enrichArticle } from './enrich/index.ts';
import { linkCollection } from './link/index.ts';
import { ArticleSchema } from '../content/schema.ts';
import type { EnrichedArticle, Warning } from './types.ts';

export type FileResult =
  | { kind: 'article'; source: string; article: EnrichedArticle; warnings: Warning[] }
  | { kind: 'rejected'; source: string; reason: string; warnings: Warning[] };

export function processFile(source: string, bytes: Uint8Array): FileResult {
  let warnings: Warning[] = [];
  try {
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return { kind: 'rejected', source, reason: decoded.reason, warnings: [] };
    warnings = decoded.warnings;
    const parsed = parseSource({ source, text: decoded.text, folder: folderOf(source) });
    if (!parsed.ok) return { kind: 'rejected', source, reason: parsed.reason, warnings: cleanWarnings(warnings) };
    const article = enrichArticle(parsed.article);
    const all = cleanWarnings([...decoded.warnings, ...article.warnings]);
    const invalid = outputProblem(article);
    if (invalid) return { kind: 'rejected', source, reason: invalid, warnings: all };
    return { kind: 'article', source, article, warnings: all };
  } catch (error) {
    // A bug in a stage must cost one file, not the whole archive; the report says which and why.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'rejected', source, reason: `internal error while processing: ${message}`, warnings: cleanWarnings(warnings) };
  }
}

/**
 * Links the article on its own and checks it against the public schema, so an article that would
 * make the write stage refuse the whole collection is rejected here, alone, with the schema's words.
 */
function outputProblem(article: EnrichedArticle): string | null {
  const linked = linkCollection([article], { collectionWide: false }).articles[0];
  const checked = ArticleSchema.safeParse(linked);
  if (checked.success) return null;
  const issues = checked.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return `internal error: article does not match the schema (${issues.join('; ')})`;
}

/** The report's schema wants a positive whole line number or null; a stage's slip must not break it. */
function cleanWarnings(warnings: readonly Warning[]): Warning[] {
  return warnings.map((w) => ({
    line: typeof w.line === 'number' && Number.isInteger(w.line) && w.line > 0 ? w.line : null,
    message: String(w.message),
  }));
}
