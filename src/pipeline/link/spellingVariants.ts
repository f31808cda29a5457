/**
 * One person written two ways across stories: "Kirsty Lloyd Webb" and "Kirsty Lloyd-Webb", or a slip in
 * one story ("Akiro Tanabe" where every other story has "Akira Tanabe"'s surname "Tanabe" right). The
 * people index should hold one entry, not one per spelling (link/people.ts folds the full-name keys
 * before it builds its groups).
 *
 * Two full-name keys are variants when
 *   - they are the same letters once spaces and hyphens are dropped ("lloyd webb", "lloyd-webb"), or the
 *     same words once a surname's particle is dropped ("rodrigo de rato", "rodrigo rato"), or
 *   - they have the same words but one, the last or the first, and those are one edit apart (a letter
 *     changed, added, dropped or two swapped), start with the same letter and are at least MIN_SURNAME
 *     letters long, and not both are names a name list knows in that place ("Davis" and "Davies", "Clark"
 *     and "Clarke" are different families, "Natalie" and "Nathalie" different given names, not slips);
 *   - or they differ only in a given name one edit apart that both are names a list knows with one gender
 *     ("Silvia" and "Sylvia", "Mathew" and "Matthew"), and the surname is not a common one: a kind
 *     `variantGiven` that, like a familiar form, needs a person in common, never the section alone;
 *   - or the surname is the same, and not a common one (COMMON_SURNAME_PEOPLE), and the given names are a
 *     familiar and a formal form of one name ("Ted" and "Edward", familiarNames.ts);
 *   - or one key is the other with a middle name (not an initial) added, and no other key could be
 *     ("Ramon Quilez", "Ramon Alvaro Quilez": `middleNameOnly`), with a person or surnames in common and
 *     no clash of role words;
 *   - or one two-word key is the other in reverse order, one word a family name that goes first ("Zhou
 *     Tanmin", "Tanmin Zhou": `familyNameSwapped`), with a context in common and no clash of role words;
 *   - or the surname is the same and the given names are two romanisations of one name, the same consonants
 *     in the same order ("Al-Rashid", "Alrasheed"; "Yusuf", "Yousuf": `transliterated`), with a role word and
 *     a context or a nation in common, or, when one has no role, a context and a rare surname;
 * and the stories of the rarer spelling share a context with the other's (namesakes.ts: the section, or
 * another person; for a familiar form, another person or surnames, never the section alone; for two listed
 * given names and familiar forms, that or the section and a role word both stories give), and no story uses both (a story
 * that writes both means two people, unless the two differ only by a hyphen), and the genders
 * do not clash. The rarer spelling joins the commoner (`preferred`).
 */
import type { LocalPerson } from '../types.ts';
import { formalFirstName } from './familiarNames.ts';
import { SURNAME_PARTICLES } from './surnameParticles.ts';
import { FAMILY_NAMES_FIRST } from '../enrich/familyNameFirst.ts';
import { movedLetters } from '../enrich/movedLetters.ts';

/** Shorter names are too often different names one letter apart ("Kerry", "Terry"; "Hill", "Hall"; "Jon", "Jan"). */
const MIN_SURNAME = 5;

/**
 * A surname this many full-named people in the collection share is too common for a familiar form to be
 * evidence ("Steve Jones" the hooker and "Stephen Jones" the fly-half play for one country).
 */
const COMMON_SURNAME_PEOPLE = 8;

export interface VariantEntry {
  articleId: string;
  local: Pick<LocalPerson, 'gender'> & Partial<Pick<LocalPerson, 'descriptions'>>;
}

