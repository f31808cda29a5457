/**
 * Offices one person rarely holds two of at once. "Governor Jo Roe … but the mayor has refused": a role
 * phrase that takes up the person named before (descriptions.ts, and the speaker rules' anaphoric
 * descriptions) does not mean someone the text already gave another office, and "the foreign secretary"
 * is not the shadow foreign secretary (rules/agents.ts, resolveDescription).
 */
const OFFICES = /^(?:(?:prime\s+)?minister|president|mayor|chancellor|secretary|governor|senator|chairman|chairwoman|chief executive|manager|coach|captain|ambassador|judge|bishop|archbishop|leader)$/i;

/** Words that make a role another office than the same role without them. */
export const OTHER_OFFICE: ReadonlySet<string> = new Set(['shadow', 'former', 'ex', 'deputy', 'vice', 'assistant', 'junior', 'under']);

const OFFICE_AT_END = /(?:\b(shadow|former|ex|deputy|vice|assistant|junior|under)[\s-]+)?(prime\s+minister|chief\s+executive|[\p{L}-]+)$/iu;

/** The office a role ends with, and its qualifier ("Ruritanian deputy prime minister" → "deputy prime minister"); null when none. */
function officeOf(role: string): string | null {
  const m = OFFICE_AT_END.exec(role.trim());
  if (!m || !OFFICES.test(m[2]!)) return null;
  return `${m[1] ? `${m[1]} ` : ''}${m[2]!.replace(/\s+/g, ' ')}`.toLowerCase();
}

/** Whether `descriptions` hold an office other than the one `role` names (false when `role` names none). */
export function holdsOtherOffice(descriptions: readonly string[], role: string): boolean {
  const wanted = officeOf(role);
  if (wanted === null) return false;
  return descriptions.some((d) => {
    const held = officeOf(d);
    return held !== null && held !== wanted;
  });
}

/**
 * Roles of whoever presides over or rules on what the story reports ("The judge told jurors …", "The referee
 * waved play on", "The manager is planning no signings"): a court, a match or a side has one, whom such a bare
 * sentence means, not the witness or the player named last. A story that names the judge writes "Judge Roe"
 * or "Mr Justice Roe" and needs no such taking up.
 */
const PRESIDING = /\b(?:judges?|magistrates?|coroner|sheriff|recorder|referee|umpire|prosecutor|jury|manager)$/i;

/** Whether a definite role phrase ("the trial judge") names the one who presides (PRESIDING). */
export function isPresidingRole(role: string): boolean {
  return PRESIDING.test(role.trim());
}
