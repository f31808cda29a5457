/**
 * A peer and the birth name ("Lord Tolley" in one story, "Colin Tolley" in another): one person, when the
 * stories show it. A peerage is not proof on its own: "Lord Tolley" the judge need not be "Anna Tolley"
 * the MP or "Colin Tolley" the sprinter. The styled name ("Lord X", "Lady X", "Baroness X", "Baron X", with
 * no given name) joins the full-named person with that surname when
 *   - that person's own stories write them as the peer too ("Colin Tolley … Lord Tolley", so the enrich
 *     stage made the peerage one of their mentions), and no other full-named X is written so; or
 *   - exactly one full-named person has the surname, and a story of the peer shares a context with theirs
 *     (another person or three surnames, namesakes.ts; never the section alone: a judge and a politician
 *     of one surname are both in the political pages) or a role word ("peer", "chairman").
 * Genders must not clash (a Lord is no Baroness). Knights ("Sir X") are left out: a knight's style goes
 * with the given name ("Sir Alex"), never the surname alone.
 */
import type { LocalPerson } from '../types.ts';

/** Styles a peer is known by with the surname (or title) alone. */
export const PEERAGE = /^(Lord|Lady|Baroness|Baron)\s+(\S+)$/;

export interface PeerageEntry {
  articleId: string;
  local: Pick<LocalPerson, 'name' | 'mentions' | 'gender' | 'descriptions'>;
}

export interface PeerageEvidence {
  /** Whether one of `peer`'s stories shares another person or three surnames with `person`'s (namesakes.ts). */
  sharePeople(peer: readonly string[], person: readonly string[], personKey: string, surname: string): boolean;
  /** Role words of one entry's descriptions ("peer", "chairman"), lower case. */
  roleWords(local: PeerageEntry['local']): ReadonlySet<string>;
}

const FEMALE_STYLES = new Set(['Lady', 'Baroness']);

/**
 * Joins of styled keys to full-name keys: `named` maps a key (link/people.ts keys: "lord tolley" for a peer,
 * "colin tolley" for a full name) to the entries written so. Returns styled key → full-name key.
 */
export function peerageJoins(named: ReadonlyMap<string, readonly PeerageEntry[]>, evidence: PeerageEvidence): Map<string, string> {
  const fullBySurname = new Map<string, string[]>();
  for (const key of named.keys()) {
    const words = key.split(' ');
    if (words.length < 2 || PEERAGE.test(titleCase(key))) continue;
    const surname = words[words.length - 1]!;
    fullBySurname.set(surname, [...(fullBySurname.get(surname) ?? []), key]);
  }
  const joins = new Map<string, string>();
  for (const [key, peerEntries] of named) {
    const style = PEERAGE.exec(peerEntries[0]?.local.name ?? '');
    if (!style || key.split(' ').length !== 2) continue;
    const styled = peerEntries[0]!.local.name;
    const surname = key.split(' ')[1]!;
    const female = FEMALE_STYLES.has(style[1]!);
    const candidates = (fullBySurname.get(surname) ?? []).filter((k) =>
      named.get(k)!.every((e) => e.local.gender === null || (e.local.gender === 'female') === female),
    );
    if (candidates.length === 0) continue;
    // Written as the peer in their own stories: the enrich stage tied "Lord X" to the full name there.
    const writtenAsPeer = candidates.filter((k) => named.get(k)!.some((e) => e.local.mentions.includes(styled)));
    if (writtenAsPeer.length === 1) {
      joins.set(key, writtenAsPeer[0]!);
      continue;
    }
    if (writtenAsPeer.length > 1 || candidates.length !== 1) continue;
    const personKey = candidates[0]!;
    const personEntries = named.get(personKey)!;
    const peerStories = peerEntries.map((e) => e.articleId);
    const personStories = personEntries.map((e) => e.articleId);
    const personRoles = new Set(personEntries.flatMap((e) => [...evidence.roleWords(e.local)]));
    const sharedRole = peerEntries.some((e) => [...evidence.roleWords(e.local)].some((w) => personRoles.has(w)));
    if (sharedRole || evidence.sharePeople(peerStories, personStories, personKey, surname)) joins.set(key, personKey);
  }
  return joins;
}

function titleCase(key: string): string {
  return key.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
