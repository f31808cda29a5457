/**
 * A one-off run (the CLI, a site build) holds every story of the archive from processing to writing, but
 * only the story's own file reads its body. So there each story's blocks are kept as one UTF-8 JSON byte
 * array instead of objects — about 2 KB a story instead of several KB of heap objects the collector has to
 * trace — and the article keeps, in `blocks`, only its first paragraph: the standfirst that summaries,
 * search and page descriptions read. Stages that need the whole text (duplicates, related-story terms,
 * topics) unpack it when they read it and let it go; the write stage unpacks it once for the article's file.
 */
import type { Block } from '../content/schema.ts';
import type { EnrichedArticle } from './types.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packBlocks(blocks: readonly Block[]): Uint8Array {
  return encoder.encode(JSON.stringify(blocks));
}

export function unpackBlocks(packed: Uint8Array): Block[] {
  return JSON.parse(decoder.decode(packed)) as Block[];
}

/** What a packed article keeps of its blocks: the first paragraph, the only block read outside its own file. */
export function summaryBlocks(blocks: readonly Block[]): Block[] {
  const intro = blocks.find((b) => b.type === 'paragraph');
  return intro ? [intro] : [];
}

/** The article with its blocks packed (a new object; the article given is left as it is). */
export function packArticle(article: EnrichedArticle): EnrichedArticle {
  return { ...article, blocks: summaryBlocks(article.blocks), packedBlocks: packBlocks(article.blocks) };
}

/** All of an article's blocks, packed or not. */
export function blocksOf(article: Pick<EnrichedArticle, 'blocks' | 'packedBlocks'>): Block[] {
  return article.packedBlocks ? unpackBlocks(article.packedBlocks) : article.blocks;
}
