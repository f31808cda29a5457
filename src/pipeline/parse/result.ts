import type { ParsedArticle } from '../types.ts';

/** What every parser returns: an article, or the reason the file is not one. */
export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };
