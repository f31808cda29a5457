/**
 * The club a team sheet lists a bare surname for, and whether a player named in full plays for it.
 *
 * Match reports end with the line-ups, each after its club's name and a colon ("Quayside: Roe; Doe, Vane
 * … Replacements: …"). A surname on one club's sheet is the player of that surname whom some story puts
 * next to that club ("Quayside lock Jory Roe", "Jory Roe (Quayside)"); an international of the same
 * surname who plays elsewhere is someone else, however many surnames the sheet shares with his squad.
 */

/** Labels inside a line-up that name no club. */
const NOT_CLUBS = /^(?:Replacements|Replacement|Subs|Substitutes|Sin[\s-]bin|Referee|Ref|Att|Attendance|Booked|Bookings|Sent\s+off|Scorers?|Tries|Try|Cons|Con|Pens|Pen|Drop\s+goals?|Goals?|Venue|Kick-off|Capt)$/i;

/** A capitalised label of up to three words and a colon: "Quayside:", "Port Tolley Rovers:". */
const LABEL = /(\p{Lu}[\p{L}'\u2019.-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*){0,2}):\s/gu;

/** How far back from the surname a line-up's club label may stand. */
const SHEET_REACH = 600;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The club whose line-up lists `surname` in `text`, or null when the surname stands in no labelled line-up.
 * Between the label and the surname there may be only list items (no quotation, no sentence of prose).
 */
export function sheetClub(text: string, surname: string): string | null {
  const item = new RegExp(String.raw`(?:^|[;,:]\s|\.\s)${escapeRegExp(surname)}(?=[,;.]|\s\(|\s*$)`, 'gmu');
  for (const m of text.matchAll(item)) {
    const from = Math.max(0, m.index - SHEET_REACH);
    const before = text.slice(from, m.index + 1);
    let club: { label: string; end: number } | null = null;
    for (const label of before.matchAll(LABEL)) {
      if (!NOT_CLUBS.test(label[1]!)) club = { label: label[1]!, end: label.index + label[0].length };
    }
    if (club === null) continue;
    const between = before.slice(club.end);
    // A list, not prose: no quotation marks and no run of lower-case words ("he said the side").
    if (/["\u201c\u201d]/.test(between) || /\b\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+\b/u.test(between)) continue;
    return club.label;
  }
  return null;
}

/**
 * Whether any of `texts` ties one of the player's `fullNames` to `club`: the club right before the name,
 * with at most a few lower-case words between ("Quayside lock Jory Roe", "Quayside's young lock Jory
 * Roe"), or in brackets right after it ("Jory Roe (Quayside)"). Nearness alone is not enough: a squad list
 * puts another player's club a few words after the name.
 */
export function clubNearName(club: string, fullNames: readonly string[], texts: readonly string[]): boolean {
  const clubBefore = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(club)}(?:['\u2019]s)?(?:\s+[\p{Ll}-]+){0,3}\s+$`, 'u');
  const clubAfter = new RegExp(String.raw`^\s*\(${escapeRegExp(club)}(?![\p{L}])`, 'u');
  for (const text of texts) {
    for (const name of fullNames) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (clubBefore.test(text.slice(Math.max(0, at - 60), at)) || clubAfter.test(text.slice(at + name.length, at + name.length + 40))) return true;
      }
    }
  }
  return false;
}