export interface VariantEvidence {
  /** Whether the stories share a context (a section or another person). */
  related(a: readonly string[], b: readonly string[]): boolean;
  /** Whether the stories share another person or enough other surnames (namesakes.ts), a section not being enough. */
  sharePeople(a: readonly string[], b: readonly string[]): boolean;
  /** Whether a name list knows the word as a first name (`first`) or a surname (`last`). */
  knownName(word: string, position: 'first' | 'last'): boolean;
  /** Whether the two spellings' own stories give them a role word in common ("minister", "striker"). */
  shareRole?(a: readonly VariantEntry[], b: readonly VariantEntry[]): boolean;
  /** The gender a name list gives a first name: null when it gives none or does not know the name. */
  firstNameGender?(word: string): 'male' | 'female' | null;
  /** Whether the two spellings' own stories tie them to one nation or one firm ("Iran's president", "Iranian President"; "Gazprom chief", "Gazprom chairman"). */
  shareNation?(a: readonly VariantEntry[], b: readonly VariantEntry[]): boolean;
}

/** Whether two words are at most one edit apart (optimal string alignment: change, add, drop, swap). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // A changed letter, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

function storiesOf(entries: readonly VariantEntry[]): string[] {
  return [...new Set(entries.map((e) => e.articleId))];
}

function gendersClash(a: readonly VariantEntry[], b: readonly VariantEntry[]): boolean {
  const genderOf = (entries: readonly VariantEntry[]) => entries.find((e) => e.local.gender)?.local.gender ?? null;
  const ga = genderOf(a);
  const gb = genderOf(b);
  return ga !== null && gb !== null && ga !== gb;
}

/**
 * How two keys can be one name: `spelling` (a space or a hyphen, a one-letter slip), `familiar` ("Ted
 * Heath", "Edward Heath": the same surname after a familiar and a formal given name), or not at all.
 */
function variantKind(a: string, b: string, evidence: VariantEvidence): VariantKind | null {
  if (spellingsOfOneName(a, b, evidence)) return 'spelling';
  if (variantGivenNames(a, b, evidence)) return 'variantGiven';
  if (middleNameOnly(a, b)) return 'middle';
  if (familyNameSwapped(a, b)) return 'reversed';
  if (romanisedPair(a, b, evidence)) return 'transliterated';
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wa.length !== wb.length || wa.slice(1).join(' ') !== wb.slice(1).join(' ') || wa[0] === wb[0]) return null;
  return formalFirstName(wa[0]!) === formalFirstName(wb[0]!) ? 'familiar' : null;
}

type VariantKind = 'spelling' | 'variantGiven' | 'familiar' | 'middle' | 'reversed' | 'transliterated';

/** A word's consonants in order, hyphens, vowels and doubled letters left out ("al-rashid", "alrasheed" → "lrshd"). */
function consonants(word: string): string {
  // ("Aleksey", "Alexei": an "x" is "ks" in another romanisation.)
  return word.replace(/-/g, '').replace(/x/g, 'ks').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * "Al-Rashid bin Omar" and "Alrasheed bin Omar", "Yusuf Karimi" and "Yousuf Karimi": an Arabic or Persian
 * given name romanised two ways. The surname (last word) is the same; each given word that differs starts
 * with the same letter, has the same consonants in the same order and at least MIN_SURNAME letters (short
 * names one vowel apart are often two names: "Jan", "Jon"; "Alan", "Allen").
 */
function transliterated(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (a === b || wa.length < 2 || wa.length !== wb.length || wa.at(-1) !== wb.at(-1)) return false;
  return wa.slice(0, -1).every((w, i) => {
    const v = wb[i]!;
    if (w === v) return true;
    return w[0] === v[0] && Math.min(w.replace(/-/g, '').length, v.replace(/-/g, '').length) >= MIN_SURNAME && consonants(w) === consonants(v);
  });
}

/**
 * "Zhou Tanmin" and "Tanmin Zhou": a Chinese, Korean or Vietnamese name written family name first in one story
 * and last in another. Only two words, exactly one of them a family name that goes first (familyNameFirst.ts):
 * with both ("Li Wei", "Wei Li") either could be the family name, and two people may be meant.
 */
function familyNameSwapped(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== 2 || wb.length !== 2 || wa[0] !== wb[1] || wa[1] !== wb[0] || wa[0] === wa[1]) return false;
  const family = (w: string) => FAMILY_NAMES_FIRST.has(capitalised(w));
  return family(wa[0]!) !== family(wa[1]!);
}

