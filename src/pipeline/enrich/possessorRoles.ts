/**
 * "The couple's agent Jo Lin welcomed it. Mr Park, 40, was held for a year. He was later freed. The couple's
 * representative said the case was closed.": a definite role owned by the same possessor as someone else's
 * role ("couple's") is most likely that someone's post in other words (agent, representative; solicitor,
 * lawyer), not a description of whoever the paragraph is about. Used by the anaphoric descriptions and by the
 * rule that lets "the <role> said" take up the last subject.
 */
export function possessorOfAnother(phrase: string, people: ReadonlyArray<{ descriptions: readonly string[] }>, self: number): boolean {
  const owner = possessorOf(phrase);
  if (owner === undefined) return false;
  return people.some((p, i) => i !== self && p.descriptions.some((d) => words(d).includes(owner)));
}

/** The phrase's possessive word ("families'", "couple's"), lower case, straight apostrophe. */
function possessorOf(phrase: string): string | undefined {
  return words(phrase).find((w) => /\p{L}(?:'s|s')$/u.test(w));
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/\u2019/g, "'").split(/\s+/);
}
