/**
 * "said Brackley Fane economist Olga Verin": a capitalised name right before a lower-case job title and a
 * person's name is that person's employer, not a second person. News style puts the firm, club or paper
 * first ("Harrowgate Capital analyst …"); a person in that place makes the title a relation ("Jo Roe aide
 * …"), so a run whose first word is a known given name, a single word, or a surname the text uses alone
 * is left alone.
 */
import { ROLE_NOUNS } from './lexicon.ts';
import { firstNameGender } from './nameLexicon.ts';
import type { NameScan } from './names.ts';

/** One to three lower-case words ending in a job noun, and nothing else, between the two names. */
const BETWEEN = /^\s+(?:[a-z]+\s+){0,2}([a-z]+)\s+$/;

/** Words that link two people rather than name an employer's staff. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'with', 'to', 'of', 'for', 'by', 'as', 'than', 'like', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'told', 'said', 'says', 'asked', 'met', 'joined', 'named', 'beat', 'replaced', 'is', 'was', 'were', 'are']);

/** Moves every such employer from `scan.people` to `scan.organisations`. Changes `scan` in place. */
export function employersBeforeRoles(text: string, scan: NameScan): void {
  const employers = new Set<number>();
  for (let i = 0; i + 1 < scan.people.length; i++) {
    const c = scan.people[i]!;
    const next = scan.people[i + 1]!;
    if (c.honorific !== null || c.style !== null || c.title !== null || c.possessive) continue;
    const between = BETWEEN.exec(text.slice(c.end, next.start));
    if (!between || !ROLE_NOUNS.has(between[1]!)) continue;
    // "Jo Roe and drummer Al Doe", "Roe told reporter …": a conjunction or verb joins two people.
    if (between[0].trim().split(/\s+/).some((w) => JOINING_WORDS.has(w))) continue;
    // One word is most often a person's surname standing for their side ("Roe campaign manager …").
    if (c.tokens.length < 2 || firstNameGender(c.tokens[0]!) !== undefined) continue;
    // A surname the text also uses alone is a person's ("Fane said" elsewhere).
    const last = c.tokens[c.tokens.length - 1]!;
    if (scan.people.some((o) => o.tokens.length === 1 && o.tokens[0] === last)) continue;
    employers.add(i);
  }
  if (employers.size === 0) return;
  for (const i of employers) {
    const c = scan.people[i]!;
    scan.organisations.push({ name: c.tokens.join(' '), start: c.nameStart, end: c.end });
    scan.notPeople.add(c.tokens.join(' '));
  }
  scan.organisations.sort((a, b) => a.start - b.start);
  scan.people = scan.people.filter((c, i) => !employers.has(i) && (c.honorific !== null || c.style !== null || !scan.notPeople.has(c.tokens.join(' '))));
}