/**
 * "Ramon Quilez" and "Ramon Alvaro Quilez": one story writes a middle name the other leaves out. A middle
 * initial is left alone: it is what tells a father from a son of one name ("George H Roe", "George W Roe").
 */
function middleNameOnly(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (short.length !== 2 || long.length !== 3) return false;
  const middle = long[1]!;
  return short[0] === long[0] && short[1] === long[2] && middle.length > 1 && !SURNAME_PARTICLES.test(middle);
}

/** `transliterated`, unless a name list gives the two given names different genders ("Christian", "Christina"). */
function romanisedPair(a: string, b: string, evidence: VariantEvidence): boolean {
  if (!transliterated(a, b)) return false;
  const gender = evidence.firstNameGender;
  const [ga, gb] = [gender?.(capitalised(a.split(' ')[0]!)) ?? null, gender?.(capitalised(b.split(' ')[0]!)) ?? null];
  return ga === null || gb === null || ga === gb;
}

/** Whether both keys' given names are names a list knows ("Katharine", "Katherine"): two spellings by choice. */
function bothListedGiven(a: string, b: string, evidence: VariantEvidence): boolean {
  return evidence.knownName(capitalised(a.split(' ')[0]!), 'first') && evidence.knownName(capitalised(b.split(' ')[0]!), 'first');
}

/** Whether one word is the other with one letter doubled ("johan", "johann"; "philip", "phillip"). */
function doubledLetter(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Whether no name list knows the key's last word as a surname ("vardeck", not "reyes"). */
function unlistedSurname(key: string, evidence: VariantEvidence): boolean {
  return !evidence.knownName(capitalised(key.split(' ').at(-1)!), 'last');
}

/**
 * Whether the two keys' roles fit one person: they share a role word, or one has none ("Spaniard" is no
 * role word; "musician" and "comic" are two). A key has a role word when it shares one with itself.
 */
function rolesAgree(a: readonly VariantEntry[], b: readonly VariantEntry[], evidence: VariantEvidence): boolean {
  const share = (x: readonly VariantEntry[], y: readonly VariantEntry[]) => evidence.shareRole?.(x, y) === true;
  return share(a, b) || !share(a, a) || !share(b, b);
}

/**
 * "Silvia Quillane-Orme" and "Sylvia Quillane-Orme": the same surname after two given names one edit apart
 * that a name list knows with the same gender. Such pairs are often two spellings of one person's name, but
 * also two people ("Natalie" and "Nathalie" are both real names), so the caller asks for a person in common.
 */
function variantGivenNames(a: string, b: string, evidence: VariantEvidence): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wa.length !== wb.length || wa.slice(1).join(' ') !== wb.slice(1).join(' ')) return false;
  const [ga, gb] = [wa[0]!, wb[0]!];
  if (ga === gb || Math.min(ga.length, gb.length) < MIN_SURNAME || ga[0] !== gb[0] || !oneEditApart(ga, gb)) return false;
  const gender = evidence.firstNameGender;
  if (!gender) return false;
  const [sa, sb] = [gender(capitalised(ga)), gender(capitalised(gb))];
  return sa !== null && sa === sb;
}

/** The same words once hyphens are read as spaces: "jo kilroy silk", "jo kilroy-silk". */
function hyphenOnly(a: string, b: string): boolean {
  return a !== b && a.replace(/-/g, ' ') === b.replace(/-/g, ' ');
}

/** The key without the particles between its first and last words: "rodrigo de rato" → "rodrigo rato". */
function withoutParticles(key: string): string {
  return key.split(' ').filter((w, i, all) => i === 0 || i === all.length - 1 || !SURNAME_PARTICLES.test(w)).join(' ');
}

