/** A string as a regular expression that matches it literally (names and words built into patterns). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one alternation, longest first so a word is never cut by a shorter one it starts with ("add|added"). */
export function wordAlternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
