/**
 * `Jo Roe, a former aide to Ada Moss, told …` / `Jo Roe, who served under Ada Moss, said …`: a name that
 * ends an apposition or a relative clause between commas is the object of that clause, not the subject of
 * the verb after it; the speaker is the head before the clause's opening comma.
 *
 * Only a clause that opens in lower case ("a", "the", "who", "brother of") and whose last word before the
 * name is a preposition or a verb in the past ("for", "under", "to", "endorsed") counts: `The firm's boss, the
 * outspoken Ada Moss, said` names its head in apposition, and `Jo Roe, the mayor, and Ada Moss, said` is a list.
 */

/** The clause between the opening comma and the name: lower case first, no comma, no quotation mark. */
const CLAUSE = /,\s+([a-z][^,;:"\u201c\u201d!?]{1,160})$/;
/**
 * The word before the name: a preposition or a verb in the past or a participle, then at most an article,
 * a few lower-case role words and a few capitalised titles ("aide to Gov. ", "under the late President ").
 */
const OBJECT_LEAD = /\b(?:to|for|under|with|by|of|from|against|at|like|than|as|about|on|and|[a-z]{3,}ed|[a-z]{2,}ing)\s+(?:the\s+)?(?:(?:former|then|late|fellow|rival|candidate)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
const NOT_A_CLAUSE = /^(?:and|or|but|nor|then|so)\s/;

/**
 * Given the unit text and the start of a name that a comma and a verb follow, the position of the clause's
 * opening comma when the name ends such a clause (the head's name ends there), or -1.
 */
export function clauseOpeningBefore(text: string, nameStart: number): number {
  const before = text.slice(Math.max(0, nameStart - 170), nameStart);
  const m = CLAUSE.exec(before);
  if (!m) return -1;
  const clause = m[1]!;
  if (NOT_A_CLAUSE.test(clause) || !OBJECT_LEAD.test(clause)) return -1;
  // A sentence break inside the stretch ends the clause: "… the vote. Aides to Ada Moss, …" is new narration.
  if (/[.!?]\s+\p{Lu}/u.test(clause)) return -1;
  return nameStart - before.length + m.index;
}
