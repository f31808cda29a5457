/**
 * An age says how old someone was when a story was written, not what they do: "27-year-old winger" is a
 * winger. The age stays among the descriptions (where "the 27-year-old said" finds the person), but the
 * role the people index shows is the post without it.
 */
const AGE_WORD = /^[\p{L}\d]+(?:-[\p{L}\d]+)*-year-old$/u;

/** The role without its age words ("17-year-old Ruritanian striker" → "Ruritanian striker"); null if nothing is left. */
export function withoutAge(role: string | null): string | null {
  if (role === null) return null;
  const words = role.split(/\s+/).filter((w) => w !== '');
  if (!words.some((w) => AGE_WORD.test(w))) return role;
  const kept = words.filter((w) => !AGE_WORD.test(w));
  return kept.length > 0 ? kept.join(' ') : null;
}
