/** Building ParsedArticle objects for enrich tests without going through a parser. */
import type { Block } from '../../content/schema.ts';
import type { ParsedArticle } from '../types.ts';

export function makeParsed(paragraphs: Array<string | Block>, headline = 'Test headline'): ParsedArticle {
  return {
    source: 'test/article.txt',
    format: 'plain',
    headline,
    updated: null,
    section: null,
    caption: null,
    imageAlt: null,
    blocks: paragraphs.map((p) => (typeof p === 'string' ? { type: 'paragraph' as const, text: p } : p)),
    related: [],
    warnings: [],
  };
}
