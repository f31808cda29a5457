/**
 * ", who would not give a name, ": a short relative clause (up to nine words, opened by "who" after a comma and
 * closed by a comma) between someone left unnamed ("one dealer", "an official") and the verb of saying. One
 * definition for both readers of such sentences: unnamedReporter.ts (whom a later "he" means) and speakers.ts
 * (whose a quotation inside the sentence is).
 *
 * `words` says which words the clause may hold:
 * - 'lower-case': none capitalised, so the clause names no one. Pronoun resolution asks for this: "An aide, who
 *   works for Mr Bell, said …" names Bell, and a later "he" may still be his, so such a sentence does not make the
 *   pronoun no one's.
 * - 'any': any words. A quotation inside the sentence is the unnamed subject's, whoever the clause names.
 */
export function unnamedRelativeClause(words: 'lower-case' | 'any'): string {
  const word = words === 'lower-case' ? String.raw`[a-z][\p{L}'\u2019-]*` : String.raw`[\p{L}'\u2019-]+`;
  return String.raw`(?:,\s+who\s+(?:${word}\s+){0,8}?${word},\s+)`;
}