function spellingsOfOneName(a: string, b: string, evidence: VariantEvidence): boolean {
  if (a.replace(/[\s-]/g, '') === b.replace(/[\s-]/g, '')) return true;
  // "Rodrigo de Rato" and "Rodrigo Rato": one story writes the surname's particle, another leaves it out.
  if (withoutParticles(a) === withoutParticles(b) && withoutParticles(a).includes(' ')) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wa.length !== wb.length) return false;
  // One word differs: the surname, or the first name ("Kisrty" for "Kirsty"); never both.
  const differing = wa.flatMap((w, i) => (w === wb[i] ? [] : [i]));
  if (differing.length !== 1 || (differing[0] !== 0 && differing[0] !== wa.length - 1)) return false;
  const position = differing[0] === 0 ? 'first' : 'last';
  const sa = wa[differing[0]!]!;
  const sb = wb[differing[0]!]!;
  // ("Quarnidovsky" for "Quardinovsky": a long surname's middle letters moved, enrich/movedLetters.ts.)
  if (position === 'last' && movedLetters(sa, sb)) return true;
  if (Math.min(sa.length, sb.length) < MIN_SURNAME || sa[0] !== sb[0] || !oneEditApart(sa, sb)) return false;
  return !(evidence.knownName(capitalised(sa), position) && evidence.knownName(capitalised(sb), position));
}

/**
 * Candidate pairs without comparing every key with every other: keys with the same joined letters; keys that
 * share their other words and a one-letter deletion of the last (or the first) word, which every pair one
 * edit apart does; keys that share their other words and a given name's formal form.
 */
function candidatePairs(keys: readonly string[]): Array<[string, string]> {
  const buckets = new Map<string, string[]>();
  const put = (bucket: string, key: string) => {
    const list = buckets.get(bucket);
    if (list) list.push(key);
    else buckets.set(bucket, [key]);
  };
  for (const key of keys) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    put(`joined\u0000${key.replace(/[\s-]/g, '')}`, key);
    put(`particles\u0000${withoutParticles(key)}`, key);
    const first = words[0]!;
    const tail = words.slice(1).join(' ');
    // "Ramon Quilez" and "Ramon Alvaro Quilez" (middleNameOnly).
    if (words.length <= 3) put(`middle\u0000${first}\u0000${words.at(-1)!}`, key);
    // "Zhou Tanmin" and "Tanmin Zhou" (familyNameSwapped).
    if (words.length === 2) put(`swapped\u0000${[...words].sort().join(' ')}`, key);
    put(`familiar\u0000${formalFirstName(first)}\u0000${tail}`, key);
    // "Al-Rashid bin Omar" and "Alrasheed bin Omar" (transliterated).
    put(`consonants\u0000${words.slice(0, -1).map(consonants).join(' ')}\u0000${words.at(-1)!}`, key);
    // Words shorter than MIN_SURNAME take no one-edit variants (spellingsOfOneName): no buckets for them.
    if (first.length >= MIN_SURNAME - 1) {
      // The word itself too, or a letter added or dropped ("Mathew", "Matthew") never meets its pair.
      put(`first\u0000${first}\u0000${tail}`, key);
      for (let i = 0; i < first.length; i++) put(`first\u0000${first.slice(0, i)}${first.slice(i + 1)}\u0000${tail}`, key);
    }
    const head = words.slice(0, -1).join(' ');
    const last = words.at(-1)!;
    // "Quarnidovsky" and "Quardinovsky" (movedLetters): the same letters in another order.
    if (last.length >= 8) put(`moved\u0000${head}\u0000${[...last].sort().join('')}`, key);
    if (last.length >= MIN_SURNAME - 1) {
      put(`edit\u0000${head}\u0000${last}`, key);
      for (let i = 0; i < last.length; i++) put(`edit\u0000${head}\u0000${last.slice(0, i)}${last.slice(i + 1)}`, key);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const distinct = [...new Set(list)].sort();
    for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) pairs.set(`${distinct[i]}\u0000${distinct[j]}`, [distinct[i]!, distinct[j]!]);
  }
  return [...pairs.values()];
}

