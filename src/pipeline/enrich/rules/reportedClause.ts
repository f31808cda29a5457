/**
 * A name right after a verb of saying that opens the clause the verb reports, not an inverted attribution.
 *
 * "…, said Jo Roe." and "…, said Jo Roe, a nurse" name who speaks after the verb; but in
 * `Ann Bell, a senator who backs Roe, said Roe has pushed the mayor to be "bolder"` the name after "said" is
 * the subject of what Ann Bell reports: a finite verb follows it before the quotation. US news writes long
 * appositions before "said" (a legislator's bracket, a relative clause), so the verb often follows a comma,
 * the place where the sieve otherwise tries the inverted reading first.
 */

/** Auxiliaries and modals that make a finite clause of what precedes them. */
const FINITE = /^(?:has|had|have|is|was|were|are|will|would|could|should|can|may|might|must|did|does|do|wants|wanted|urged|called|told|pushed|failed)$/;
/** Words in -s or -ed that are no finite verb right after a name. */
const NOT_VERBS = new Set(['as', 'this', 'his', 'its', 'thus', 'plus', 'less', 'unless', 'across', 'perhaps', 'towards', 'afterwards', 'always', 'sometimes', 'news', 'us', 'yes', 'bed', 'red', 'need', 'speed', 'seed', 'feed']);

/**
 * Whether `between` (the text from the end of a verb of saying to the quotation after it) opens with a
 * name, or two names joined by "and", whose own finite verb follows before any comma: "said Roe has
 * pushed …", "said Mr. Roe and the Stay camp had failed to …".
 */
export function opensReportedClause(between: string): boolean {
  const m = /^\s+(?:(?:\p{Lu}[\p{L}'\u2019-]*\.?|\p{Lu}\.)\s+){0,3}\p{Lu}[\p{L}'\u2019-]*\s+(and\s+)?([a-z]+)\b/u.exec(between);
  if (!m) return false;
  if (m[1]) {
    // "said Mr. Roe and the Stay camp had failed": a finite auxiliary before the clause's first comma.
    const clause = between.slice(m.index + m[0].length - m[2]!.length).split(/[,;:]/)[0]!.slice(0, 80);
    return /\b(?:has|had|have|were|are|will|would|could|should|must)\b/.test(clause);
  }
  const word = m[2]!;
  if (FINITE.test(word)) return true;
  return word.length > 3 && /(?:ed|s)$/.test(word) && !NOT_VERBS.has(word) && !/ss$/.test(word);
}

/**
 * A reporting clause between commas right before a participle of saying: "…, he said, adding …" and,
 * US style, "Mr. Roe intends to speak, Mr. Bell said, adding that he …": the participle's subject is
 * who said, not the first person the sentence names. The verb in group 1.
 */
export const REPORTING_ASIDE = /,\s*(?:he|she|(?:(?:\p{Lu}[\p{L}'\u2019-]*\.?|\p{Lu}\.)\s+){0,3}\p{Lu}[\p{L}'\u2019-]*)\s+(?:also\s+)?([a-z]+),\s*$/u;
