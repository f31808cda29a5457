/**
 * `Mr Roe was barred for a week after the ethics panel said his conduct fell "far short"`: a fragment worked
 * into a subordinate clause whose own subject (a described body or person, not a name) has a verb of saying is
 * that subject's words, not the sentence's first subject's. The rules cannot name a described subject here, so
 * the quotation is someone unnamed's: no rule gives it to the first subject, and the ranker leaves it unknown.
 */

/** A subordinator and a determiner, then the subject's words up to a verb of saying: "after the ethics panel said ". */
const SUBORDINATE_SUBJECT =
  /\b(?:after|when|because|since|before|until|while|once|although|though|whereas)\s+(?:the|a|an|its|their)\s+((?:[\p{L}'\u2019-]+\s+){1,6}?)(?:said|says|ruled|found|concluded|claimed|stated|declared|argued|insisted|warned|judged)\s+(?:that\s+)?(?!["\u201c])/gu;

/** Verbs that would end the subordinate subject before a verb of saying comes: the clause is about something else. */
const OTHER_VERB = /^(?:was|were|is|are|had|has|have|did|does|do|would|could|will|may|might|which|who|that)$/;

/** Whether the narration before a quotation (its sentence, up to the opening mark) reports it in such a clause. */
export function reportedInSubordinateClause(lead: string): boolean {
  for (const m of lead.matchAll(SUBORDINATE_SUBJECT)) {
    const words = m[1]!.trim().split(/\s+/);
    if (!words.some((w) => OTHER_VERB.test(w))) return true;
  }
  return false;
}
