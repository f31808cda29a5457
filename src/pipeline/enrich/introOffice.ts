/**
 * A news story names its subject in the first paragraph and calls them by a title in the second: "Ida
 * Kask has promised lower fares. / The prime minister told a rally …", "Director Jo Roe has said … / The
 * Bafta winner said …". The title is that person's for the rest of the story.
 *
 * A national office said with "the" is otherwise read as news the text takes as known (agents.ts,
 * anaphoricDescription), because a story about one politician often quotes the office holder as someone
 * else; and a bare role may belong to several people the story names ("Bafta winner Jo Doe" further down).
 * The story's own opening pair is the exception, with guards: a person the story gave another office to is
 * not its holder, and a title other than a national office needs a first paragraph in which its subject
 * speaks ("Jo Roe has said", "…, Jo Roe said.") and a second that opens with the title speaking.
 */
import { ROLE_NOUNS, SPEECH_VERBS, isDemonym } from './lexicon.ts';
import type { Mention, PeopleResult } from './people.ts';
import type { BodyDocument } from './textUnits.ts';
import { holdsOtherOffice } from './offices.ts';
import { NATIONAL_OFFICE, isSubjectMention } from './rules/agents.ts';

/** "The prime minister", "The chancellor," opening a paragraph; not "The prime minister's wife". */
const OFFICE_OPENING = /^The\s+((?:[a-z]+\s+){0,2}[a-z]+)(?![\p{L}'\u2019-])/u;
/** "The Bafta winner said", "The 30-year-old has told": the first six words after "The" (the title and its verb). */
const TITLE_SPEAKING = /^The\s+((?:[\p{L}-]+\s+){0,5}[\p{L}-]+)/u;
/** "…, Ida Kask has said." closing the first paragraph: the name before a verb of saying is its subject. */
const CLOSING_ATTRIBUTION = /^\s+(?:has\s+|had\s+)?(?:said|says|told|warned|insisted|argued|claimed|promised|pledged)\b[^.]{0,40}\.\s*$/;
/** "Jo Roe has said", "Jo Roe says": the verb right after the name opening the first paragraph. */
const VERB_AFTER = /^\s+(?:has\s+|have\s+|had\s+)?([a-z]+)\b/;

/** Gives the person the story opens with the title its second paragraph opens with. */
export function linkIntroOffice(doc: BodyDocument, people: PeopleResult): void {
  const [intro, second] = doc.units.filter((u) => u.kind === 'paragraph');
  if (!intro || !second) return;
  const title = openingTitle(second.text);
  if (!title) return;
  const introEnd = intro.offset + intro.text.length;
  const inIntro = people.mentions.filter((m) => m.start >= intro.offset && m.end <= introEnd && !m.heading);
  // The speaker of a closing attribution first: in "Ruritania will change, Ida Kask has said" the story is hers.
  const closing = inIntro.find((m) => !m.possessive && CLOSING_ATTRIBUTION.test(doc.text.slice(m.end, introEnd)));
  // Else the subject of the first sentence ("Lord of the Isles director Jo Roe has said …").
  const first = inIntro[0];
  const opening = first && !/[.!?]\s/.test(doc.text.slice(intro.offset, first.start)) && isSubjectMention(doc.text, first) ? first : undefined;
  const subject = closing ?? (opening && (title.office || speaks(doc.text, opening)) ? opening : undefined);
  if (!subject) return;
  const person = people.people[subject.person]!;
  const wanted = title.phrase.toLowerCase();
  // Someone else the story already gave that title holds it; a person with another office is not its holder.
  if (people.people.some((p, i) => i !== subject.person && p.descriptions.some((d) => d.toLowerCase() === wanted))) return;
  if (holdsOtherOffice(person.descriptions, title.phrase)) return;
  if (!person.descriptions.some((d) => d.toLowerCase() === wanted)) person.descriptions.push(title.phrase);
}

/** The national office, or the title of a person speaking, that opens the paragraph. */
function openingTitle(text: string): { phrase: string; office: boolean } | null {
  const words = OFFICE_OPENING.exec(text)?.[1]!.split(/\s+/) ?? [];
  const office = [1, 2, 3].map((n) => words.slice(0, n).join(' ')).find((o) => words.length >= o.split(' ').length && NATIONAL_OFFICE.test(o));
  if (office) return { phrase: office, office: true };
  const speaking = TITLE_SPEAKING.exec(text);
  if (!speaking) return null;
  // The title ends before the first verb of saying (after an optional "has", "had" or "also").
  const after = speaking[1]!.split(/\s+/);
  const verbAt = after.findIndex((w, i) => i > 0 && SPEECH_VERBS.has(w));
  if (verbAt < 1) return null;
  const titleWords = after.slice(0, verbAt).filter((w, i, all) => i < all.length - 1 || !/^(?:has|had|also)$/.test(w));
  const head = titleWords.at(-1)!;
  // A person's title, not a body's ("The firm said") nor its voice ("The spokesman said").
  const personal = ROLE_NOUNS.has(head.toLowerCase()) || /-year-old$/.test(head) || isDemonym(head);
  return personal && !/^spokes/i.test(head) ? { phrase: titleWords.join(' '), office: false } : null;
}

/** Whether a verb of saying follows the name. */
function speaks(text: string, m: Mention): boolean {
  const verb = VERB_AFTER.exec(text.slice(m.end, m.end + 30))?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb);
}
