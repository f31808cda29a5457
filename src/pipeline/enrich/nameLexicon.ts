/**
 * What compromise knows about single words: first names with their gender, surnames, places and
 * organisations. We read its lexicon directly instead of running its tagger: the tagger costs
 * ~45 ms per article on its own (its post-tagging sweep), more than the whole enrich budget, while
 * the lexicon look-up is a Map hit. Our own rules (names.ts) do the recognising.
 */
import nlp from 'compromise/two';
import { isEnglishWord, isPersonalName } from './wordList.ts';

type Tags = string | string[] | undefined;

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, Tags> }; two?: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } };
}

let lexicon: Record<string, Tags> | null = null;

function tagsOf(word: string): string[] {
  lexicon ??= (nlp.world() as unknown as CompromiseWorld).model.one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

export type NameGender = 'male' | 'female' | null;

/**
 * Common first names compromise files only as dictionary words ("frank", "bill", "holly"), so "Fr. Frank
 * Pavone" or "Senate Minority Whip Dick Tarrow" read as no person at all; with a few it does not gender
 * ("mark") or does not know ("graeme", "euan"). Ambiguous ones that are more
 * often something else before a capitalised word (Will, May, Hope, Earl, Duke, Grant, Chance) are left out.
 */
const WORD_FIRST_NAMES: ReadonlyMap<string, NameGender> = new Map([
  ...'frank dick christian bill gene ray guy miles cliff rod al max woody bud jay rusty chip rocky sonny randy rex newt mitt rand reince jeb norm dusty warren lewis mark euan callum graeme'
    .split(' ')
    .map((w) => [w, 'male'] as const),
  ...'rose ruby pearl iris holly ivy lily daisy penny hazel gabby dawn misty melody faith joy jasmine olive violet jade fern'.split(' ').map((w) => [w, 'female'] as const),
  ...'sandy robin jean lee kit'.split(' ').map((w) => [w, null] as const),
]);

/** Gender of a first name when compromise lists it as one, else undefined (not a known first name). */
export function firstNameGender(word: string): NameGender | undefined {
  const extra = WORD_FIRST_NAMES.get(word.toLowerCase());
  if (extra !== undefined && /^\p{Lu}/u.test(word)) return extra;
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return null;
  // "José", "Chloé", "François": the lexicon lists given names without their accents.
  const plain = word.normalize('NFD').replace(/\p{M}+/gu, '');
  return plain !== word ? firstNameGender(plain) : undefined;
}

export function isKnownSurname(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

const PLACE_TAGS = ['Country', 'City', 'Place', 'Region', 'Demonym'];
export function isKnownPlace(phrase: string): boolean {
  return tagsOf(phrase).some((t) => PLACE_TAGS.includes(t));
}

/** A country or a region ("Russia's Jo Doe" in a sports report is where a player is from). */
export function isKnownCountry(phrase: string): boolean {
  return tagsOf(phrase).some((t) => t === 'Country' || t === 'Region');
}

/**
 * Firms named after their founders that the news names constantly and compromise does not know: without
 * them "Morgan Stanley" and "William Hill" read as a first name and a surname.
 */
const EPONYMOUS_FIRMS = new Set(['morgan stanley', 'goldman sachs', 'merrill lynch', 'william hill', 'dow jones', 'lehman brothers', 'charles schwab', 'arthur andersen', 'jp morgan', 'marks and spencer', 'warner bros', 'ernst and young', 'bear stearns']);

export function isKnownOrganisation(phrase: string): boolean {
  if (EPONYMOUS_FIRMS.has(phrase.toLowerCase().replace(/\s*&\s*/g, ' and '))) return true;
  return tagsOf(phrase).some((t) => t === 'Organization' || t === 'SportsTeam');
}

/** A plain dictionary word (verb, adjective, common noun …) rather than a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return false;
  return !tags.some((t) => /Name|Person|ProperNoun|Honorific|Place|City|Country|Region|Organization/.test(t));
}

const NOT_NOMINAL = /Verb|Tense|Infinitive|Gerund|Participle|Preposition|Determiner|Conjunction|Pronoun|Adverb|Copula|Modal|QuestionWord|Possessive|Negative/;

/** A noun or adjective (or a word compromise does not know): can sit inside a role phrase. */
export function isNominal(word: string): boolean {
  return !tagsOf(word).some((t) => NOT_NOMINAL.test(t));
}

/** A word compromise reads as a verb on its own ("force", "beat"; not "tourism", "legendary"): for rare checks only, it parses. */
export function readsAsVerb(word: string): boolean {
  return nlp(word).has('#Verb');
}

/** Compromise has never heard of the word: no dictionary sense at all. */
export function isUnknownWord(word: string): boolean {
  return tagsOf(word).length === 0;
}

/** Endings typical of surnames from many languages (Dehiba aside): Cherkasova, Novoselic, Berbatov. */
export function looksLikeSurname(word: string): boolean {
  return /(?:ov|ova|ev|eva|ic|ić|ich|ski|ska|sky|czyk|ek|enko|uk|escu|ez|es|os|ou|is|as|idis|opoulos|akis|elli|ini|etti|ucci|sson|sen|son|stein|berg|mann|man)$/.test(word);
}

/**
 * A word of plain English that is no one's name in any list: "People", "Cruises", "Night",
 * "Denial-of-Service" (every part), but not "Stone", "Young", "Straw" (surnames too). compromise's
 * lexicon is too small to say this (it has no "election", no "cruises"); the en-GB word list is not.
 */
export function isPlainWord(word: string): boolean {
  if (isPersonalName(word) || firstNameGender(word) !== undefined || isKnownSurname(word)) return false;
  return word.split('-').every((part) => part !== '' && isEnglishWord(part));
}

