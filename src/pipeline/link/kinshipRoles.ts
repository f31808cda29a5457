/**
 * A kinship word is a role only with its owner: "Quell's son" or "wife of Jo Roe" says who someone is,
 * a bare "son", "third husband" or "younger brother" does not (the owner was a pronoun, "her husband",
 * or another sentence's subject), so the people index shows no role rather than half of one.
 */
const KINSHIP = /(?:^|\s)(?:husband|wife|son|daughter|brother|sister|father|mother|widow|widower|girlfriend|boyfriend|fianc[eé]e?|partner|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|stepson|stepdaughter|stepfather|stepmother|twin|sibling|parents?)$/i;

/**
 * Whether a description is a kinship word with no owner: "son", "third husband", not "Quell's son", "son of
 * Jo Roe" or "Kestrel Films partner" (a capitalised word after the first names the firm or the family).
 */
export function ownerlessKinship(description: string): boolean {
  const text = description.trim();
  return KINSHIP.test(text) && !/['\u2019]s?\s|\bof\b|\s\p{Lu}/u.test(text);
}

/**
 * "former member", "member": a membership with the body left in another sentence or before the verb
 * ("… beating former member Jo Roe", the band named earlier) says only that the person belonged to something.
 */
export function ownerlessMembership(description: string): boolean {
  return /^(?:(?:former|ex-|founding|founder|fellow|original)\s*)?members?$/i.test(description.trim());
}
