/**
 * Splits text into plain and matched parts for a query. Works on words, as the index does (folded,
 * plurals stripped): "harbours" marks "Harbour", and the word being typed ("budg") marks every word
 * beginning with it ("Budget", "budgets").
 */
import { stem, termOf, words, type ParsedQuery } from '../../content/searchText';

export interface HighlightPart {
  text: string;
  match: boolean;
}

export function highlightQuery(text: string, query: ParsedQuery): HighlightPart[] {
  const terms = new Set(query.terms);
  const prefix = query.prefix;
  if (terms.size === 0 && !prefix) return [{ text, match: false }];
  const parts: HighlightPart[] = [];
  let cursor = 0;
  for (const word of words(text)) {
    const term = termOf(word.folded);
    const hit = (term !== null && terms.has(term)) || (prefix !== null && (word.folded.startsWith(prefix) || stem(word.folded).startsWith(prefix)));
    if (!hit) continue;
    if (word.start > cursor) parts.push({ text: text.slice(cursor, word.start), match: false });
    parts.push({ text: text.slice(word.start, word.end), match: true });
    cursor = word.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}
