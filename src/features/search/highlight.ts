/**
 * Splits text into plain and matched parts for the query terms a search hit matched. Works on
 * words, so a prefix match ("budg" → "budget") highlights the whole word it matched.
 */
export interface HighlightPart {
  text: string;
  match: boolean;
}

export function highlightTerms(text: string, terms: readonly string[]): HighlightPart[] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()).filter(Boolean));
  if (wanted.size === 0) return [{ text, match: false }];
  const parts: HighlightPart[] = [];
  let cursor = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    if (!wanted.has(word[0].toLowerCase())) continue;
    if (word.index > cursor) parts.push({ text: text.slice(cursor, word.index), match: false });
    parts.push({ text: word[0], match: true });
    cursor = word.index + word[0].length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}
