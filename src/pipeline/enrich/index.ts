/**
 * Enrich stage entry: small pure steps, each adding one thing to a parsed article.
 */
import type { EnrichedArticle, ParsedArticle } from '../types.ts';

export function enrichArticle(article: ParsedArticle): EnrichedArticle {
  // Placeholder until quotes, speakers, people and topic candidates land.
  return { ...article, quotes: [], people: [], topicCandidates: [], wordCount: countWords(article) };
}

function countWords(article: ParsedArticle): number {
  let words = 0;
  for (const block of article.blocks) {
    const texts = block.type === 'analysis' ? block.blocks.map((b) => b.text) : [block.text];
    for (const text of texts) words += text.split(/\s+/).filter(Boolean).length;
  }
  return words;
}
