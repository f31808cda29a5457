/**
 * Descriptions the text ties to a person, in its own words:
 *   before the name   "Russia's Nato envoy Dmitry Rogozin", "shadow home secretary David Davies"
 *   comma before      "the Gazette's harbour and shipping correspondent, Tam Roe"
 *   appositive after  "Ulrich Bez, Aston's chief executive, said"
 *   anaphoric         "The former harbour master, who took over as the port's chief" → the person
 *                     mentioned last
 * A description must end in (or, after the name, contain) a role word, so places and affiliations
 * ("eBay's X", "X from Intel") are not taken.
 */
import { holdsOtherOffice, isPresidingRole } from './offices.ts';
import { nationalityOf, tiedToOtherNation } from './nationTies.ts';
import { ATTRIBUTION_VERBS, CLAUSE_OPENERS, COURTESY_TITLES, DATE_WORDS, FIRM_AND_PRODUCT_WORDS, GIVEN_NAME_TITLES, isDemonym, NAME_STYLES, NOT_NAME_WORDS, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { firstNameGender, isKnownPlace, isNominal, readsAsVerb } from './nameLexicon.ts';
import { isEnglishWord } from './wordList.ts';

const NATIONALITIES = /^(?:British|English|Scottish|Welsh|Irish|American|European)$/;
/** Words that belong to the name that follows, not to the role: "Archbishop of Canterbury Dr", "Foreign Minister Prince". */
/**
 * Capitalised words the name finder never takes for a name that still qualify a role: "Olympic champion",
 * "Labour MP", "BBC correspondent", "World Cup winner", "Home Office minister".
 */
const ROLE_QUALIFIERS = new Set([
  'Olympic', 'World', 'Euro', 'Premier', 'Premiership', 'League', 'Cup', 'Championship', 'Grand', 'Prix', 'Formula',
  'Test', 'Six', 'Nations', 'Open', 'Labour', 'Tory', 'Conservative', 'Liberal', 'Democrat', 'Republican', 'Lib', 'Dem',
  'BBC', 'ITV', 'Sky', 'Channel', 'CNN', 'Reuters', 'Treasury', 'Home', 'Foreign', 'Office', 'Government',
  'Cabinet', 'Royal', 'National', 'International', 'Commons', 'Lords', 'FA', 'UN', 'EU', 'US', 'UK', 'Nato', 'NATO',
]);

// ("former Tarnish Commander Colonel Jo Roe": a military rank before the name is its title, not the role's last word.)
const TRAILING_HONORIFIC = /\s+(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Sir|Lord|Lady|Dame|Prince|Princess|King|Queen|Sheikh|Sgt|Gen|Colonel|Col|Brigadier|Admiral|Lieutenant|Lt|Sergeant|Corporal)\.?$/;
import { firstMentionFrom, type Mention, type PersonDraft } from './people.ts';
import { isSubjectMention, namedInRestOfSentence, NATIONAL_OFFICE } from './rules/agents.ts';
import { possessorOfAnother } from './possessorRoles.ts';
import { participleBeforeRole } from './participleRoles.ts';
import { workTitleCutBefore } from './workTitleRoles.ts';

const MODIFIERS = new Set([
  'former', 'new', 'shadow', 'deputy', 'senior', 'junior', 'chief', 'executive', 'general', 'foreign',
  'home', 'defence', 'security', 'economic', 'economics', 'culture', 'prime', 'vice', 'acting', 'interim',
  'managing', 'financial', 'technology', 'technical', 'operating', 'communications', 'political',
  'assistant', 'associate', 'principal', 'lead', 'founding', 'then', 'outgoing', 'incoming', 'current',
  'late', 'veteran', 'top', 'chief', 'world', 'olympic', 'double', 'triple', 'former', 'sports',
  'health', 'education', 'environment', 'trade', 'transport', 'industry', 'business', 'music', 'film',
  'fashion', 'art', 'dance', 'marketing', 'sales', 'research', 'legal', 'press', 'news', 'media',
  'public', 'affairs', 'international', 'national', 'regional', 'local', 'group', 'team', 'club',
  'party', 'opposition', 'government', 'cabinet', 'foreign', 'home', 'justice', 'finance', 'energy',
  'independent', 'british', 'american', 'first', 'second', 'youngest', 'oldest', 'current', 'reigning',
  'defending', 'england', 'and', 'creative', 'artistic', 'information', 'product', 'programme', 'policy',
  'science', 'medical', 'clinical', 'software', 'games', 'game', 'design', 'development', 'investment',
]);

/**
 * "R&B singer", "All Blacks captain", "William Hill spokesman", "10,000m champion": the walk back stopped
 * inside a name or a number, so the phrase opens with its tail ("B", "Blacks", "Hill", "000m"). Such a
 * tail is dropped and the role starts at its first lower-case word ("singer", "captain").
 */
function withoutCutName(text: string, start: number, phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return phrase;
  const before = text.slice(Math.max(0, start - 30), start);
  const previous = /(?:^|\s)(\p{Lu}[\p{L}'\u2019-]*)\s$/u.exec(before)?.[1];
  // A day, a month, a sentence opener or an opening speech verb before the role is where the walk rightly stopped.
  const cutName = previous !== undefined && !CLAUSE_OPENERS.has(previous) && !DATE_WORDS.has(previous) && !OPENING_SPEECH_VERBS.test(previous);
  // (A number cut the walk, "10,000m champion"; a number ending a sentence, "by 2007. Education minister",
  // did not.)
  const cut = /[&,\-/]$/.test(before) || cutName || /(?:^|\s)(?:\d(?:[\d,.]*\d)?|of the|of)\s$/u.test(before) || workTitleCutBefore(before);
  if (!cut) return phrase;
  const firstLower = words.findIndex((w) => /^\p{Ll}/u.test(w));
  return firstLower < 0 ? '' : words.slice(firstLower).join(' ');
}

/**
 * "In the pack Tarn Vale forward X", "At the back Kestrel defender X": after a preposition and "the", lower-case
 * words that are no role word or modifier, before a role holding a capitalised name, are the preposition's
 * object (a lead-in); the role starts after them ("Tarn Vale forward").
 */
function withoutLeadIn(text: string, start: number, phrase: string): string {
  if (!/\b(?:in|at|on|up|from|with|into|behind|among|across|for)\s+the\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return phrase;
  const words = phrase.trim().split(/\s+/);
  const roleStart = words.findIndex((w) => /^\p{Lu}/u.test(w) || MODIFIERS.has(w) || ROLE_NOUNS.has(w));
  if (roleStart <= 0 || !words.slice(roleStart).some((w) => /^\p{Lu}/u.test(w))) return phrase;
  return words.slice(0, roleStart).every((w) => /^\p{Ll}+$/u.test(w)) ? words.slice(roleStart).join(' ') : phrase;
}

/**
 * "assistant Dean Roe" is Dean Roe, an assistant coach: before a person the text names by one word only,
 * a title word that is also a given name (lexicon.ts) is the first name, not part of the role. (The name
 * finder now keeps "Dean" in a two-word name, so this is a guard for the cases it still cuts.)
 */

function withoutGivenName(person: PersonDraft, phrase: string): string {
  if (person.tokens.length !== 1) return phrase;
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return GIVEN_NAME_TITLES.has(last) ? words.slice(0, -1).join(' ') : phrase;
}

function isDescriptionWord(word: string): boolean {
  if (/^(?:ex|former)-/i.test(word)) return true; // "ex-ITN political editor" is a former one
  if (/^(?:pro|anti|non)-\p{Lu}/u.test(word)) return true; // "anti-Nato campaigner": a stance, not the end of the role
  if (/^\p{Lu}/u.test(word)) return true; // Nato, BBC's, Culture, Labour
  if (/\d/.test(word)) return true; // 800m, 34-year-old
  if (/-year-old$/.test(word)) return true;
  if (ROLE_NOUNS.has(word) || MODIFIERS.has(word)) return true;
  // "referees' chief", "teachers' union leader": a plural owner is part of the role ("players'" is a plural
  // of a noun; a verb's -s form takes no apostrophe).
  if (/^[a-z][a-z-]+s['\u2019]$/.test(word)) {
    const plural = word.slice(0, -1);
    return isNominal(plural) || isNominal(plural.replace(/s$/, '')) || ROLE_NOUNS.has(plural.replace(/s$/, ''));
  }
  // "ejecting previous host": a present participle not known as a modifier starts a clause, not a role.
  if (/^[a-z]+ing$/.test(word)) return false;
  // "Benitez defended goalkeeper": a past-tense verb is a sentence, not a role.
  if (/^[a-z]+ed$/.test(word)) return false;
  return /^[a-z][a-z-]{2,}$/.test(word) && isNominal(word) && !FUNCTION.has(word);
}

/**
 * Verbs that take a person as their object and that the lexicon also files as nouns ("smash", "defeat",
 * "contact"): before a name they are the sentence's verb, never a role's modifier.
 */
const OBJECT_VERBS = new Set([
  'smash', 'beat', 'defeat', 'oust', 'replace', 'succeed', 'contact', 'face', 'sign', 'recall', 'sack', 'axe',
  'thank', 'praise', 'blame', 'criticise', 'criticize', 'accuse', 'tackle', 'congratulate', 'elect', 'select',
  'sue', 'marry', 'divorce', 'visit', 'join', 'meet', 'hire', 'appoint', 'overtake', 'outclass', 'thrash', 'stun',
]);

/**
 * Verbs that bring a person on stage ("The sequel also stars Welsh actor X", "The register shows former
 * minister X", "The draw sees champion X …"), and the -s forms of the object verbs: before a name they are
 * the sentence's verb, never part of the role, whatever the word before them.
 */
const PRESENTING_VERBS = new Set([
  'stars', 'co-stars', 'shows', 'features', 'includes', 'sees', 'plays', 'names', 'casts', 'lists', 'welcomes', 'pits',
  ...[...OBJECT_VERBS].map((v) => (/(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`)),
]);

/** Adverbs of time and addition ("Shortly afterwards model X", "also"): they open a clause, not a role. */
const CLAUSE_ADVERBS = new Set(['afterwards', 'afterward', 'also', 'later', 'then', 'now', 'still', 'soon', 'again', 'too', 'once', 'meanwhile', 'subsequently']);

/** Adjectives in -ly: "early Macintosh team member", "elderly neighbour", "family doctor" keep them. */
const LY_ADJECTIVES = new Set([
  'early', 'elderly', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'hourly', 'nightly', 'friendly', 'likely',
  'unlikely', 'lonely', 'costly', 'deadly', 'burly', 'portly', 'jolly', 'holy', 'lovely', 'ugly', 'silly', 'family', 'homely',
  'lively', 'kindly', 'orderly', 'fatherly', 'motherly', 'brotherly', 'scholarly', 'lowly', 'curly', 'wily', 'surly', 'sprightly',
]);

/** A lower-case adverb of manner ("powerfully", "highly"): it qualifies a verb or an adjective, never a role's noun. */
function isMannerAdverb(word: string): boolean {
  return /^[a-z]{3,}ly$/.test(word) && !LY_ADJECTIVES.has(word);
}

/** Speech verbs opening a sentence ("Said Wales assistant coach X: …"): the role starts after them. */
const OPENING_SPEECH_VERBS = /^(?:Said|Says|Added|Adds|Explained|Explains|Insisted|Admitted|Warned|Asked|Told)$/;

const FUNCTION = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'for', 'with', 'by', 'from', 'to', 'in', 'on', 'at', 'as', 'who', 'which',
  'that', 'this', 'was', 'is', 'has', 'had', 'said', 'says', 'our', 'his', 'her', 'its', 'their', 'new', 'old', 'year',
  'years', 'time', 'week', 'day', 'under', 'over', 'after', 'before', 'against', 'into', 'about', 'between', 'through',
  'during', 'without', 'within', 'behind', 'beyond', 'since', 'until', 'towards', 'despite', 'season', 'face', 'faces',
]);

function isRoleHead(word: string): boolean {
  return ROLE_NOUNS.has(word.toLowerCase()) || TITLE_WORDS.has(word) || /-year-old$/.test(word);
}

/** The word before a point ("R&B" whole: an "&" between capitals is inside the word). */
const WORD_BEFORE = /([\p{L}\p{N}](?:[\p{L}\p{N}'\u2019-]|&(?=\p{Lu})|(?<=\d),(?=\d{3}))*)\s*$/u;
/** Head words of bodies named "<head> of <place>" whose roles a text puts before a name. */
const BODY_HEADS_OF = new Set(['Bank', 'University', 'Church', 'Federation', 'Association', 'Institute', 'College', 'Society', 'Chamber', 'Council', 'Union', 'League', 'Museum']);
/** A capitalised title word, then "to the", "of" or "for" (and "the"), right before the department. */
const OFFICE_GLUE = /(\p{L}[\p{L}-]*)\s+(?:to|of|for)(?:\s+the)?\s+$/u;
/** Offices written in lower case that take their department after "to the", "of", "for": "chief secretary to the Treasury". */
const LOWER_OFFICES = new Set(['secretary', 'minister', 'chancellor', 'commissioner']);

/**
 * Walks back from `end` over description words; returns the phrase start or -1. `otherName` says whether a
 * word is part of another person's name: "centre Jo Doe and flanker Ann Roe" gives Roe "flanker", not a
 * role holding Doe.
 */
function phraseBefore(text: string, end: number, otherName: (word: string) => boolean = () => false): number {
  let start = end;
  let cursor = end;
  let glued = false;
  // The head word of "<head> of <place>" just glued: taken whatever list knows it ("Bank").
  let bodyHead = false;
  for (let steps = 0; steps < 10; steps++) {
    // "Chief Secretary to the Treasury Jo Doe", "Secretary of State for Trade Jo Doe": "to the", "of", "for"
    // after a title word join the office to its department; the role goes on to the title word.
    if (/^\s*\p{Lu}/u.test(text.slice(cursor, cursor + 3))) {
      const from = Math.max(0, cursor - 40);
      const office = OFFICE_GLUE.exec(text.slice(from, cursor));
      // ("Bank of Tarnland governor Jo Doe", "University of Tarn professor Jo Doe": a body's head word and "of"
      // before the capitalised place the walk has reached name the body whose role it is.)
      const bodyOf = office !== null && steps > 0 && BODY_HEADS_OF.has(office[1]!) && !/\bthe\s+$/.test(office[0]);
      if (office && (TITLE_WORDS.has(office[1]!) || LOWER_OFFICES.has(office[1]!) || office[1] === 'State' || bodyOf)) {
        cursor = from + office.index + office[1]!.length;
        glued = true;
        bodyHead = bodyOf;
      }
    }
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, cursor - 40), cursor));
    if (!m) break;
    const word = m[1]!;
    // "by Sunday Gazette journalist X": a day word before a paper's name and a press role is part of the name.
    if (steps > 0 && paperDay(text, cursor - m[0].length, word, text.slice(start, end))) {
      cursor -= m[0].length;
      start = cursor;
      continue;
    }
    // "In 1995 former drummer X", "Since 2001 club captain X": a year after a preposition of time dates the
    // sentence and ends the role before it ("the 1998 Open champion X" keeps its year).
    if (/^(?:1[89]|20)\d\d$/.test(word) && /\b(?:in|since|by|until|till|from|during|after|before)\s+$/i.test(text.slice(Math.max(0, cursor - m[0].length - 8), cursor - m[0].length))) break;
    // "the Primate and Archbishop of Tarn Dr Jo Doe": an office with its department is whole; an "and"
    // before it joins another person's title.
    if (glued && word === 'and') break;
    // A role never runs across a paragraph break ("… quarter-finals⏎⏎Midfielder Jo Roe").
    if (m[0].includes('\n')) break;
    const compounded = (steps === 1 || steps === 2) && nounBeforeRole(text, cursor - m[0].length, word, text.slice(start, end));
    if ((!isDescriptionWord(word) && !(compounded || (steps === 1 && participleBeforeRole(text, cursor - m[0].length, word, text.slice(start, end))))) || /^(The|A|An|Our|His|Her|Its|Their)$/.test(word)) break;
    // "On Wednesday Transport Minister X": a function word, a day or a month opens the sentence, not the role.
    // A firm or a product the lexicon knows is whose the role is ("Xbox frontman X" is no singer): it stays.
    const qualifier = ROLE_QUALIFIERS.has(word) || FIRM_AND_PRODUCT_WORDS.has(word);
    // ("Q magazine editor": a word the lexicon keeps from names, right before "magazine", is the magazine's title.)
    const magazineTitle = /^\s*magazine\b/.test(text.slice(cursor, cursor + 12));
    // "Last month Agency chief X": a time noun dates the sentence and ends the role before it.
    if (/^(?:month|week|year|weekend|night|morning|afternoon|evening|day)$/.test(word)) break;
    // ("Anti-Doping Agency chief X", "Fund manager X": a body's head noun right before the role is whose role it is.)
    const bodyBeforeRole = steps === 1 && ORG_WORDS.has(word) && ROLE_NOUNS.has(text.slice(start, end).trim().toLowerCase());
    if (NOT_NAME_WORDS.has(word) && !TITLE_WORDS.has(word) && !isRoleHead(word) && !NATIONALITIES.test(word) && !isDemonym(word) && !qualifier && !(bodyHead && BODY_HEADS_OF.has(word)) && !magazineTitle && !bodyBeforeRole) break;
    bodyHead = false;
    const wordStart = cursor - m[0].length;
    // "tried in vain to beat team-mate X", "came back to defeat local rival X": a verb that
    // takes a person as its object ends the role, even where the lexicon also knows it as a noun.
    if (OBJECT_VERBS.has(word) || PRESENTING_VERBS.has(word) || CLAUSE_ADVERBS.has(word) || OPENING_SPEECH_VERBS.test(word)) break;
    // "to powerfully head Roe's corner": an adverb of manner right before the last word makes that word a
    // verb, so there is no role; further back ("highly successful boss") the role starts after it.
    if (isMannerAdverb(word)) {
      if (steps === 1 && !/\s/.test(text.slice(start, end).trim())) start = end;
      break;
    }
    // "who lost flanker X", "to force home keeper X": a lower-case word after a relative pronoun, or one that
    // reads as a verb after "to", is the verb, which ends the role ("flanker", "home keeper"); "to former
    // minister X", "to tourism minister X" keep their modifiers.
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, wordStart - 40), wordStart))?.[1];
    const verbAfterTo = /^to$/i.test(before ?? '') && readsAsVerb(word);
    if (steps > 0 && /^\p{Ll}/u.test(word) && (/^(?:who|which|that)$/i.test(before ?? '') || verbAfterTo) && !MODIFIERS.has(word) && !ROLE_NOUNS.has(word)) break;
    // "from the whistle and Quayside defender X": a plain noun, "and", then a capitalised word is the end of
    // one phrase and the start of the role; "trade and industry secretary", "Culture and Media Secretary" stay.
    if (word === 'and' && /^\s*\p{Lu}/u.test(text.slice(cursor, cursor + 3)) && before !== undefined && /^\p{Ll}/u.test(before) && !MODIFIERS.has(before) && !ROLE_NOUNS.has(before)) break;
    // "The film stars Irish actor X": a plural-looking word after a lower-case noun is the sentence's verb.
    if (steps > 0 && isVerbAfterNoun(text, wordStart, word, m[0])) break;
    // "Jo Doe and Quayside Nights star X": another person's name is not part of X's role.
    // ("Former Chelsea captain X", "former Jo Doe aide X": after "former" the capitalised words are what
    // the person formerly belonged to, whatever a names list says of them.)
    if (steps > 0 && /^\p{Lu}/u.test(word) && firstNameGender(word) !== undefined && !TITLE_WORDS.has(word) && !/(?:^|\s)(?:[Ff]ormer|[Ee]x)\s+$/.test(text.slice(Math.max(0, wordStart - 8), wordStart))) break;
    if (steps > 0 && otherName(word)) {
      // "… and flanker": the coordinator after the other name goes too.
      start = /^\s*and\s/.test(text.slice(start)) ? start + /^\s*and\s+/.exec(text.slice(start))![0].length : start;
      break;
    }
    if (/^\p{Lu}/u.test(word) && steps > 0 && !/['\u2019]s$/.test(word) && !isRoleHead(word) && !isDescriptionWordCapital(word)) break;
    cursor -= m[0].length;
    start = cursor;
  }
  return start < end ? start : -1;
}

/**
 * "… as she starts a third year as governor, Jo Roe has said": a role after "as" in a clause whose subject
 * is a pronoun is that pronoun's, and the name after the comma starts the main clause ("Speaking as
 * chairman, Jo Roe said" has no such subject, and the role is Jo Roe's).
 */
function asAnothersRole(text: string, start: number): boolean {
  if (start < 0 || !/\bas\s+$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  // (A possessive is no subject: "In her new post as chief executive, Jo Roe will …" gives Jo Roe the role.)
  return /\b(?:he|she|they)\b[^,.;:!?]*$/i.test(text.slice(Math.max(0, start - 120), start));
}

/** Roles of people who write for or edit a paper. */
const PRESS_ROLE = /^\p{Lu}[\p{L}'\u2019-]*(?:\s+\S+)*\s+(?:journalist|columnist|editor|reporter|correspondent|writer|critic|commentator|cartoonist|photographer)$/u;

/**
 * "Sunday Gazette journalist", "Saturday Clarion columnist": a day word right before a capitalised name and a
 * press role is the first word of the paper's name; "On Sunday transport minister X", "last Sunday" are dates.
 */
function paperDay(text: string, wordStart: number, word: string, phrase: string): boolean {
  if (!/^(?:Sunday|Saturday|Monday|Tuesday|Wednesday|Thursday|Friday)$/.test(word) || !PRESS_ROLE.test(phrase.trim())) return false;
  const previous = WORD_BEFORE.exec(text.slice(Math.max(0, wordStart - 40), wordStart))?.[1];
  return previous === undefined || !/^(?:on|last|this|next|every|since|until|till|each|from)$/i.test(previous);
}

/** An opening participle or time clause ("having …", "after …", "despite …") that ends right before `at` with a comma. */
const OPENING_CLAUSE = /(?:^|[,;:]\s*|\b(?:but|and|yet|so)\s+)(?:having|after|before|despite|while|without)\s[^,.;:!?"\u201c\u201d]*,\s$/;

/**
 * A sentence opened by a verb whose object is someone ("Echoing …", "Praising …", "Replacing …") or by a
 * comparison ("Like …", "Unlike …"), up to a comma right before `at`; its group 1 is the opening word. (Not
 * "According to X, head of …", "Speaking after … X, leader of …": there X is the one described.)
 */
const SENTENCE_OPENING_CLAUSE = /(?:^|[.!?]["\u201d]?\s+|\n)((?:Echoing|Like|Unlike|Quoting|Citing|Praising|Criticising|Criticizing|Attacking|Defending|Backing|Thanking|Replacing|Succeeding)\s)[^,.;:!?"\u201c\u201d]*,\s$/u;

/** Whether `start` (a mention) lies inside an opening clause that ends right before `at`. */
function insideOpeningClause(text: string, start: number, at: number): boolean {
  const from = Math.max(0, at - 200);
  const clause = OPENING_CLAUSE.exec(text.slice(from, at));
  if (clause !== null && start >= from + clause.index) return true;
  // ("Echoing the minister Jo Roe, the chairman said …": the comma closes the clause Jo Roe is the object of; the
  // mention must come after the opening word, so "Sterling Roe, the actor," is no clause.)
  const opening = SENTENCE_OPENING_CLAUSE.exec(text.slice(from, at));
  return opening !== null && start >= from + opening.index + opening[0].indexOf(opening[1]!) + opening[1]!.length;
}

/** Words before which a bare verb form cannot be the sentence's verb: modifiers, articles, prepositions. */
const BEFORE_A_NOUN = new Set(['the', 'a', 'an', 'by', 'of', 'for', 'with', 'from', 'as', 'former', 'world', 'olympic', 'british', 'european', 'national', 'all-time']);

/**
 * "former world record holder X", "by record holder X": a word the lexicon files as a verb ("record"), in its
 * bare form, right before the role noun is the noun it compounds with, when the word before it could not
 * be the verb's subject or auxiliary ("the", "by", "world"); "to meet holder X" keeps "meet" out.
 */
function nounBeforeRole(text: string, wordStart: number, word: string, head: string): boolean {
  if (!/^[a-z]{3,}$/.test(word) || /(?:s|ed|ing|ly)$/.test(word) || OBJECT_VERBS.has(word) || FUNCTION.has(word)) return false;
  // ("former talk show host X": the noun may stand before a compound that ends in the role noun.)
  const headWords = head.trim().split(/\s+/);
  if (headWords.length > 2 || !isRoleHead(headWords.at(-1)!) || !isEnglishWord(word)) return false;
  const previous = WORD_BEFORE.exec(text.slice(Math.max(0, wordStart - 40), wordStart))?.[1];
  if (previous === undefined) return false;
  // ("800m record holder": a distance or a year before the noun qualifies it too.)
  if (BEFORE_A_NOUN.has(previous.toLowerCase()) || MODIFIERS.has(previous) || /^\d[\d,]*(?:m|km|k)?$/.test(previous)) return true;
  // ("the Tarnco survey chairman X", "a Kestrel talk show host X": a body's or a brand's name after an article
  // is the owner of a noun phrase, so the word after it is a noun, not the verb of "Tarnco" as a subject.)
  const previousStart = text.lastIndexOf(previous, wordStart);
  const beforePrevious = WORD_BEFORE.exec(text.slice(Math.max(0, previousStart - 20), previousStart))?.[1];
  return /^\p{Lu}/u.test(previous) && beforePrevious !== undefined && /^(?:the|a|an)$/i.test(beforePrevious);
}

/**
 * "The film stars Irish actor X": a lower-case word ending in -s, after a lower-case noun and before a
 * capitalised word, is the verb of the sentence ("stars"), not a plural inside the role ("schools
 * inspector", "sports minister" stay).
 */
function isVerbAfterNoun(text: string, wordStart: number, word: string, matched: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*[^su]s$/u.test(word) || MODIFIERS.has(word) || ROLE_NOUNS.has(word)) return false;
  // "schools inspector", "pensions secretary": a plural right before a lower-case word is a modifier;
  // the verb reading needs a new phrase after it ("stars Irish actor").
  if (!/^\p{Lu}/u.test(text.slice(wordStart + matched.length, wordStart + matched.length + 1))) return false;
  const previous = WORD_BEFORE.exec(text.slice(Math.max(0, wordStart - 40), wordStart))?.[1];
  return previous !== undefined && /^\p{Ll}+$/u.test(previous) && !FUNCTION.has(previous) && isNominal(previous);
}

/** Capitalised words that can sit inside a role phrase: organisations and adjectives, not sentence verbs. */
function isDescriptionWordCapital(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Capitalised words before "and" that make a phrase of their own: a known place, a given name, a possessive. */
function ownPhraseBeforeAnd(words: string): boolean {
  return words.split(/\s+/).some((w) => w !== '' && w !== 'and' && (isKnownPlace(w) || firstNameGender(w) !== undefined || /['\u2019]s?$/.test(w)));
}

function cleanPhrase(phrase: string): string {
  return phrase
    .trim()
    // "Harbour Diary and comedian": a title (or a name) coordinated before the role is not part of it. Before a
    // capitalised word it is one name with it ("Quiet Nights and Tides star", "Work and Pensions Secretary"),
    // unless a place, a given name or a possessive before "and" makes it a phrase of its own ("in Tarnby and
    // Ruritania Minister X", "Jo Roe's Ann Doe and British director X").
    .replace(/^(?:\p{Lu}[\p{L}'\u2019-]*\s+)+and\s+(?=(\S))/u, (m, next: string) =>
      m.split(/\s+/).some((w) => TITLE_WORDS.has(w)) || (/^\p{Lu}/u.test(next) && !ownPhraseBeforeAnd(m)) ? m : '',
    )
    // "centre Jo Doe and flanker", "executive director Jo Doe and coach": a name coordinated inside the role
    // belongs to someone else; the role is what follows it. (Bodies and titles stay: "Trade and Industry".)
    .replace(/^.*?\p{Lu}[\p{L}'\u2019-]*\s+\p{Lu}[\p{L}'\u2019-]*\s+and\s+(?=\p{Ll})/u, (m) =>
      m.split(/\s+/).some((w) => TITLE_WORDS.has(w) || ORG_WORDS.has(w) || /['\u2019]s$/.test(w)) ? m : '',
    )
    .replace(TRAILING_HONORIFIC, '')
    // "hit the post with his kick and fly-half Jo Doe", "beat his rivals and coach Jo Doe": a lower-case word
    // that is no role, joined by "and" to a role word, an age or "former", ends another noun phrase; the
    // role starts after "and" ("singer and songwriter", "work and pensions spokesman" stay whole).
    .replace(/^(?:.*\s)?([\p{Ll}\d][\p{L}\d'\u2019-]*)\s+and\s+(?=(\S+))/u, (m, left: string, right: string) =>
      !isRoleHead(left) && (isRoleHead(right) || /^(?:former|ex-)/.test(right)) ? '' : m,
    )
    // "the Queen and Prince Jo": a phrase left ending in a coordinator was another person's title and a
    // conjunction, not this person's role.
    .replace(/^.*\s(?:and|or|&)$|^(?:and|or|&)$/, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    // "Quay Lights, aka harbour rapper, Jo Doe": "also known as" joins two names; it is no part of the role.
    .replace(/^(?:aka|a\.k\.a\.?)\s+/i, '')
    // "its harbour master": the owner is another name of the text; the role is what follows.
    .replace(/^(?:its|their|his|her|our|my|your)\s+/i, '')
    // A sentence conjunction walked over is not part of the role ("But Prime Minister X").
    .replace(/^(?:and|but|or|so|yet|then|while|as|when)\s+/i, '')
    .replace(/[,;:]+$/, '')
    // "the captain of Quayside as they chase the title": a clause's conjunction ends the role before it.
    .replace(/\s+(?:as|when|while|if|because|since|though|although|until|unless|whereas|so|but|yet|then)$/, '')
    .trim();
}

/** "First, Jo Doe was booked": a lone sentence adverb before a comma is no role. */
const LONE_OPENERS = /^(?:First|Firstly|Second|Secondly|Third|Thirdly|Finally|Lastly|Then|Now|Later|Earlier|Meanwhile)$/;

/** An age alone ("26-year-old", "Ten-year-old") is no role; "21-year-old defender" is. */
const AGE_ONLY = /^[\p{L}\d-]+-year-old$/u;

/** Whether a word is part of the name of a person other than `self`. */
type OtherName = (word: string) => boolean;

/** "The Bishop of Tarn", "the head of the Ferry Union" opening a sentence, right before a comma. */
const ROLE_OF_BEFORE_COMMA = /(?:^|[.!?]\s+|\n)[Tt]he\s+((?:[a-z-]+\s+){0,3}(\p{L}+)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'\u2019-]*){0,4})\s*$/u;

/** A sentence opening up to a preposition's object: "An old ally of the ", "Speaking to the ". */
const FRONTED_OBJECT = /(?:^|[.!?]["\u201d]?\s+|\n)((?:A|An|The)\s+(?:[a-z-]+\s+){0,3}[a-z-]+|\p{Lu}\p{Ll}+ing(?:\s+[a-z]+){0,2})\s+(?:of|to|for|with|by|from|against|like)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/u;

/** Whether `before` ends in a fronted object (FRONTED_OBJECT) whose noun phrase holds no verb ("The band was spotted by a"). */
function frontedObject(before: string): boolean {
  const opening = FRONTED_OBJECT.exec(before)?.[1];
  if (opening === undefined) return false;
  return !opening.split(/\s+/).slice(1).some((w) => /^(?:was|is|were|are|has|had|have|been|be|will|would|can|could)$|ed$/.test(w));
}

/** A style of address: "Rt Rev", "the Most Rev Dr", "Rt Hon". */
const STYLE_ONLY = /^(?:the\s+)?(?:(?:Rt|Right|Most|Very)\.?(?:\s+(?:Rev|Revd|Reverend|Hon|Honourable)\.?)?|(?:Rev|Revd|Reverend|Hon|Honourable)\.?)(?:\s+(?:Dr|Prof)\.?)?$/;
/** A comma, then such a style, right before a name. */
const CLERGY_STYLE_BEFORE = /,\s*(?:the\s+)?(?:(?:Rt|Right|Most|Very)\.?\s+)?(?:Rev|Revd|Reverend|Hon|Honourable)\.?\s+(?:(?:Dr|Prof)\.?\s+)?$/;

/** A modal or an auxiliary (with an adverb or two) right before a word: that word is a verb ("to" is too often a preposition). */
const MODAL_BEFORE = /\b(?:will|would|shall|should|can|could|may|might|must|did|does|do)(?:\s+(?:also|not|now|then|still|again|never|soon|[a-z]+ly))*\s+$/;
/** How one person stands to another ("compatriot", "Belgian rival"): a relation, not what they do. */
const RELATION_HEADS = new Set(['compatriot', 'compatriots', 'rival', 'rivals', 'team-mate', 'teammate', 'colleague', 'friend', 'neighbour', 'opponent']);

/**
 * "his Tarnish counterpart Minister Jo Roe", "Ruritanian colleague Professor Jo Roe": a relation word before a
 * capitalised title says how the person stands to someone else; the role is the rest ("Tarnish Minister").
 */
function withoutRelationBeforeTitle(phrase: string): string {
  const words = phrase.split(/\s+/);
  const k = words.findIndex((w, i) => i < words.length - 1 && (RELATION_HEADS.has(w.toLowerCase()) || w.toLowerCase() === 'counterpart') && TITLE_WORDS.has(words[i + 1]!));
  return k < 0 ? phrase : [...words.slice(0, k), ...words.slice(k + 1)].join(' ');
}

function addDescription(person: PersonDraft, phrase: string, otherName: OtherName): void {
  const clean = withoutRelationBeforeTitle(cleanPhrase(phrase));
  const cleanWords = clean.split(/\s+/);
  if (RELATION_HEADS.has(cleanWords.at(-1)!.toLowerCase()) && !cleanWords.slice(0, -1).some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return;
  if (!clean || clean.split(/\s+/).length > 14 || LONE_OPENERS.test(clean) || AGE_ONLY.test(clean)) return;
  // "Dr Jo Doe": a courtesy title or a style is how the text addresses someone, not what they do.
  if (COURTESY_TITLES.has(clean) || NAME_STYLES.has(clean)) return;
  // "Gen Jo Doe", "Sen. Jo Doe": an abbreviated rank or title alone is how the text addresses them.
  if (/^(?:Gen|Col|Maj|Capt|Lt|Sgt|Cpl|Brig|Adm|Cdr|Insp|Supt|Det|Sen|Rep|Gov|Pres|Amb)\.?$/.test(clean)) return;
  // "Rt Rev", "Rt Hon Dr": a clergy or parliamentary style, likewise.
  if (STYLE_ONLY.test(clean)) return;
  const words = clean.split(/\s+/);
  // A phrase holding the person's own name ("Jo Doe of the Gazette") is a mention, not a role.
  if (words.some((w) => person.tokens.includes(w.replace(/['\u2019]s$/, '')))) return;
  // "presenter Ann Roe", "beat Ann Roe 6-4": a phrase naming someone else (not as an owner: "Roe's
  // spokesman") is that person's role or a sentence about them.
  if (words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/['\u2019]s?$/.test(w) && otherName(w))) return;
  if (!person.descriptions.some((d) => d.toLowerCase() === clean.toLowerCase())) person.descriptions.push(clean);
}

function otherNameOf(holders: ReadonlyMap<string, ReadonlySet<number>>, self: number): OtherName {
  return (word) => [...(holders.get(word) ?? [])].some((i) => i !== self);
}

export function collectDescriptions(text: string, people: PersonDraft[], mentions: Mention[]): void {
  const holders = new Map<string, Set<number>>();
  people.forEach((p, i) => {
    for (const token of p.tokens) holders.set(token, (holders.get(token) ?? new Set()).add(i));
  });
  for (const mention of mentions) {
    const person = people[mention.person]!;
    const otherName = otherNameOf(holders, mention.person);
    const c = mention.candidate;
    // Before the name: job title words in the run, extended back over role words and possessives.
    const anchor = c.title ? c.title.start : c.start;
    const headEnd = c.title ? c.title.end : trimEnd(text, c.start);
    const start = phraseBefore(text, anchor, otherName);
    const phraseStart = start >= 0 ? start : c.title ? c.title.start : -1;
    // "the revival will also star Jo Roe as …": after a modal, a role noun is the verb.
    // ("the drama, which was to star Jo Roe": after "was to", "is due to", "plans to" a lone word that reads as a
    // verb is the verb too; "from a singer to model Jo Roe" is a noun after a preposition.)
    const loneWord = phraseStart >= 0 ? text.slice(phraseStart, headEnd).trim() : '';
    const verbAfterTo = /^\p{Ll}+$/u.test(loneWord) && readsAsVerb(loneWord) && /\b(?:was|were|is|are|be|been|due|set|going|has|had|have|wants?|wanted|plans?|planned|hopes?|hoped)\s+to\s+$/.test(text.slice(Math.max(0, phraseStart - 16), phraseStart));
    const verbSlot = phraseStart >= 0 && (MODAL_BEFORE.test(text.slice(Math.max(0, phraseStart - 30), phraseStart)) || verbAfterTo);
    if (phraseStart >= 0 && !verbSlot) {
      const phrase = withoutGivenName(person, withoutLeadIn(text, phraseStart, withoutCutName(text, phraseStart, text.slice(phraseStart, headEnd))));
      const lastWord = phrase.trim().split(/\s+/).pop() ?? '';
      if (isRoleHead(lastWord)) addDescription(person, phrase, otherName);
    }
    // Comma before: "the Gazette's harbour and shipping correspondent, Tam Roe".
    // "The Bishop of Tarn, the Rt Rev Jo Roe": a clergy or parliamentary style between the comma and the
    // name is how the text addresses them, so the comma still introduces the name.
    const styled = c.title ? CLERGY_STYLE_BEFORE.exec(text.slice(Math.max(0, c.nameStart - 40), c.nameStart)) : null;
    const commaBefore = styled ?? /,\s*$/.exec(text.slice(Math.max(0, c.start - 3), c.start));
    // "This year's winner, Jo Roe's Tin Hearts, sold best": after the comma a possessive name before a
    // capitalised title is the owner of the thing the role describes (a book, a film), not the role's holder.
    const ownerOfWork = /^(?:['\u2019]s?)?\s+\p{Lu}/u.test(text.slice(c.end, c.end + 6)) && /['\u2019]s?\s/.test(text.slice(c.end - 2, c.end + 3));
    if (commaBefore && (!c.title || styled) && !ownerOfWork) {
      const commaAt = (styled ? c.nameStart : c.start) - commaBefore[0].length;
      const s = phraseBefore(text, commaAt + 0, otherName);
      const roleOf = ROLE_OF_BEFORE_COMMA.exec(text.slice(Math.max(0, commaAt - 100), commaAt));
      const phrase = s >= 0 ? text.slice(s, commaAt) : '';
      // "songs by Jo Doe, Queen, Ann Roe and …": a lone capitalised word between two commas is an item of a
      // list (a band, a person named by one word), not Ann Roe's title.
      const listItem = s >= 0 && /,\s*$/.test(text.slice(Math.max(0, s - 3), s)) && /^\p{Lu}\S*$/u.test(phrase.trim());
      // "An old ally of the ex-Quorvan boss, Mr Roe lives …", "Speaking to the minister, Jo Roe said": a
      // sentence that opens with a noun or a participle and a preposition before the role puts the role on
      // the preposition's object, another person, and the name after the comma is the sentence's subject.
      // (Further into a sentence the name is the object's appositive: "noticed by a manager, Jo Roe.")
      const objectOf = (s >= 0 && frontedObject(text.slice(Math.max(0, s - 80), s))) || asAnothersRole(text, s);
      if (!objectOf && !listItem && isRoleHead(phrase.trim().split(/\s+/).pop() ?? '')) addDescription(person, phrase, otherName);
      else if (!objectOf && roleOf && isRoleHead(roleOf[2]!.toLowerCase())) {
        // "The head of the Tarn Ferry Union, Jo Roe, said": a role of a named body or place.
        addDescription(person, roleOf[1]!, otherName);
      }
    }
    // Appositive after: "Ulrich Bez, Aston's chief executive, said".
    // (An initial's full stop, "the Jo K. Roe agency", ends nothing.)
    const after = /^,\s+((?:the|a|an)\s+)?((?:[^,.;:"\u201c\u201d()]|(?<=\s\p{Lu})\.(?=\s\p{Lu}))(?:[^,.;:"\u201c\u201d()]|(?<=\s\p{Lu})\.(?=\s\p{Lu})){1,99}?)(?=,|(?<!\s\p{Lu})\.(?:\s|$)|;|\s+(?:who|said|says|told|added)\b|$)/u.exec(
      text.slice(c.end, c.end + 120),
    );
    // ("but, having shrugged off Jo Roe, the Quayside midfielder shot wide": the comma closes an opening
    // clause Jo Roe is the object of, and what follows is the sentence's subject, not an appositive.)
    const clauseEnds = after !== null && insideOpeningClause(text, c.start, c.end + /^,\s+/.exec(text.slice(c.end))![0].length);
    // "A letter was sent to Jo Roe, the men's lawyer says.": after a name that is an object (a lower-case word
    // before it), a role right before a closing speech verb is that verb's subject, the one who says it, not an
    // appositive ("…," Jo Roe, a spokesman said." is his, the comma after the role left out).
    const objectName = /\b[a-z]+\s+$/.test(text.slice(Math.max(0, c.start - 20), c.start));
    const speakerAfter = after !== null && objectName && /^\s+(?:said|says|added|adds)\.(?:\s|$)/.test(text.slice(c.end + after[0].length, c.end + after[0].length + 12));
    if (after && !clauseEnds && !speakerAfter && !/^(?:who|which|whose|said|says|told|added|and|but|he|she|they|it)\b/i.test(after[2]!)) {
      // Closed: a comma, a full stop or a semicolon ends the appositive (not the end of the window).
      const closed = /^[,.;]/.test(text.slice(c.end + after[0].length, c.end + after[0].length + 1));
      const words = roleWords(after[2]!.split(/\s+/), closed);
      if (words.length <= 12 && words.some((w) => ROLE_NOUNS.has(w.toLowerCase())) && !/\b(?:is|was|has|had|will|would)\b/.test(after[2]!)) {
        const unit = unitAfterRole(text.slice(c.end + after[0].length), words);
        addDescription(person, heldUntil(after[2]!, words) ? asFormer(words.join(' ')) : words.join(' ') + unit, otherName);
      }
    }
  }
  collectAnaphoric(text, people, mentions, holders);
}

/**
 * "Al Rayner, chief engineer, Kestrel defence unit, said": a role whose firm or unit follows after a second
 * comma, as a signature line gives it, keeps it (", Kestrel defence unit"); the role alone would lose whose
 * engineer he is. Only a capitalised name opening a short phrase that ends in a unit's noun, closed by a comma,
 * a full stop or a speech verb, and only after a role that names no body of its own ("head of X").
 */
function unitAfterRole(rest: string, words: readonly string[]): string {
  if (words.some((w) => /^(?:of|at|for)$/.test(w) || /^\p{Lu}/u.test(w))) return '';
  const unit = /^,\s+(\p{Lu}[\p{L}&'\u2019-]*(?:\s+[\p{L}&'\u2019-]+){0,5}?\s+(?:division|unit|department|arm|subsidiary))(?=,|\.(?:\s|$)|\s+(?:said|says|told|added)\b)/u.exec(rest);
  return unit ? `, ${unit[1]}` : '';
}

/** "Jo Roe, head of Kestrel Records until last year,": a post held until a time the appositive names is a former one. */
function heldUntil(appositive: string, kept: readonly string[]): boolean {
  const rest = appositive.split(/\s+/).slice(kept.length).join(' ');
  return /^(?:until|till|up\s+to)\s+(?:last|earlier|recently|his|her|their|the|this|\d)/i.test(rest);
}

/** The role as a former post ("head of X" → "former head of X"), unless it says so already. */
function asFormer(role: string): string {
  return /^(?:former|ex-|then)\b/i.test(role) ? role : `former ${role.replace(/^(?:the|a|an)\s+/i, '')}`;
}

/** Glue words a role may hold ("head of strategy at Barclays", "editor for the Gazette"). */
const ROLE_GLUE = new Set(['of', 'at', 'for', 'in', 'on', 'and', 'to', 'the', 'a', 'an', 'with', 'from', '&']);

/**
 * A role ends where a clause begins: "head of distribution at Harbour Films which released …" keeps
 * "head of distribution at Harbour Films". A lower-case word that is no noun or adjective (a verb, a
 * pronoun, a relative word) ends it; glue words stay, but not at the end.
 */
function roleWords(words: string[], closed = false): string[] {
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    // "head of Tolley Marsh's fixed line division,": a possessive is always followed by its head noun, so the
    // rest of a closed appositive after it is that noun's phrase, whatever the lexicon files its words as.
    if (i > 0 && kept.length === i && POSSESSIVE.test(words[i - 1]!) && /^\p{Ll}/u.test(word)) {
      const rest = words.slice(i);
      if (closed && rest.length <= 4 && !rest.some((w) => CLAUSE_WORDS.has(w))) return [...kept, ...rest];
    }
    const bare = word.replace(/['\u2019]s$/, '');
    // "deputy managing director", "visiting professor": a participle right before a role noun qualifies it.
    // "head of the firm's sales arm,", "chairman of the club,": the last word of a phrase the comma closes, after a noun of the
    // phrase, is its head noun, even one the lexicon files as a verb ("arm", "wing", "unit").
    const head = closed && i === words.length - 1 && kept.length === i && i > 0 && (!ROLE_GLUE.has(words[i - 1]!) || /^(?:the|a|an)$/.test(words[i - 1]!)) && /^[a-z]{3,}$/.test(word) && !/(?:ed|ing|ly)$/.test(word) && isEnglishWord(word);
    // "director of marketing at Quorvan", "manager of handsets marketing for Quorvan": a word in -ing inside
    // the role, before "at", "for", "of" or "in" (or closing it), is a field of work, not a verb.
    const field = /^[a-z]{4,}ing$/.test(word) && kept.length === i && i > 0 && (i === words.length - 1 ? closed : /^(?:at|for|of|in)$/.test(words[i + 1]!));
    // "a fund manager at …", "a support worker": a word the lexicon files as a verb, right before the role
    // noun, is the noun it compounds with.
    const compound = kept.length === i && /^[a-z]{3,}$/.test(word) && !/(?:ed|ing|ly)$/.test(word) && ROLE_NOUNS.has(words[i + 1]?.toLowerCase() ?? '') && isEnglishWord(word);
    const qualifies = head || field || compound || (/^[a-z]+ing$/.test(word) && ROLE_NOUNS.has(words[i + 1]?.toLowerCase() ?? ''));
    // A plural noun the lexicon also knows as a verb ("rights", "affairs") stays.
    if (/^[a-z]/.test(word) && !qualifies && !ROLE_GLUE.has(word) && !ROLE_NOUNS.has(bare) && !isNominal(bare) && !/[^s]s$/.test(word)) break;
    if (/^(?:which|who|whom|whose|that|where|when)$/.test(word)) break;
    // "chairman of Save Our Bay - a group fighting …": a dash opens a gloss of the body, not the role.
    if (/^[-\u2013\u2014]$/.test(word)) break;
    // "the actor famed for …", "a lawyer based in …": a participle after the role starts a clause.
    if (/^[a-z]+ed$/.test(word) && kept.some((k) => ROLE_NOUNS.has(k.toLowerCase()))) break;
    kept.push(word);
  }
  const cut = kept.length < words.length;
  while (kept.length > 0 && ROLE_GLUE.has(kept[kept.length - 1]!)) kept.pop();
  // "head of Tolley Marsh's" with the possessive's noun cut off names the firm and no job: the possessor
  // and the glue before it go, leaving the role noun ("head"). A name that ends the appositive whole is a
  // firm's own name in -'s ("head of Quorvan's,"), kept.
  if (cut && kept.length > 0 && POSSESSIVE.test(kept.at(-1)!)) {
    while (kept.length > 0 && /^\p{Lu}/u.test(kept.at(-1)!)) kept.pop();
    while (kept.length > 0 && ROLE_GLUE.has(kept.at(-1)!)) kept.pop();
  }
  return kept;
}

const POSSESSIVE = /['\u2019]s$/;
/** Words that start a clause, never inside a noun phrase. */
const CLAUSE_WORDS = new Set(['who', 'which', 'whom', 'whose', 'that', 'where', 'when', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'and', 'but']);

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * "the new secretary general", "The former harbour master, who took over as the port's chief",
 * "the 34-year-old": a definite role phrase with no name of its own describes the person mentioned
 * most recently.
 */
const THE = /\b[Tt]he\s+/g;
const WORD = /^([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)(\s+|(?=[,.;:]))/u;

function collectAnaphoric(text: string, people: PersonDraft[], mentions: Mention[], holders: ReadonlyMap<string, ReadonlySet<number>>): void {
  for (const m of text.matchAll(THE)) {
    const from = m.index + m[0].length;
    let cursor = from;
    const words: string[] = [];
    let best = -1;
    for (let k = 0; k < 6; k++) {
      const w = WORD.exec(text.slice(cursor, cursor + 40));
      if (!w) break;
      const word = w[1]!;
      if (!isDescriptionWord(word)) break;
      words.push(word);
      cursor += word.length;
      if (ROLE_NOUNS.has(word) || /-year-old$/.test(word)) best = words.length;
      cursor += w[2]!.length;
    }
    if (best < 0) continue;
    // "The nation's first official sales list": a role word followed by more of the noun phrase (a lower-case
    // noun, not a verb: "The actor grabbed", "The researcher recalls") is a modifier.
    const nextWord = words[best];
    if (nextWord !== undefined && /^\p{Ll}/u.test(nextWord) && isNominal(nextWord) && !/s$/.test(nextWord)) continue;
    const phrase = words.slice(0, best).join(' ');
    const phraseEnd = from + phrase.length;
    const after = text.slice(phraseEnd, phraseEnd + 20);
    // "the head of X", "the minister for Y": a role of someone else; "the chief executive John X": named.
    if (/^\s+(?:of|for|at|in|to)\b/.test(after) || /^,?\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}|[.,])/u.test(after)) continue;
    if (/^(?:player|man|woman|member|official|chief|head|expert|star|host|owner|winner|general|prime)$/.test(phrase) || NATIONAL_OFFICE.test(phrase)) continue;
    // Only a role phrase in subject position ("The former minister, who …", "…, the 34-year-old said")
    // reliably means the person just named; "met the minister" may well be someone else.
    const lead = text.slice(Math.max(0, m.index - 3), m.index);
    // "A Songs of the Harbour spokesperson said": a "the" inside a capitalised name ("<Name> of the <Name>")
    // opens no phrase of its own; the role is the whole name's, someone unnamed ("by the 18th-century
    // painter" still takes up the painter).
    if (/\p{Lu}[\p{L}'\u2019-]*\s+(?:of|for|on|in)\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && /^\p{Lu}/u.test(text.slice(from))) continue;
    // ("the comeback of the Ruritanian international, who …": after a preposition the phrase is its object, and
    // the relative clause describes that object, someone the text may not have named. "by the artist, who"
    // names the maker of what was just mentioned, most often the person the text is about: not here.)
    const afterPreposition = /\b(?:of|to|for|with|against|about|on|at|into)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    const subjectPosition = /(?:^|[.!?]\s|,\s|\n)$/.test(lead) || m.index === 0 || (!afterPreposition && /^,\s+who\b/.test(after)) || /^\s+(?:has|had|was|is|said|says|added|told|wants|will|would)\b/.test(after);
    if (!subjectPosition) continue;
    // "South African archbishop Jo Roe … The archbishop added": someone already carries the role.
    const head = phrase.split(/\s+/).pop()!.toLowerCase();
    if (isPresidingRole(phrase)) continue;
    if (people.some((p) => p.descriptions.some((d) => d.split(/\s+/).pop()!.toLowerCase() === head))) continue;
    // "… lets artists direct a virtual actor. The actor is …": the phrase takes up a thing the text just
    // introduced with "a", not a person; unless that "a …" described someone ("Jo Doe is an actor",
    // "Jo Doe, a former minister,").
    if (indefiniteBefore(text.slice(Math.max(0, m.index - 200), m.index), head)) continue;
    // "… by City boss Jo Roe but has since … the defender said": the role means the last person who was
    // a subject, not whoever was named last.
    const subject = lastSubjectBefore(text, mentions, m.index, 600);
    const nearest = lastMentionBefore(mentions, m.index);
    // When the last subject and the person named last differ, the phrase could mean either (or a third,
    // unnamed, as sports reports do: "the Icelandic forward"). A description is pooled over all of a
    // person's stories and shown on their page, so a doubtful one is left out rather than guessed.
    if (subject && nearest && subject.person !== nearest.person) continue;
    // ("… but, having shrugged off Jo Roe, the Quayside midfielder shot wide": the same opening clause as
    // for an appositive, in roleClauses.test.ts.)
    if (nearest && insideOpeningClause(text, nearest.start, m.index)) continue;
    const previous = subject ?? nearest;
    if (!previous || m.index - previous.end > 600) continue;
    // "But the minister thinks Mr Roe should go": someone named in the rest of the sentence is
    // not the one the description means.
    if (namedInRestOfSentence(text, mentions, phraseEnd).has(previous.person)) continue;
    // "Jo Roe said the 24-year-old singer had lied": a speaker speaks of himself as "I"; a role phrase in
    // the clause he reports, in his own sentence, is someone he talks about.
    if (reportedBy(text, previous.end, m.index)) continue;
    const person = people[previous.person]!;
    if (holdsOtherOffice(person.descriptions, phrase)) continue;
    // "The couple's agent Jo Lin … Mr Park was freed. The couple's representative said": a role owned by the
    // same possessor as another person's role ("couple's") is that person's post in other words, not a
    // description of whoever the paragraph is about.
    if (possessorOfAnother(phrase, people, previous.person)) continue;
    // "Roe lost the point. The Tarnish captain stepped in": a nationality the story contradicts for the person
    // named last ("Roe of the USA") means someone else (nationTies.ts).
    const nationality = nationalityOf(phrase);
    if (nationality !== undefined && tiedToOtherNation(text, person.tokens.at(-1)!, nationality)) continue;
    // "The author was famed for his studies", after an actress was named last: a subject or possessive
    // pronoun of the other gender right after the phrase means the description is someone else's. Only
    // before any other capitalised word ("… by taunting Jo Roe after denying him …" is about Roe).
    const near = text.slice(phraseEnd, phraseEnd + 80).split(/[.!?]|\s\p{Lu}/u)[0]!;
    const pronoun = /\b(he|his|she|her)\b/i.exec(near)?.[1]?.toLowerCase();
    const pronounGender = pronoun === undefined ? null : /^(?:he|his)$/.test(pronoun) ? 'male' : 'female';
    if (pronounGender !== null && person.gender !== null && pronounGender !== person.gender) continue;
    const otherName = otherNameOf(holders, previous.person);
    addDescription(person, phrase, otherName);
    const relative = /^,\s+who\s+[^,.]*?\bas\s+((?:[\p{L}\p{N}'\u2019-]+\s*){1,4})/u.exec(text.slice(phraseEnd, phraseEnd + 120));
    if (relative) {
      const roleWords = relative[1]!.trim().split(/\s+/);
      while (roleWords.length > 0 && !ROLE_NOUNS.has(roleWords[roleWords.length - 1]!)) roleWords.pop();
      if (roleWords.length > 0) addDescription(person, roleWords.join(' '), otherName);
    }
  }
}

/** A reporting verb (with "that" or not) between a mention and a later point of the same sentence. */
function reportedBy(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (/[.!?]\s|\n/.test(between)) return false;
  return between.split(/[^\p{L}'\u2019-]+/u).some((w) => ATTRIBUTION_VERBS.has(w.toLowerCase()));
}

function indefiniteBefore(before: string, head: string): boolean {
  // (Most texts never write the head word before: no pattern is built for them.)
  if (!before.toLowerCase().includes(head)) return false;
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<!(?:\b(?:is|was|be|been|became|becomes|as)|,)\s)\b(?:a|an)\s+(?:[\p{L}\d'\u2018-]+\s+){0,3}['\u2018]?${escaped}\b`, 'iu').test(before);
}

function lastMentionBefore(mentions: Mention[], position: number): Mention | undefined {
  for (let i = firstMentionFrom(mentions, position) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end <= position && !m.heading) return m;
  }
  return undefined;
}

function lastSubjectBefore(text: string, mentions: Mention[], position: number, within: number): Mention | undefined {
  for (let i = firstMentionFrom(mentions, position) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (position - m.end > within) return undefined;
    if (m.end <= position && !m.heading && isSubjectMention(text, m)) return m;
  }
  return undefined;
}
