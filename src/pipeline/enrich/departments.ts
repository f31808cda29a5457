/**
 * "John Roe, Zenco vice-president, Research and Design, said": the capitalised words after a job title
 * and its comma are the department the title runs, not a body of their own. Found as a body ("Technology" is an
 * org word), such a department became the "company" a later "the company said" was given to.
 */
import { ROLE_NOUNS } from './lexicon.ts';
import { isEnglishWord } from './wordList.ts';

/** A role noun, then a comma, right before the name. */
const TITLE_COMMA_BEFORE = /\b([a-z-]+),\s+$/;

/** Whether every word of the name is a common word (a department's name: "Technology", "Research and Design"). */
function commonWords(name: string): boolean {
  return name.split(/\s+/).every((w) => /^(?:and|&|of)$/.test(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && isEnglishWord(w.toLowerCase())));
}

/** The bodies found, less the departments named after a job title. */
export function withoutDepartments<T extends { name: string; start: number }>(text: string, bodies: T[]): T[] {
  return bodies.filter((b) => {
    const title = TITLE_COMMA_BEFORE.exec(text.slice(Math.max(0, b.start - 40), b.start));
    return !(title && ROLE_NOUNS.has(title[1]!) && commonWords(b.name));
  });
}
