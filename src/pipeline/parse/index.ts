/**
 * Parse stage entry: detect the input format of one decoded file and hand it to that format's parser.
 */
import type { ParsedArticle, SourceFile } from '../types.ts';

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };

export function parseSource(file: SourceFile): ParseResult {
  // Placeholder until the page-text and plain parsers land.
  const lines = file.text.split('\n').filter((l) => l.trim() !== '');
  const headline = lines[0]?.trim();
  if (!headline) return { ok: false, reason: 'empty file: no headline' };
  return {
    ok: true,
    article: {
      source: file.source,
      format: 'plain',
      headline,
      updated: null,
      section: file.folder,
      caption: null,
      imageAlt: null,
      blocks: lines.slice(1).map((text) => ({ type: 'paragraph' as const, text: text.trim() })),
      related: [],
      warnings: [],
    },
  };
}