/**
 * Whether spelling `a` is the one to keep over `b`: the one more stories use; at equal counts the one a
 * name list knows ("Franklin" over "Frankin"), then the longer (a slip drops a letter more often than it
 * adds one: "Follett", "Whishaw"), then the first in order.
 */
function preferred(a: string, b: string, count: (key: string) => number, evidence: VariantEvidence): boolean {
  if (count(a) !== count(b)) return count(a) > count(b);
  const known = (key: string) => {
    const words = key.split(' ');
    return evidence.knownName(capitalised(words[0]!), 'first') && evidence.knownName(capitalised(words.at(-1)!), 'last');
  };
  if (known(a) !== known(b)) return known(a);
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Fold spelling variants of the same full name into one key. Returns a map from each folded key to the
 * key it joins (keys that stay are not in it). Deterministic whatever the order of `named`.
 */
export function spellingVariantJoins<E extends VariantEntry>(named: ReadonlyMap<string, readonly E[]>, evidence: VariantEvidence): Map<string, string> {
  const stories = new Map([...named].map(([key, entries]) => [key, storiesOf(entries)]));
  const count = (key: string) => stories.get(key)!.length;
  const peopleWithSurname = new Map<string, number>();
  for (const key of named.keys()) {
    const surname = key.split(' ').at(-1)!;
    peopleWithSurname.set(surname, (peopleWithSurname.get(surname) ?? 0) + 1);
  }
  // Middle names a two-word key could have ("Jo Ann Roe", "Jo Beth Roe"): with more than one, "Jo Roe" is
  // left alone, since it could be either.
  const middles = new Map<string, number>();
  for (const key of named.keys()) {
    const words = key.split(' ');
    if (words.length === 3) middles.set(`${words[0]} ${words[2]}`, (middles.get(`${words[0]} ${words[2]}`) ?? 0) + 1);
  }
  // The commoner spelling of each pair, the rarer one joining it.
  const joinsInto = new Map<string, string>();
  for (const [a, b] of candidatePairs([...named.keys()])) {
    const kind = variantKind(a, b, evidence);
    if (kind === null || (kind === 'middle' && (middles.get(a.split(' ').length === 2 ? a : b) ?? 0) > 1)) continue;
    const [rare, common] = preferred(a, b, count, evidence) ? [b, a] : [a, b];
    const rareStories = stories.get(rare)!;
    const commonStories = stories.get(common)!;
    // Two listed given names one letter apart ("Beverley", "Beverly") with a context and a role word in
    // common: two immigration ministers of one surname, spelt two ways, are one minister, however common
    // the surname.
    // So are a familiar and a formal given name ("Chris" and "Christopher") with a role word and a context in
    // common: the same junior minister, named one way in one story and the other in the next.
    // Two romanisations of one given name (`transliterated`, or two listed names one vowel apart) with a role
    // word in common are one person when the stories also tie them to one nation, whatever their sections:
    // the Ruritanian president in a business story and again in a technology story.
    const shareRole = evidence.shareRole?.(named.get(rare)!, named.get(common)!) === true;
    // (Or the same firm or nation and a context in common, whatever the role words: "Gazprom chief" and
    // "Gazprom chairman" of two business stories.)
    const oneAffiliation = evidence.shareNation?.(named.get(rare)!, named.get(common)!) === true;
    const romanisedOfOneNation = romanisedPair(a, b, evidence) && oneAffiliation && (shareRole || evidence.related(rareStories, commonStories));
    const sameRole = kind !== 'spelling' && shareRole && (evidence.related(rareStories, commonStories) || romanisedOfOneNation);
    // With no role on one side, a romanised name needs a context in common and a surname no more than a
    // few people share ("bin Omar" of two business stories), and a given name no list knows on one side:
    // two listed spellings ("Katharine", "Katherine") may be two women of one family.
    const romanisedInContext =
      kind === 'transliterated' && !bothListedGiven(a, b, evidence) && rolesAgree(named.get(rare)!, named.get(common)!, evidence) && evidence.related(rareStories, commonStories) && (peopleWithSurname.get(a.split(' ').at(-1)!) ?? 0) < COMMON_SURNAME_PEOPLE;
    if (kind !== 'spelling' && !sameRole && !romanisedOfOneNation && (peopleWithSurname.get(a.split(' ').at(-1)!) ?? 0) >= COMMON_SURNAME_PEOPLE) continue;
    // A story that writes both means two people, except for one name with and without its hyphen
    // ("Kilroy Silk", "Kilroy-Silk"): no two people are told apart by a hyphen; nor by a familiar and a
    // formal given name ("Freddie" in a reader's letter about "Frederick" Quillane, the essay's author).
    if (!hyphenOnly(a, b) && kind !== 'familiar' && rareStories.some((s) => commonStories.includes(s))) continue;
    if (gendersClash(named.get(rare)!, named.get(common)!)) continue;
    // A familiar form is a different spelling by choice, and common names share forms ("Jim" and "James"
    // Morrison, a midfielder and a singer): it needs a person or surnames in common, not a section. So do
    // two listed given names one letter apart.
    // (Or, for given names, the same role: `sameRole` above.)
    const sharedStory = rareStories.some((s) => commonStories.includes(s));
    // Two listed given names that differ by a doubled letter, one name said the same way ("Johan",
    // "Johann Vardeck"), before a surname only these two keys carry and no list knows need no more than the
    // section: two people of so rare a surname and one given name are not filed side by side by chance.
    // ("Natalie" and "Nathalie" are two names, and still need a person in common.)
    const rareSurname =
      kind === 'variantGiven' && doubledLetter(a.split(' ')[0]!, b.split(' ')[0]!) && (peopleWithSurname.get(a.split(' ').at(-1)!) ?? 0) === 2 && unlistedSurname(a, evidence) && evidence.related(rareStories, commonStories);
    // A middle name written in one story and not in another needs a person in common (not surnames, not the
    // section: a singer "Jo Lee Roe" and a comic "Jo Roe" share an awards night's surnames), and no role
    // word of one the other's stories contradict.
    if (kind === 'middle' && !(evidence.sharePeople(rareStories, commonStories) && rolesAgree(named.get(rare)!, named.get(common)!, evidence))) continue;
    // A name in the other order needs a context in common (the section or a person) and no clash of role
    // words: two people of one name, each in one order, filed side by side with roles that agree, are rarer
    // than one person whose name two desks wrote two ways.
    if (kind === 'reversed') {
      if (!evidence.related(rareStories, commonStories) || !rolesAgree(named.get(rare)!, named.get(common)!, evidence)) continue;
      const current = joinsInto.get(rare);
      if (current === undefined || preferred(common, current, count, evidence)) joinsInto.set(rare, common);
      continue;
    }
    if (kind === 'spelling' ? !evidence.related(rareStories, commonStories) && !sharedStory && !romanisedOfOneNation : !evidence.sharePeople(rareStories, commonStories) && !sameRole && !rareSurname && !romanisedInContext && !romanisedOfOneNation && !(kind === 'familiar' && sharedStory)) continue;
    // Of several spellings a rare one could join, the commonest (then the first in order).
    const current = joinsInto.get(rare);
    if (current === undefined || preferred(common, current, count, evidence)) joinsInto.set(rare, common);
  }
  // Follow chains ("a" → "b" → "c") to their end; a cycle cannot form, since each step goes to a commoner
  // key or, at equal counts, an earlier one.
  const resolved = new Map<string, string>();
  for (const rare of joinsInto.keys()) {
    let target = joinsInto.get(rare)!;
    const seen = new Set([rare]);
    while (joinsInto.has(target) && !seen.has(target)) {
      seen.add(target);
      target = joinsInto.get(target)!;
    }
    resolved.set(rare, target);
  }
  return resolved;
}
