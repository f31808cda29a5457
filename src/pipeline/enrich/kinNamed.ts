/**
 * A one-word name given right after a possessive kinship noun: "his wife, Nell,", "her brother Tam", "their
 * two children Ada, 9, and Bryn, 6", "my son Rufus". A story names relatives by given name alone far more
 * often than anyone else, and a kinship noun after "his", "her", "their" … introduces only a person, so the
 * word is a person whatever a dictionary says of it ("Hope", "Max", "Will"). Pets and firms are not
 * introduced so ("his dog", "her company" are no kin).
 */

/** "his", "Her", "Mr Roe's", "the Roes'": whose relative. */
const POSSESSOR = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Ww]hose|\p{Lu}[\p{L}-]*(?:['\u2019]s|s['\u2019]))`;
/** Ages, order and origin that may stand between the possessor and the noun ("his two elder sons", "his Welsh-born wife"). */
const QUALIFIER = String.raw`(?:(?:two|three|four|five|six|late|elder|eldest|older|oldest|younger|youngest|baby|infant|teenage|adopted|only|twin|little|big|new|\d{1,2}-year-old|\p{L}+-born)\s+)`;
const KIN = String.raw`(?:wife|husband|son|sons|daughter|daughters|child|children|mother|father|brother|brothers|sister|sisters|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|twins|girlfriend|boyfriend|fianc[eé]e?|widow|widower)`;
/** Given names already listed after the noun: "Ada, 9, and " / "Ada and " / "Ada, ". */
const EARLIER_ITEMS = String.raw`(?:\p{Lu}\p{Ll}+(?:,\s*\d{1,2})?(?:,\s*and\s+|\s+and\s+|,\s*))*`;

// (Besides those, any one lower-case word: "her former husband", "his two young sons".)
const KIN_BEFORE = new RegExp(String.raw`\b${POSSESSOR}\s+${QUALIFIER}*(?:[a-z][a-z-]*\s+)?${KIN},?\s+${EARLIER_ITEMS}$`, 'u');

/** Whether the text just before a one-word name (up to ~80 characters) introduces it as someone's relative. */
export function namedByKin(before: string): boolean {
  return KIN_BEFORE.test(before);
}
