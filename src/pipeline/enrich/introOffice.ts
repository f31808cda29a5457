/**
 * A news story names its subject in the first paragraph and calls them by their office in the second:
 * "Ida Kask has promised lower fares. / The prime minister told a rally …". A national office said with
 * "the" is otherwise read as news the text takes as known (agents.ts, anaphoricDescription), because a
 * story about one politician often quotes the office holder as someone else. The story's own opening
 * pair is the exception: the office that opens the second paragraph is the title of the person the first
 * paragraph is about, and every later "the prime minister" of the story means them.
 */
import type { PeopleResult } from './people.ts';
import type { BodyDocument } from './textUnits.ts';
import { holdsOtherOffice } from './offices.ts';
import { NATIONAL_OFFICE, isSubjectMention } from './rules/agents.ts';

/** "The prime minister", "The chancellor," opening a paragraph; not "The prime minister's wife". */
const OFFICE_OPENING = /^The\s+((?:[a-z]+\s+){0,2}[a-z]+)(?![\p{L}'\u2019-])/u;
/** "…, Ida Kask has said." closing the first paragraph: the name before a verb of saying is its subject. */
const CLOSING_ATTRIBUTION = /^\s+(?:has\s+|had\s+)?(?:said|says|told|warned|insisted|argued|claimed|promised|pledged)\b[^.]{0,40}\.\s*$/;

/** Gives the person the story opens with the national office its second paragraph opens with. */
export function linkIntroOffice(doc: BodyDocument, people: PeopleResult): void {
  const [intro, second] = doc.units.filter((u) => u.kind === 'paragraph');
  if (!intro || !second) return;
  const opening = OFFICE_OPENING.exec(second.text);
  const office = [1, 2, 3].map((n) => opening?.[1]!.split(/\s+/).slice(0, n).join(' ')).find((o) => o !== undefined && NATIONAL_OFFICE.test(o));
  if (!office) return;
  const introEnd = intro.offset + intro.text.length;
  const inIntro = people.mentions.filter((m) => m.start >= intro.offset && m.end <= introEnd && !m.heading);
  // The speaker of a closing attribution first: in "Ruritania will change, Ida Kask has said" the story is hers.
  const subject =
    inIntro.find((m) => !m.possessive && CLOSING_ATTRIBUTION.test(doc.text.slice(m.end, introEnd))) ??
    inIntro.find((m) => m.start === intro.offset && isSubjectMention(doc.text, m));
  if (!subject) return;
  const person = people.people[subject.person]!;
  // Someone else the story already gave that office to holds it; a person with another office is not its holder.
  if (people.people.some((p, i) => i !== subject.person && p.descriptions.some((d) => d.toLowerCase() === office))) return;
  if (holdsOtherOffice(person.descriptions, office)) return;
  if (!person.descriptions.some((d) => d.toLowerCase() === office)) person.descriptions.push(office);
}
