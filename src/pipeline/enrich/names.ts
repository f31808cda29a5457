/**
 * Recognising person names in the joined body text from capitalised word runs, honorifics, first-name
 * and surname lexicons and the words around a run (a role noun before it, an appositive or a speech
 * verb after it). Returns raw candidates with offsets; people.ts clusters them into people.
 */
import { gluedPlace } from './gluedPlace.ts';
import { employersBeforeRoles } from './employerBeforeRole.ts';
import { confirmLoneNames } from './loneNames.ts';
import { bracketedNames, nicknamedNames } from './bracketedNames.ts';
import { confirmListedLoneNames } from './listedLoneNames.ts';
import {
  ATTRIBUTION_VERBS,
  CLAUSE_OPENERS,
  COURTESY_TITLES,
  GIVEN_NAME_TITLES,
  FICTIONAL_CHARACTERS,
  GROUP_NOUNS,
  isDemonym,
  isListedDemonym,
  NAME_STYLES,
  NOT_NAME_WORDS,
  ORG_ENDINGS,
  ORG_WORDS,
  ROLE_NOUNS,
  WORK_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon.ts';
import { findNameLists } from './nameLists.ts';
import { personalNameWithWordSurname } from './listedNameWords.ts';
import { royalStyle } from './royalStyles.ts';
import { bandBefore, datesBackTo, FIRM_OR_PERSON_TRADES, eventNamedAfter, FIRM_NOUNS, groupVerbAfter, outletAfterTold, firmBefore, firmInApposition, firmContext, MARKET_ANALYST_BEFORE, placeContext, namedThingAfter, titledCharacterBefore, whichAtSentenceStart, workCalledBefore, workContext, workedOnBefore } from './thingContext.ts';
import { firstNameGender, isCommonWord, isKnownCountry, isKnownOrganisation, isKnownPlace, isKnownSurname, isNominal, isPlainWord, isUnknownWord, looksLikeSurname } from './nameLexicon.ts';
import { isEnglishWord, isPersonalName, isProperNoun } from './wordList.ts';
import { namedByKin } from './kinNamed.ts';
import { withTypedGivenNames } from './typedGivenNames.ts';
import { bodyAppositiveAfter, bodyName, describedPartBefore, groupName, opponentAfter } from './bodyContext.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface NameCandidate {
  /** Name tokens (no courtesy title, no style, no job title), possessive 's removed. */
  tokens: string[];
  /** Offsets of the mention as written, including a courtesy title or style when present. */
  start: number;
  end: number;
  /** Offset where the name tokens start (after any title). */
  nameStart: number;
  honorific: string | null;
  style: string | null;
  /** Job title words stripped from the front ("Chancellor", "Culture Minister"), with offsets. */
  title: { start: number; end: number } | null;
  possessive: boolean;
  /** True when the context makes the run a person even as a single word. */
  certain: boolean;
  /** Found as an item of a list of names (nameLists.ts), with no other context. */
  listed?: boolean;
  /** A lone given name after "his son", "her sister": someone's relative (kinNamed.ts). */
  kin?: boolean;
}

export interface NameScan {
  people: NameCandidate[];
  /** Capitalised runs that name organisations (an org word, a lexicon hit, an acronym). */
  organisations: Array<{ name: string; start: number; end: number }>;
  places: Array<{ name: string; start: number; end: number }>;
  /** Full names the text shows to be a title or a character somewhere: no person anywhere in it. */
  notPeople: Set<string>;
  /** Lone words the text gives a plural verb ("Quayside have"): a club or a band, in any story (see notPeople). */
  pluralBodies: Set<string>;
}

// A full stop inside a word ("U.S", "bbc.co.uk") joins it, but not one before a capitalised word: that is a
// sentence end with its space missing ("… Harbour Lights.Those lads …").
const TOKEN = /[\p{L}\p{N}]+(?:(?:['\u2019-]|\.(?!\p{Lu}\p{Ll}{2}))[\p{L}\p{N}]+)*(?:['\u2019]s\b)?/gu;
// Italian "dal", "dalla", "della" too ("Davide dal Tosso"): the name runs on over them as over "van".
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'del', 'dos', 'ter', 'den', 'dal', 'dalla', 'della']);

/**
 * The word after the particles that follow token `i` ("Jo van der Veer": "Veer" after "van"), so a chain of
 * two particles runs on to the surname as one does; at most two, and only particles the list knows.
 */
function afterParticles(tokens: ReadonlyArray<{ text: string }>, i: number): string {
  let j = i + 1;
  if (j < tokens.length && PARTICLES.has(tokens[j]!.text)) j++;
  return tokens[j]?.text ?? '';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const previous = tokens[tokens.length - 1];
    // "Rory O' Neill": an Irish "O'" (or "D'") written with a space before the rest of the surname is one
    // word, "O'Neill", not a name cut at "O".
    const gap = previous ? text.slice(previous.end, m.index) : '';
    if (previous && /^[OD]$/.test(previous.text) && /^['\u2019] $/.test(gap) && /^\p{Lu}\p{Ll}/u.test(m[0])) {
      tokens[tokens.length - 1] = { text: `${previous.text}${gap[0]}${m[0]}`, start: previous.start, end: m.index + m[0].length };
      continue;
    }
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * "Valery Quentin d'Ormesson": a French surname with its elided particle ("d'", "de l'") is written lower
 * case after a given name, and ends the name rather than cutting it at the given names. So does an Arabic
 * surname with its article ("Samir Hadi al-Rawas", "Omar el-Tayeb"), which the name lost before.
 */
function elidedParticle(run: readonly Token[], word: string): boolean {
  return run.length > 0 && isCapitalised(run[run.length - 1]!.text) && /^(?:d['\u2019]|(?:al|el)-)\p{Lu}\p{Ll}+$/u.test(word);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isPossessive(word: string): boolean {
  return /['\u2019]s$/.test(word);
}

function stripPossessive(word: string): string {
  return word.replace(/['\u2019]s$/, '');
}

/** `BBC`, `G8`, and the dotted US style `U.S`, `U.N`, `N.C` (the final stop is not part of the token). */
function isAcronym(word: string): boolean {
  return (word.length >= 2 && /^[\p{Lu}\d&]+$/u.test(word)) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
}

function writtenInLowerCase(text: string, lower: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(text);
}

/** Verbs, adverbs and function words that can open a sentence in capitals. */
function isSentenceOpener(word: string): boolean {
  return NOT_NAME_WORDS.has(word) || (isCommonWord(word) && firstNameGender(word) === undefined && /(?:ly|ing|ed)$/.test(word));
}


function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    return /[.!?\n"\u201c\u201d(:]/.test(c);
  }
  return true;
}

/**
 * Abbreviated titles written with a full stop in US style (`Mr. Trump`, `Sen. Doe`, `Gov. Roe`): the
 * stop does not end the run, and the title is not part of the name.
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Atty', 'Supt', 'Insp', 'Det', 'Pres', 'Fr']);

/** `Mr. Doe`, `Jane Q. Doe`: a full stop after a title abbreviation or a middle initial joins the run. */
function joinsAcrossStop(text: string, previous: Token, run: readonly Token[], next: Token): boolean {
  if (text.slice(previous.end, next.start) !== '. ') return false;
  if (ABBREVIATED_TITLES.has(previous.text)) return true;
  // A middle initial needs a first name before it ("Donald J. Trump"), not a sentence ending "Plan B.";
  // an unfamiliar first name ("Austan D. Goolsbee") will do when a surname-like word follows, not a
  // word that opens a sentence.
  const before = run[run.length - 2];
  // "J.J. Roe", "J. J. Roe", "M. Dane Roe": initials for the given names open the name (US style) when
  // only initials precede and a name-like word follows, not a sentence ending "Plan B." or "vitamin C.".
  const initials = (t: Token): boolean => /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text);
  const firstInitial = run.length - [...run].reverse().findIndex((t) => !initials(t));
  const opensName = firstInitial > run.length || TITLE_WORDS.has(run[firstInitial - 1]!.text) || ABBREVIATED_TITLES.has(run[firstInitial - 1]!.text);
  if (initials(previous) && opensName) {
    return !NOT_NAME_WORDS.has(next.text) && !CLAUSE_OPENERS.has(next.text) && (isUnknownWord(next.text) || firstNameGender(next.text) !== undefined || isKnownSurname(next.text));
  }
  if (!/^\p{Lu}$/u.test(previous.text) || before === undefined) return false;
  if (firstNameGender(before.text) !== undefined) return true;
  // "Hope M. Dalby", "Maya D. Roe": a given name the lexicon leaves out because it is also a word or a
  // place (firstNameGender) still opens a name before a middle initial when the names list knows it and
  // a surname follows; "Plan B. Roe" or "War C. Roe" are no given names.
  if (isPersonalName(before.text) && (isKnownSurname(next.text) || looksLikeSurname(next.text) || isUnknownWord(next.text)) && !isCommonWord(next.text) && !NOT_NAME_WORDS.has(next.text) && !CLAUSE_OPENERS.has(next.text)) return true;
  return isUnknownWord(before.text) && !NOT_NAME_WORDS.has(next.text) && !CLAUSE_OPENERS.has(next.text) && !isCommonWord(next.text);
}

/** A handle's or a nickname's lead-in right before a one-word name. */
const ALIAS_BEFORE = /\b(?:known\s+only\s+as|(?:his|her)\s+(?:[a-z-]+\s+)?(?:moniker|nickname|handle|alias|stage\s+name)|nicknamed|calls\s+(?:himself|herself)|goes\s+by)\s+$/;

/** Closed-class words no one has as a surname. */
const NEVER_SURNAMES = new Set(['No', 'Yes', 'Who', 'What', 'Why', 'How', 'Not', 'Nothing', 'Nobody', 'None', 'Never', 'Nowhere', 'Everyone', 'Everybody', 'Somebody', 'Someone', 'Anyone']);

const CONTRACTION = /^(?:I|We|You|They|He|She|It|That|There|What|Who|Let|Here|Where|Do|Does|Did|Is|Are|Was|Were|Has|Have|Had|Can|Could|Would|Should|Wo|Must|Might|Ai|Sha)(?:['\u2019](?:m|ve|d|ll|re|s)|n['\u2019]t)$/;

/** Groups tokens into runs of capitalised words joined by single spaces. */
/**
 * Short forms of common nouns, never a body that could speak: "compulsory ID", "DNA tests", "a GDP figure".
 * As bodies they became the "organisation" an unnamed spokesman was taken to speak for.
 */
const COMMON_NOUN_ACRONYMS = new Set(['ID', 'IDs', 'DNA', 'TV', 'TVs', 'PC', 'PCs', 'CD', 'CDs', 'DVD', 'DVDs', 'GDP', 'VAT', 'HIV', 'AIDS', 'SMS', 'GPS', 'IT', 'CEO', 'CEOs', 'MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'IVF', 'LCD', 'PIN', 'URL', 'PDF', 'MP3', 'RFID', 'ASBO', 'ASBOs', 'DJ', 'DJs', 'MC', 'PR', 'VIP', 'VIPs', 'GMT', 'BST']);

/** Honours, ranks and seats written after a name ("Jo Roe MP"). */
const POST_NOMINALS = new Set(['QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'MP', 'MEP', 'MSP']);

/**
 * "BBC Radio 4", "Radio 1 said", "Channel 5's": a station's number is part of its name, though no capitalised
 * run reaches it. Extends the body found before the number, or adds the station when no body was found there.
 * Changes `organisations` in place, keeping them in text order.
 */
function numberedStations(text: string, organisations: Array<{ name: string; start: number; end: number }>): void {
  for (const m of text.matchAll(/\b(?:Radio|Channel)\s+\d{1,2}(?![\d\p{L}])/gu)) {
    const end = m.index + m[0].length;
    const before = organisations.find((o) => o.end === m.index + m[0].indexOf(' ') && o.start <= m.index);
    if (before) {
      before.name = `${before.name}${text.slice(before.end, end)}`;
      before.end = end;
    } else if (!organisations.some((o) => o.start < end && o.end > m.index)) {
      organisations.push({ name: m[0].replace(/\s+/, ' '), start: m.index, end });
    }
  }
  organisations.sort((a, b) => a.start - b.start);
}

function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1]!.text) && !elidedParticle(run.slice(0, -1), run[run.length - 1]!.text)) run.pop();
    // "Jo Roe QC", "Jo Roe OBE", "Jo Roe MP": letters after a name are an honour or a seat, not part of the name (nor a body's);
    // the mention still spans them, so what follows ("Jo Roe QC, the barrister") reads as said of the name.
    if (run.length >= 3 && POST_NOMINALS.has(run[run.length - 1]!.text) && !isAcronym(run[run.length - 2]!.text)) {
      const honour = run.pop()!;
      const last = run.pop()!;
      run.push({ ...last, end: honour.end });
    }
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "the best writer I've met": a pronoun or a verb with a contraction is never part of a name.
    const capital = isCapitalised(token.text) && !CONTRACTION.test(token.text);
    const particle = (!capital && run.length > 0 && PARTICLES.has(token.text) && isCapitalised(afterParticles(tokens, i))) || elidedParticle(run, token.text);
    if (!capital && !particle) {
      flush();
      continue;
    }
    const previous = run[run.length - 1];
    if (previous && ((text.slice(previous.end, token.start) !== ' ' && !joinsAcrossStop(text, previous, run, token) && !editorsBrackets(text, previous, token) && !editorsParentheses(text, run, token)) || isPossessive(previous.text))) flush();
    // "a speech to the Harbour Policy Centre Mr Roe said": a courtesy title after a body's word starts a new name.
    else if (previous && COURTESY_TITLES.has(token.text) && ORG_WORDS.has(previous.text)) flush();
    run.push(token);
  }
  flush();
  return runs;
}

/**
 * "Jo [Roe] played well", "[Jo] Roe said": a word an editor put in square brackets to complete a name in a
 * quotation is part of the name, not the end of it.
 */
function editorsBrackets(text: string, previous: Token, token: Token): boolean {
  const gap = text.slice(previous.end, token.start);
  if (gap === ' [') return text[token.end] === ']';
  return gap === '] ' && text[previous.start - 1] === '[';
}

/**
 * "they can play (Jo Ann) Roe": given names an editor put in round brackets before a surname in a quotation
 * complete the name. Only when the brackets open the run and hold nothing but one or two words, the first a
 * given name a list knows; "Jo Roe (Tarnland) Ann Doe" of a seeded list, "Vell (Roe 77)" of a team sheet
 * and "Tarnland (Jo) Roe" stay apart.
 */
function editorsParentheses(text: string, run: readonly Token[], token: Token): boolean {
  const previous = run[run.length - 1];
  if (previous === undefined || text.slice(previous.end, token.start) !== ') ' || run.length > 2) return false;
  const open = run[0]!.start - 1;
  if (text[open] !== '(' || text.slice(open + 1, previous.end).includes(')')) return false;
  if (/\p{Lu}[\p{L}'\u2019-]*\s*$/u.test(text.slice(Math.max(0, open - 30), open))) return false;
  return firstNameGender(run[0]!.text) !== undefined && !isKnownPlace(token.text);
}

/**
 * "Quazzla, whose real name is Marvin Tellamy, has …": the full name behind a one-word stage name the text has
 * just confirmed as a person is that person, not a second one (classifyRun does the same after a full name). A
 * stage name the finder did not take ("99 Pence, real name …") leaves the real name as the only entry.
 */
function realNameOfStageName(text: string, c: NameCandidate, stage: NameCandidate | undefined, confirmed: ReadonlySet<string>): boolean {
  if (stage === undefined || stage.tokens.length !== 1 || !confirmed.has(stage.tokens[0]!) || c.tokens.length < 2 || c.start - stage.end > 40) return false;
  return /\b(?:real|birth|original)\s+name(?:\s+(?:is|was))?[:,]?\s$/i.test(text.slice(stage.end, c.start));
}

/** "Paul Quill (Quazzla, vocals)": a full name with a confirmed one-word stage name in brackets right after it. */
function realNameBeforeStageName(text: string, c: NameCandidate, stage: NameCandidate | undefined, confirmed: ReadonlySet<string>): boolean {
  if (stage === undefined || stage.tokens.length !== 1 || !confirmed.has(stage.tokens[0]!) || c.tokens.length < 2) return false;
  return text.slice(c.end, stage.start) === ' (' && /^[,)]/.test(text.slice(stage.end, stage.end + 1));
}

export function scanNames(typed: string): NameScan {
  // "coach tom Quellan": a given name typed in lower case, read as the capitalised name (same offsets).
  const text = withTypedGivenNames(typed);
  const tokens = tokenize(text);
  const result: NameScan = { people: [], organisations: [], places: [], notPeople: new Set(), pluralBodies: new Set() };
  // Team sheets and squads: the list shape is the evidence; their runs are not classified again.
  const listed = findNameLists(text);
  const inList = (run: Token[]): boolean => listed.some((c) => run[0]!.start >= c.start && run[0]!.start < c.end);
  for (const run of capitalisedRuns(text, tokens)) if (listed.length === 0 || !inList(run)) classifyRun(text, run, result);
  if (listed.length > 0) result.people = [...result.people, ...listed].sort((a, b) => a.start - b.start);
  // "… and (Kell) Vantry …" in a quotation: an editor's bracket completes a full name (bracketedNames.ts).
  // ('Jo "Quill" Roe': a nickname in quotation marks inside a full name, bracketedNames.ts.)
  const bracketed = [...bracketedNames(text), ...nicknamedNames(text)];
  if (bracketed.length > 0) {
    const within = (c: NameCandidate): boolean => bracketed.some((b) => c.start < b.end && c.end > b.start);
    result.people = [...result.people.filter((c) => !within(c)), ...bracketed].sort((a, b) => a.start - b.start);
  }
  // A title or a character is no person anywhere in the text, but a courtesy title keeps a name ("Mr Quay
  // Lights" is someone); a firm found with its title ("drugmaker Dr Tolley's") is kept out with that title.
  // ("the young Quay Lightses": a title's plural, the actors who play its part, is no one either.)
  if (result.notPeople.size > 0) result.people = result.people.filter((c) => !result.notPeople.has(notPersonKey(c)) && !pluralOfTitle(c, result.notPeople));
  dropOrganisationHeads(text, result);
  numberedStations(text, result.organisations);
  // (Lone list items and full-named ones confirm each other: each pass may give the other a neighbour.)
  confirmListedLoneNames(text, result.people, result.notPeople, result.pluralBodies);
  confirmByContext(text, result.people);
  confirmListedLoneNames(text, result.people, result.notPeople, result.pluralBodies);
  confirmLoneNames(text, result.people, new Set(result.people.filter((c) => c.tokens.length >= 2).flatMap((c) => c.tokens)));
  const confirmed = new Set(result.people.filter((c) => c.certain && c.tokens.length === 1).map((c) => c.tokens[0]!));
  result.people = result.people.filter((c, k, all) => !realNameOfStageName(text, c, all[k - 1], confirmed) && !realNameBeforeStageName(text, c, all[k + 1], confirmed));
  employersBeforeRoles(text, result);
  for (const c of result.people) if (c.tokens.length === 1 && !c.honorific && !c.style && namedByKin(text.slice(Math.max(0, c.start - 80), c.start))) c.kin = true;
  return result;
}


/** "the young Jo Roes" where the text found "Jo Roe" to be a title or a character: its plural, no person. */
function pluralOfTitle(c: { tokens: readonly string[]; honorific: string | null; style: string | null }, notPeople: ReadonlySet<string>): boolean {
  if (c.tokens.length < 2 || c.honorific !== null || c.style !== null) return false;
  const last = c.tokens.at(-1)!;
  const withLast = (word: string): string => [...c.tokens.slice(0, -1), word].join(' ');
  return (last.endsWith('s') && notPeople.has(withLast(last.slice(0, -1)))) || (last.endsWith('es') && notPeople.has(withLast(last.slice(0, -2))));
}

/** The key a mention is looked up by in `notPeople`: its words, after its courtesy title or style if any. */
function notPersonKey(c: { tokens: readonly string[]; honorific: string | null; style: string | null }): string {
  const title = c.honorific ?? c.style;
  return title === null ? c.tokens.join(' ') : `${title} ${c.tokens.join(' ')}`;
}

/**
 * "Merrill Lynch" … "Merrill said": a lone word that opens the name of a body in the same text is that
 * body's short form, unless someone's full name in the text holds the word too. So is the last word of a
 * body named like a person ("auditors Arthur Hopkins" … "Hopkins had signed the accounts"): the text found
 * the whole name to be a firm, so its surname alone is the firm too. Changes `scan` in place.
 */
function dropOrganisationHeads(text: string, scan: NameScan): void {
  const bodies = scan.organisations.filter((o) => o.name.includes(' '));
  const heads = new Set(bodies.flatMap((o) => [o.name.split(' ')[0]!, ...personLikeTail(o.name)]));
  if (heads.size === 0) return;
  const inFullNames = new Set(scan.people.filter((c) => c.tokens.length >= 2).flatMap((c) => c.tokens));
  // ("composer Hopkins": a person's role word before the lone word says the text means a person by it.)
  const described = new Set(scan.people.filter((c) => c.tokens.length === 1 && ROLE_NOUNS.has(/(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1] ?? '')).map((c) => c.tokens[0]!));
  scan.people = scan.people.filter((c) => c.tokens.length !== 1 || c.honorific !== null || c.style !== null || !heads.has(c.tokens[0]!) || inFullNames.has(c.tokens[0]!) || described.has(c.tokens[0]!));
}

/** The surname of a body named like a person, a given name and a word no body's word ("Arthur Hopkins"; not "Opera Hopkins"). */
function personLikeTail(body: string): string[] {
  const words = body.split(' ');
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}[\p{Ll}'\u2019-]+$/u.test(w)) || words.some((w) => ORG_WORDS.has(w))) return [];
  return firstNameGender(words[0]!) !== undefined ? [words[1]!] : [];
}

/** What comes right before a description of what someone was or belongs to: "the late", "former", "fellow", "ex-". */
const MEMBERSHIP_QUALIFIER = /(?:\blate|\bformer|\bfellow|\bex-)\s*$/;

/** A capitalised word, possibly double-barrelled with another capitalised one (`Moore-Gillon`, `O'Neill`). */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019]*(?:-\p{Lu}[\p{L}'\u2019]*)*$/u;
/** Between two items of one list of names: ", ", " and ", ", and ", " & ". */
const LIST_JOIN = /^(?:,\s*|,?\s+and\s+|\s*&\s*)$/;
/** `played by Jo Roe`, `directed by Jo Roe`: a verb of making or performing before "by" names its maker. */
const MADE_BY = /\b(?:played|directed|written|produced|voiced|sung|presented|hosted|performed|portrayed|coached|managed|founded|created|designed|composed|painted|narrated|fronted|starring)(?:\s+(?:in\s+)?(?:the|a|an|this|his|her)?\s*[a-z]+)?\s+(?:by\s+)?$/;
/** `Tabeni Gurmessa of Ethiopia`: a country or a town after "of" is where a person is from. */
const OF_PLACE = /^\s+of\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/**
 * A two- or three-word name of words the lexicon does not know ("Tavrin Blanquett", "Corwen Hadfell") is
 * kept only with a person's context. More of that context than the run's own neighbourhood: an item
 * of a list whose other items are people, the maker after "played by", a place after "of", or the
 * surname alone next to a speech verb elsewhere ("Hadfell said"). Changes `people` in place.
 */
function confirmByContext(text: string, people: NameCandidate[]): void {
  const spokenSurnames = new Set<string>();
  for (const c of people) {
    if (c.tokens.length !== 1) continue;
    const verb = /^\s+([a-z]+)\b/.exec(text.slice(c.end, c.end + 24))?.[1];
    const verbBefore = /\b([a-z]+)\s+$/.exec(text.slice(Math.max(0, c.start - 16), c.start))?.[1];
    if ((verb && ATTRIBUTION_VERBS.has(verb)) || (verbBefore && ATTRIBUTION_VERBS.has(verbBefore))) spokenSurnames.add(c.tokens[0]!);
  }
  // "Glasgow Quarrens" beside a player's name in a list: a place in the run makes it a club, not a person.
  // Only words that look like names: a band, a film or a show in the same list is made of dictionary
  // words ("Silver Horses", "Quiet Rivers"); "US-based Jo Roe", "Dutchman Jo Roe" carry an opener.
  const nameLike = (t: string): boolean => NAME_WORD.test(t) && !isCommonWord(t) && !isDemonym(t) && !isKnownPlace(t);
  // ("Dean Roe": a title word that is also a given name opens a name like any name-like word.)
  const unsure = (c: NameCandidate): boolean =>
    !c.certain && c.tokens.length >= 2 && c.tokens.length <= 3 && c.tokens.every((t, i) => nameLike(t) || (i === 0 && GIVEN_NAME_TITLES.has(t)));
  // ("Joss Marble": a listed given name before a surname that is also a word, for the lists only: listedNameWords.ts.)
  const unsureInList = (c: NameCandidate): boolean => unsure(c) || (!c.certain && personalNameWithWordSurname(c.tokens, nameLike));
  // "Joy Pellman, 50, of Ardley": an age after a name-like surname makes a person, even when the given name
  // is also a word ("Joy", "Will").
  for (const c of people) {
    if (c.certain || c.tokens.length < 2 || c.tokens.length > 3 || !c.tokens.slice(1).every(nameLike) || !NAME_WORD.test(c.tokens[0]!)) continue;
    if (/^,\s+(?:1[5-9]|[2-9]\d|10\d),/.test(text.slice(c.end, c.end + 8))) c.certain = true;
  }
  for (const c of people) {
    if (!unsure(c)) continue;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const place = OF_PLACE.exec(text.slice(c.end, c.end + 40));
    // ("which created Nighty Night": a maker's verb before a run ending in a plain English word made a work.)
    const madeBy = MADE_BY.test(before) && !isPlainWord(c.tokens[c.tokens.length - 1]!);
    if (spokenSurnames.has(c.tokens[c.tokens.length - 1]!) || madeBy || (place && isKnownPlace(place[1]!))) c.certain = true;
  }
  // Lists: a person's neighbour in a list is a person; repeated so that a list confirms all its items.
  // ("rapper Jo-Q … beating Jo-Q, Kell Vantry and Ann Doe": a name the text confirmed anywhere is a person in
  // its list too; see `certainNames`.)
  for (let changed = true; changed; ) {
    changed = false;
    const confirmed = certainNames(people);
    for (let k = 0; k < people.length; k++) {
      const c = people[k]!;
      // "feature Jo Roe, Velvet Lantern and Ann Doe": a run of dictionary words only, none a given name or a
      // surname any list knows, is a band or a show in a list of performers, not one of the people beside it.
      if (!unsureInList(c) || c.tokens.every(dictionaryWordOnly)) continue;
      const prev = people[k - 1];
      const next = people[k + 1];
      const joinedTo = (o: NameCandidate | undefined, from: number, to: number): boolean => o !== undefined && confirmed.has(o) && to >= from && LIST_JOIN.test(text.slice(from, to));
      if (joinedTo(prev, prev?.end ?? 0, c.start) || joinedTo(next, c.end, next?.start ?? 0)) {
        c.certain = true;
        changed = true;
      }
    }
  }
}

/**
 * The candidates that stand for a person the text confirmed: a certain full name, and any mention of a
 * full name or a hyphenated stage name ("Jo-Q") that the text makes certain somewhere else.
 */
function certainNames(people: readonly NameCandidate[]): Set<NameCandidate> {
  const named = (c: NameCandidate): boolean => c.tokens.length >= 2 || (c.tokens[0]!.includes('-') && c.honorific === null && c.style === null);
  const keys = new Set(people.filter((c) => c.certain && named(c)).map((c) => c.tokens.join(' ')));
  return new Set(people.filter((c) => named(c) && keys.has(c.tokens.join(' '))));
}

/** A word of the English word list that no list knows as a given name or a surname ("Velvet", "Lantern"). */
function dictionaryWordOnly(word: string): boolean {
  return isEnglishWord(word.toLowerCase()) && firstNameGender(word) === undefined && !isKnownSurname(word);
}

/**
 * A title chain before a name: `RNC Chairman Reince Priebus`, `Senate Majority Leader Mitch McConnell`,
 * `FBI Director James Comey`. Returns the index where the name starts when the run holds a job title
 * word after some other capitalised words (a body, a place, a party) and ends in one to three name-like
 * words; -1 otherwise (a plain `President Bush` is handled by the title loop).
 */
/** Title words that only qualify another (`Home`, `Press`, `Democratic`): a chain cannot end on them. */
const TITLE_QUALIFIERS = new Set([
  'Vice', 'Prime', 'Foreign', 'Home', 'Chief', 'Executive', 'Deputy', 'Shadow', 'Health', 'Culture', 'Defence', 'Education',
  'Trade', 'Transport', 'Environment', 'Treasury', 'Economy', 'Interior', 'Finance', 'Agriculture', 'Sports', 'Sport',
  'Energy', 'Industry', 'Northern', 'Ireland', 'Scottish', 'Welsh', 'First', 'Former', 'Ex', 'Acting', 'Interim',
  'Labour', 'Tory', 'Conservative', 'Liberal', 'Democrat', 'Republican', 'Democratic', 'Senior', 'Junior',
  'Presidential', 'Press', 'Communications', 'Campaign', 'Majority', 'Minority', 'Head',
]);

function titleChainEnd(run: readonly Token[]): number {
  for (let j = run.length - 2; j >= 1; j--) {
    // "Christian Rev. Jo Doe": a courtesy title inside a run starts the name as a job title does.
    if (!TITLE_WORDS.has(run[j]!.text) && !(COURTESY_TITLES.has(run[j]!.text) && run.length - j >= 3)) continue;
    if (TITLE_QUALIFIERS.has(run[j]!.text)) return -1;
    const tail = run.slice(j + 1).map((t) => stripPossessive(t.text));
    if (tail.length > 3 || run.slice(0, j).every((t) => TITLE_WORDS.has(t.text))) return -1;
    // "Atlantic City Mayor Don Guardian": after a first name, a word that also names a body is a surname.
    const firstNamed = tail.length >= 2 && firstNameGender(tail[0]!) !== undefined;
    // ("CBC Chairman G.K. Roe": dotted initials opening the name are no acronym.)
    const dottedInitials = (w: string, k: number): boolean => k === 0 && tail.length >= 2 && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(w);
    if (tail.some((w, k) => (ORG_WORDS.has(w) && !(firstNamed && k > 0)) || TITLE_WORDS.has(w) || (isAcronym(w) && !dottedInitials(w, k)) || NOT_NAME_WORDS.has(w))) return -1;
    const named = tail.length === 1 ? isKnownSurname(tail[0]!) || (isUnknownWord(tail[0]!) && looksLikeSurname(tail[0]!)) : firstNameGender(tail[0]!) !== undefined || tail.every(isUnknownWord);
    return named ? j + 1 : -1;
  }
  return -1;
}

/**
 * After a title of a work or a character's name: "Quayside Nights star", "… actress", "a Jon Roe character",
 * "the Jon Roe films".
 */
const WORK_STAR = new Set(['star', 'stars', 'actor', 'actress', 'cast', 'co-star', 'character', 'films', 'movies', 'books', 'novels', 'franchise']);

/** Nouns for where someone lives or comes from: "a Dunmore resident", "Kestrel native". */
const DWELLERS = new Set(['resident', 'residents', 'native', 'local', 'villager', 'homeowner', 'voter', 'fan', 'supporter']);

/** Role nouns that relate rather than describe: "rival Tidewater" is as likely a firm as a person. */
const RELATIONS = new Set(['rival', 'partner', 'friend', 'colleague', 'compatriot', 'neighbour', 'member', 'holder', 'winner', 'international', 'owner', 'official', 'chief', 'head', 'leader', 'boss', 'founder', 'member']);

/** "Spaniard", "Briton", "Kenyan": a nationality before a full name. */
/** "Dutch-born", "London-based": an origin before a name, like a nationality. */
const ORIGIN = /^\p{Lu}\p{Ll}+-(?:born|based|raised|bred|educated|trained)$/u;

/**
 * "Actor", "Singer", "Frenchman" before a name (at a sentence start, or before a known first name): a
 * role or a nationality, like a job title.
 */
function capitalRole(word: string, beforeGivenName = false): boolean {
  // "Scot Kathy Roe": a listed nationality before a given name is the nationality, though "Scot" is a name too.
  if (beforeGivenName && isListedDemonym(word)) return true;
  if (firstNameGender(word) !== undefined || isKnownSurname(word)) return false;
  // "Seventeen-year-old Jo Doe": an age opens the sentence like a role.
  // "Cinematographer Jo Doe", "Goalscorer Jo Doe", "Guardsman Jo Doe": an agent noun of the en-GB word list
  // that no names list knows is a role too. Only words the lexicon has never heard of count: the ones it
  // knows with these endings are the role lexicon's own, or "Another", "Earlier", "Together".
  return ROLE_NOUNS.has(word.toLowerCase()) || isDemonym(word) || ORIGIN.test(word) || isKnownPlace(word) || /-year-old$/i.test(word) || (/\p{Ll}(?:er|or|ist|ian|man)$/u.test(word) && isPlainWord(word) && isUnknownWord(word));
}

/** "Eagle", "Level": a word of the English word list that no list knows as a given name. */
function plainWordNotGiven(word: string): boolean {
  return firstNameGender(word) === undefined && isEnglishWord(word.toLowerCase());
}

/** A nationality noun that is nobody's given name or surname ("Spaniard", "Brazilian"; not "Christian", "Freeman"). */
function nationalityNoun(word: string): boolean {
  if (isListedDemonym(word)) return firstNameGender(word) === undefined;
  return isDemonym(word) && !/ish$/.test(word) && firstNameGender(word) === undefined && !isKnownSurname(word);
}

/**
 * A sentence-opening word that is not part of the name after it: an adjective or adverb before a known
 * first name ("Defiant Jo Doe"), or a word that is no noun before a lone surname ("Whatever Roe …").
 */
function gluedOpener(word: string, rest: readonly Token[]): boolean {
  if (firstNameGender(word) !== undefined || isKnownSurname(word) || rest.length === 0) return false;
  if (rest.length >= 2) {
    // "Man-of-the-match Jo Doe", "Springboks Jo Doe": a compound or a plural team name before a full name.
    const opener = isCommonWord(word) || /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(word) || /\p{Ll}s$/u.test(word);
    if (opener && firstNameGender(stripPossessive(rest[0]!.text)) !== undefined) return true;
    // "Compatriots Tolu Wendimo": a plural English noun opening the sentence, before a first name no list knows.
    // (A firm's trade, "Bookmakers Tolbrokes", names the firm instead: see classifyRun.)
    return /\p{Ll}[^s]s$/u.test(word) && !FIRM_NOUNS.has(word.toLowerCase()) && isEnglishWord(word.toLowerCase()) && isEnglishWord(word.toLowerCase().slice(0, -1));
  }
  return isCommonWord(word) && !isNominal(word);
}

/** A plural dictionary noun ("Families", "Schools") that is nobody's surname, before a given name a list knows. */
function pluralNounBeforeGivenName(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  if (!/\p{Ll}s$/u.test(word) || isKnownSurname(word) || firstNameGender(word) !== undefined) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isEnglishWord(lower) && isEnglishWord(singular) && firstNameGender(stripPossessive(next)) !== undefined;
}

/**
 * "plays X", "starring as X", "the role of X", "the title part of X" ("such stars as X" lists actors). A part
 * is one only with a determiner before it: "as part of Jo Roe's plan", "is part of Jo Roe's team" are a share
 * of something of a person's.
 */
const PART_PLAYED_BEFORE = /(?<!such\s)\b(?:plays|played|playing|portrays|portrayed|portraying|(?:role|roles|portrayal|depiction) of|(?:the|a|his|her|their|title|lead|leading|main|starring|speaking) part of|(?:stars|starred|starring|cast|appears|appeared|appearing) as)\s$/;
/**
 * A part in a work named after "plays", or (`described`: for this mention only) after a description of
 * the part; not an opponent in a fixture.
 */
function partPlayedBefore(before: string, after: string, described: boolean): boolean {
  return (PART_PLAYED_BEFORE.test(before) || (described && describedPartBefore(before))) && !opponentAfter(after);
}

/** "X, played in the film by …", "X, starring …" (not "X, starring in …", said of a person), "X, directed by". */
const PLAYED_BY_AFTER = /^,?\s+(?:(?:is|was)\s+)?(?:played|portrayed)\s+(?:in\s+the\s+\w+\s+)?by\b|^,\s+(?:starring(?!\s+in\b)|which\s+stars|directed\s+by)\b/;

/** A verb in the past or present tense after a name ("… cemented", "… is"): no noun a name could qualify. */
const FINITE_VERB = /^(?:[a-z]+ed|is|was|has|had|will|would|broke|won|became|made|took|sold|saw)$/;

/**
 * Context that shows a capitalised run is no person, whatever its words:
 *   a work noun before it           "the film Quayside Nights", "characters like Jon Roe"
 *   a role noun after a lone word   "Former Tidewater singer Jo Doe" (a band, a club: an affiliation)
 *   an article before it            "the Harbour Gazette"
 *   a body's name before "of"       "Association of Harbour Pilots"
 */
function notAPersonHere(before: string, after: string, words: readonly string[], knownFirst: boolean, titled: boolean): boolean {
  const next = /^\s([a-z][a-z-]*)\b/.exec(after)?.[1];
  if (next !== undefined && ROLE_NOUNS.has(next) && !knownFirst && words.length === 1) return true;
  if (titled) return false;
  // "the National Association of Probation Officers": the tail of a body's name after "of" or "for".
  const body = /(\p{Lu}[\p{L}]+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(before)?.[1];
  if (body !== undefined && ORG_WORDS.has(body)) return true;
  const previous = /([a-z]+)\s$/.exec(before)?.[1];
  if ((previous !== undefined && WORK_NOUNS.has(previous)) || workInApposition(before, after)) return true;
  // "auditor Grant Thornton", "accountancy firm Jo Doe", "lenders Ito Sato": a firm's trade before a name
  // makes it the firm's name, however much it looks like a person's.
  if (firmBefore(before)) return true;
  // "so-called Distributed Denial-of-Service attacks": a term being introduced, not someone.
  if (/\bso-called\s$/.test(before)) return true;
  // "plays Tess Marlow", "starring as Jon Ferro", "the role of Lyra": a part in a work, not a person here
  // ("plays Jo Doe in the next round" is an opponent).
  if (partPlayedBefore(before, after, true)) return true;
  // "characters like Jon Roe and Ann Doe": every item of the list.
  if (/\bcharacters?\s+(?:like|such as|called|named|of)\s(?:[\p{Lu}][\p{L}'\u2019-]*(?:\s[\p{Lu}][\p{L}'\u2019-]*)*(?:,\s|\s(?:and|or)\s))*$/u.test(before)) return true;
  // "Quayside Nights star Jo Doe": a title (or a team) before the role of its star.
  if (next !== undefined && WORK_STAR.has(next)) return true;
  // "Tess Marlow, played on screen by …", "Harbour Masala, starring …": a character, a work.
  if (PLAYED_BY_AFTER.test(after)) return true;
  // "a contemporary Jon Roe": a person's full name takes no indefinite article. ("a Jo Roe presidency" is a
  // noun phrase about a person: only a name that ends the phrase counts.)
  if (/(?:^|[^\p{L}])(?:a|an)\s+(?:[a-z]+\s+)?$/u.test(before) && words.length > 1 && /^[,.;:!?)]/.test(after)) return true;
  // "the Harbour Gazette", "The Tideway Sessions": a person's name takes no article (a title before the
  // name, "the chief executive Jo Doe", is handled by the caller), unless it qualifies a noun after it
  // ("the Jon Roe biopic").
  // ("The Jo Roe Tree cemented …": a verb after the name is no noun the name qualifies.)
  if (/(?:^|[^\p{L}])the\s$/iu.test(before) && !(knownFirst && next !== undefined && !FINITE_VERB.test(next))) return true;
  return false;
}

/** Work nouns that are never verbs ("hit Jo Roe", "show Jo Roe is" are sentences, not titles). */
const UNAMBIGUOUS_WORK_NOUNS = new Set(['film', 'movie', 'album', 'novel', 'musical', 'sitcom', 'series', 'serial', 'programme', 'drama', 'thriller', 'biopic', 'documentary', 'blockbuster', 'cartoon', 'magazine', 'newspaper', 'band', 'pantomime']);

/** A work noun and a comma before the run, a comma and a clause about the work after it (see `titleOrCharacter`). */
function workInApposition(before: string, after: string): boolean {
  const noun = /\b([a-z]+),\s$/.exec(before)?.[1];
  return noun !== undefined && UNAMBIGUOUS_WORK_NOUNS.has(noun) && /^,\s+(?:where|which|in\s+which|released|directed|based|starring)\b/.test(after);
}

/**
 * The strong part of `notAPersonHere`: context that makes a name a work's title or a character ("the film Quay
 * Lights", "plays Tess Marlow", "Tess Marlow, played by …", "the Jon Roe character"), which holds for every
 * other place the text writes the same name. Weaker context ("the …", "a …") is judged one place at a time.
 */
function titleOrCharacter(before: string, after: string): boolean {
  const previous = /([a-z]+)\s$/.exec(before)?.[1];
  if (previous !== undefined && UNAMBIGUOUS_WORK_NOUNS.has(previous)) return true;
  // "his next film, Jo Tarrasco, where he plays a cop": a work noun, a comma, the name and a clause about the
  // work ("where", "which", "released", "directed") put the title in apposition ("the film, Jo Roe, 45, said" is
  // someone speaking).
  if (workInApposition(before, after)) return true;
  // ("played Jo Roe's opposite number" plays someone else.)
  if (/^['\u2019]/.test(after)) return false;
  if (partPlayedBefore(before, after, false) || PLAYED_BY_AFTER.test(after)) return true;
  // ("the Jo Roe films" may be a director's: only a character or a franchise is sure.)
  return /^\s(?:character|franchise)\b/.test(after);
}

/**
 * "Gael Monfils … Monfils, who …": two words no list knows, each a plain capitalised name ("Jay-Jay" may be
 * hyphenated, "Bracknell-based" may not), neither an English word nor the same word twice, the second also
 * used on its own: a first name and a surname.
 */
function unknownPairWithSurname(text: string, words: readonly string[]): boolean {
  if (words.length !== 2 || words[0] === words[1]) return false;
  const nameShaped = (w: string): boolean => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !isEnglishWord(w) && !isKnownPlace(w);
  return nameShaped(words[0]!) && nameShaped(words[1]!) && surnameAlone(text, words[0]!, words[1]!);
}

/**
 * "Labour MP Ulwenna King … Ms King said": after a job title, a given name no list knows before a title word
 * ("King", "Major", "Bishop") is a person's name when the story also writes that word after a courtesy
 * title. Without the given name in a list, the courtesy title is what shows the word is a surname here.
 */
function titleSurname(text: string, words: readonly string[]): boolean {
  const [first, last] = words;
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(first!) || !isUnknownWord(first!) || isEnglishWord(first!.toLowerCase())) return false;
  const escaped = escapeRegExp(last!);
  return new RegExp(`\\b(?:${[...COURTESY_TITLES].map((t) => t.replace('.', '\\.')).join('|')})\\s+${escaped}(?![\\p{L}])`, 'u').test(text);
}

/** The surname written on its own somewhere in the text, not only after the first name ("… Henry scored"). */
function surnameAlone(text: string, first: string, last: string): boolean {
  const escaped = escapeRegExp(last);
  const firstEscaped = escapeRegExp(first);
  return new RegExp(`(?<!${firstEscaped}\\s)(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text);
}

/**
 * A hyphenated word that is no given name ("Jean-Marie", "Jay-Jay" are): its parts all dictionary words
 * ("Euro-Sceptic"), or its last part a lower-case word ("Oscar-winner", "Harbour-owned").
 */
function compoundOpener(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => p.length < 2 || firstNameGender(p) !== undefined || isKnownSurname(p))) return false;
  const lastPart = parts[parts.length - 1]!;
  return (/^\p{Ll}+$/u.test(lastPart) && isEnglishWord(lastPart)) || parts.every((p) => isEnglishWord(p) && !isPersonalName(p));
}

/** A dictionary word that is no given name, no surname and no proper noun any list knows ("Hemisphere"). */
function plainWordOnly(word: string): boolean {
  return isEnglishWord(word) && !isPersonalName(word) && !isProperNoun(word) && firstNameGender(word) === undefined && !isKnownSurname(word);
}

/** A body named by these tokens: their words without a possessive ending, and their span. */
function bodyOf(tokens: readonly Token[]): { name: string; start: number; end: number } {
  const last = tokens[tokens.length - 1]!;
  return { name: tokens.map((t) => stripPossessive(t.text)).join(' '), start: tokens[0]!.start, end: last.end - (isPossessive(last.text) ? 2 : 0) };
}

/** Particles that open a surname, written with a capital inside a full name. */
const NAME_PARTICLES = new Set(['El', 'Al', 'Ben', 'Bin', 'Abu', 'Ibn', 'De', 'Del', 'Da', 'Di', 'Van', 'Von', 'Le', 'La', 'Du', 'Dos', 'Das']);

/** Whether the text writes these words after a capitalised word that is no function word ("Hicham El Guerrah"). */
function givenNameBefore(text: string, words: readonly string[]): boolean {
  if (!NAME_PARTICLES.has(words[0]!)) return false;
  const before = new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(before)) if (!NOT_NAME_WORDS.has(m[1]!) && !isKnownPlace(m[1]!)) return true;
  return false;
}

/** A country's possessive right before a run ("Ardenia's "), its name in group 1. */
const COUNTRY_POSSESSIVE = /(?:^|[\s(])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)['\u2019]s\s$/u;
/**
 * What a results report says of a competitor: a place ("finished fifth", "fourth in 15.80m", "clear of"), a time
 * or a distance ("7.35", "15.80m", not money: "pounds 1.80m", "3.25bn").
 */
const RESULT_WORDS = /\b(?:finished|was|came|in)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth)\s+in\s+\d|\bclear\s+of\b|(?<!(?:pounds|dollars|euros|[£$€])\s?)\b\d{1,2}[.:]\d{2}(?:m|s)?(?![\w%]|\.\d)/;

/**
 * "Ireland's Tarvo Quellin came fifth in 8.02", "clear of Spain's Jena Dovrik": two words no list
 * knows after a country's possessive, in a sentence that reports a result, are a competitor from that country.
 * (A firm is also a country's, "Ardenia's Vostrel Telekom rose": a sentence with no result word leaves it, and a
 * known body or a word of a body's name never counts.)
 */
function countrysCompetitor(text: string, before: string, run: readonly Token[], words: readonly string[]): boolean {
  if (words.length !== 2 || words.some((w) => ORG_WORDS.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const country = COUNTRY_POSSESSIVE.exec(before)?.[1];
  if (country === undefined || !(isKnownCountry(country) || /^(?:Britain|Great Britain|Holland)$/.test(country)) || isKnownOrganisation(words.join(' '))) return false;
  const from = Math.max(text.lastIndexOf('. ', run[0]!.start) + 1, run[0]!.start - 160, 0);
  const stop = /[.!?](?:\s|$)/.exec(text.slice(run[run.length - 1]!.end));
  const to = stop === null ? text.length : run[run.length - 1]!.end + stop.index;
  const sentence = text.slice(from, run[0]!.start) + ' ' + text.slice(run[run.length - 1]!.end, Math.min(to, run[run.length - 1]!.end + 160));
  return RESULT_WORDS.test(sentence);
}

/** The portfolio of an office named with "of" ("Secretary of State", "Minister of Justice"), the run's first word. */
const OFFICE_PORTFOLIOS: ReadonlySet<string> = new Set([
  'State', 'Justice', 'Defence', 'Defense', 'Health', 'Education', 'Finance', 'Trade', 'Transport', 'Environment',
  'Agriculture', 'Energy', 'Industry', 'Culture', 'Interior', 'Labour', 'Labor', 'Commerce', 'Treasury', 'Staff',
  'Sport', 'Sports', 'Science', 'Housing', 'Employment', 'Tourism', 'Information', 'Economy', 'Communications',
]);

/** An office's head word and "of" right before a run: "Secretary of ", "Minister of the ", "shadow leader of the ". */
const OFFICE_OF_BEFORE = /\b(?:Secretary|Minister|Chancellor|Director|Commissioner|Governor|Attorney|Solicitor|Lord|Speaker|Chief|Head|[Ll]eader|[Pp]resident|[Cc]hairman|[Cc]hair)\s+of\s+(?:the\s+)?$/;

/** A verb only "I" takes before it ("I will", "I want"): "Charles I was" keeps its numeral. */
const FIRST_PERSON_AFTER = /^\s+(?:will|want|wanted|am|have|think|thought|can|do|don't|know|hope|believe|feel|felt|just|really|told)\b/;

/**
 * "Tarnland goalkeeper Energy Quembadiro": a capitalised word that is also a portfolio ("Energy", "Trade") right
 * after a role in lower case and right before the only other word of the run is a given name; the role came
 * before it. (A portfolio opens an office: "minister Energy Secretary Jo Roe" has a title word after it.)
 */
function givenAfterRole(text: string, run: readonly Token[]): boolean {
  if (run.length !== 2) return false;
  const role = /(?:^|[^\p{L}-])(\p{Ll}[\p{L}-]*)\s$/u.exec(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start))?.[1];
  const surname = stripPossessive(run[1]!.text);
  return (
    role !== undefined &&
    ROLE_NOUNS.has(role) &&
    /^\p{Lu}\p{Ll}+$/u.test(run[0]!.text) &&
    !PERSON_TITLES.test(run[0]!.text) &&
    !TITLE_WORDS.has(surname) &&
    !ORG_WORDS.has(surname) &&
    !NOT_NAME_WORDS.has(surname) &&
    !isKnownPlace(surname) &&
    !isPlainWord(surname)
  );
}

/** Title words that name a person's rank or office, not a field: they stay titles wherever they stand. */
const PERSON_TITLES = /^(?:President|Minister|Chancellor|Secretary|General|Governor|Senator|Judge|Justice|Mayor|Captain|Colonel|Major|King|Queen|Prince|Princess|Pope|Archbishop|Bishop|Cardinal|Father|Sister|Rabbi|Imam|Sheikh|Professor|Doctor|Dr|Sergeant|Inspector|Detective|Lieutenant|Commander|Admiral|Marshal|Corporal|Private|Constable|Chief|Deputy|Shadow|Former|Ex|Acting|Interim|Senior|Junior)$/;

function classifyRun(text: string, run: Token[], out: NameScan): void {
  let i = 0;
  const chainEnd = titleChainEnd(run);
  let honorific: string | null = null;
  let style: string | null = null;
  let titleStart = -1;
  let titleEnd = -1;
  const initial = sentenceInitial(text, run[0]!.start);
  let roleOpener = false;
  for (; i < run.length - 0; i++) {
    const word = run[i]!.text;
    const last = i === run.length - 1;
    // "Secretary of State Madeline Albrecht", "Minister of Justice Jo Roe": the run opens with the rest of
    // an office whose head word came before "of"; the name starts at the given name.
    if (i === 0 && run.length >= 3 && OFFICE_OF_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start))) {
      let k = run.findIndex((t, j) => j >= 1 && run.length - j >= 2 && run.length - j <= 3 && firstNameGender(t.text) !== undefined);
      // ("Secretary of State Tarvina Quell": an office's portfolio word, then a given name no list knows and a surname.)
      if (k < 0 && run.length === 3 && OFFICE_PORTFOLIOS.has(word) && run.slice(1).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !ORG_WORDS.has(t.text) && !TITLE_WORDS.has(t.text) && !isKnownPlace(t.text))) k = 1;
      if (k > 0) {
        titleStart = run[0]!.start;
        titleEnd = run[k - 1]!.end;
        roleOpener = true;
        i = k - 1;
        continue;
      }
    }
    // "Beatle Sir Jo Doe", "Oscar-winner Sir Jo Doe": words before a courtesy title or a style inside the
    // run describe the person, who is named from the title on.
    if (i === 0 && chainEnd <= 0 && !COURTESY_TITLES.has(word) && !NAME_STYLES.has(word)) {
      // Only a title word may come before a peer's style ("Science Minister Lord Roe"): "Sacha Baron Roe"
      // is a name.
      const styleAt = run.findIndex((t, k) => k > 0 && k < run.length - 1 && (COURTESY_TITLES.has(t.text) || NAME_STYLES.has(t.text)));
      const plainStyle = styleAt > 0 && /^(?:Sir|Dame|Dr|Mr|Mrs|Ms|Prof|Professor)$/.test(run[styleAt]!.text);
      // "Dunmore Police Commissioner Sir Jo Doe": a job title just before the style makes the capitalised
      // words before it the body the title belongs to, whatever they are.
      const bodyTitle = plainStyle && TITLE_WORDS.has(run[styleAt - 1]!.text);
      const describes = (t: Token): boolean =>
        TITLE_WORDS.has(t.text) ||
        TITLE_QUALIFIERS.has(t.text) ||
        (bodyTitle && /^\p{Lu}[\p{L}-]*$/u.test(t.text) && (ORG_WORDS.has(t.text) || t.text === 'New' || (!NOT_NAME_WORDS.has(t.text) && !CLAUSE_OPENERS.has(t.text)))) ||
        // ("Said Mr Roe": a verb or a function word opens a sentence, it describes no one.)
        (plainStyle && /^\p{Lu}[\p{L}-]*$/u.test(t.text) && firstNameGender(t.text) === undefined && !isKnownSurname(t.text) && !NOT_NAME_WORDS.has(t.text) && !CLAUSE_OPENERS.has(t.text) && (t.text.includes('-') || !isCommonWord(t.text)));
      // ("But Tarnshire Police Commissioner Sir Jo Doe said": a clause opener before the title is no part of it.)
      const lead = styleAt > 1 && initial && CLAUSE_OPENERS.has(word) ? 1 : 0;
      if (styleAt > 0 && run.slice(lead, styleAt).every(describes)) {
        titleStart = run[lead]!.start;
        titleEnd = run[styleAt - 1]!.end;
        roleOpener = true;
        i = styleAt - 1;
        continue;
      }
    }
    if (i < chainEnd) {
      // "On Wednesday Transport Minister Jo Doe": words that open the sentence are not the title.
      if (titleStart < 0 && NOT_NAME_WORDS.has(word) && !TITLE_WORDS.has(word)) continue;
      if (titleStart < 0) titleStart = run[i]!.start;
      titleEnd = run[i]!.end;
      continue;
    }
    if (COURTESY_TITLES.has(word) && !last) {
      honorific = word;
      continue;
    }
    if (NAME_STYLES.has(word) && !last) {
      // "Lord Chancellor Lord Tolley": a style opening an office ("Lord Chancellor") before the holder's own
      // style is part of the title, not of the name.
      const next = run.slice(i + 1).findIndex((t) => NAME_STYLES.has(t.text));
      const office = next > 0 && run.slice(i + 1, i + 1 + next).every((t) => TITLE_WORDS.has(t.text) || TITLE_QUALIFIERS.has(t.text));
      if (office && !style && !honorific) {
        if (titleStart < 0) titleStart = run[i]!.start;
        titleEnd = run[i + next]!.end;
        i += next;
        continue;
      }
      style = word;
      continue;
    }
    if (honorific || style) break;
    // A role word counts as a title only before a full name ("Treasurer Jo Doe"); "Postman Jo" is a character.
    const nextIsFirstName = run.length - i >= 3 && firstNameGender(run[i + 1]!.text) !== undefined;
    // "Under-Secretary Jo Roe", "Vice-President Jo Roe": a hyphenated title is a title; "Seventeen-year-old
    // Roe": an age before a name always opens it, whatever follows.
    const hyphenTitle = word.includes('-') && TITLE_WORDS.has(word.slice(word.lastIndexOf('-') + 1));
    const age = /^\p{Lu}\p{Ll}*-year-old$/u.test(word);
    // "Former Cinematographer Jo Doe", "Veteran Spaniard Jo Doe": after a qualifier that opened the title,
    // a role word before a full name still belongs to the title, not to the name.
    const titleSoFar = i === 0 || (titleStart >= 0 && titleEnd === run[i - 1]!.end);
    // "Dean Roe": a title word that is also a given name, with only a surname after it, is the given name.
    const givenName = (GIVEN_NAME_TITLES.has(word) && run.length - i === 2 && titleStart < 0 && honorific === null) || (i === 0 && givenAfterRole(text, run));
    // "beat Spaniard Xelia Roe", "Veteran Spaniard Xelia Roe": a nationality noun before two more words is the
    // nationality even when no list knows the given name after it (no one's given name is "Spaniard").
    // ("American Eagle Outfitters": before a plain English word it is a body's name.)
    const nationality = titleSoFar && run.length - i >= 3 && nationalityNoun(word) && !plainWordNotGiven(stripPossessive(run[i + 1]!.text));
    // "the late Quarrymen Jo Roe", "former Wombles Jo Roe": after "late", "former", "fellow" or "ex-", a word
    // no list knows as a name, before a listed given name and more, says what the person was (a band's
    // member), and is no part of the name.
    // "won by Tin Drum Jo Roe", "Snow Lantern singer": two dictionary words no names list knows, inside a
    // sentence, before a listed given name and a surname, are what the person belongs to (a band's name, a
    // show's), not the start of a four-word name.
    if (i === 0 && !initial && run.length === 4 && firstNameGender(stripPossessive(run[2]!.text)) !== undefined && dictionaryWordOnly(run[0]!.text) && dictionaryWordOnly(stripPossessive(run[1]!.text)) && !NOT_NAME_WORDS.has(run[0]!.text)) {
      titleStart = run[0]!.start;
      titleEnd = run[1]!.end;
      roleOpener = true;
      i = 1;
      continue;
    }
    const membership = i === 0 && nextIsFirstName && MEMBERSHIP_QUALIFIER.test(text.slice(Math.max(0, run[0]!.start - 12), run[0]!.start)) && firstNameGender(word) === undefined && !isKnownSurname(word) && !NOT_NAME_WORDS.has(word);
    if (((TITLE_WORDS.has(word) && !givenName) || hyphenTitle || age || nationality || membership || (titleSoFar && (nextIsFirstName || (i === 0 && initial && (ROLE_NOUNS.has(word.toLowerCase()) || run.length >= 3))) && capitalRole(word, nextIsFirstName))) && !last) {
      if (titleStart < 0) titleStart = run[i]!.start;
      titleEnd = run[i]!.end;
      roleOpener ||= !TITLE_WORDS.has(word);
      continue;
    }
    // "New Zealander Jo Doe", "New Yorker Jo Doe": "New" belongs to the demonym after it.
    if (i === 0 && word === 'New' && run.length >= 4 && /^(?:Zealander|Yorker|Englander|Jerseyan|Mexican)$/.test(run[1]!.text)) {
      titleStart = run[0]!.start;
      titleEnd = run[1]!.end;
      roleOpener = true;
      i++;
      continue;
    }
    // "Defiant Jo Doe", "Whatever Roe decides": a sentence-opening adjective or adverb glued to a name.
    if (i === 0 && initial && !last && gluedOpener(word, run.slice(1))) continue;
    // "Minister for Schools and Families Jo Doe": the plural noun ending a title, before a listed given name.
    if (i === 0 && !initial && run.length >= 3 && pluralNounBeforeGivenName(word, run[1]!.text)) continue;
    // "after the final in Portugla Roe said": a place glued to the surname of a person named in full (gluedPlace.ts).
    if (i === 0 && run.length === 2 && gluedPlace(text, run[0]!.start, word, stripPossessive(run[1]!.text))) continue;
    // "Euro-Sceptic Jo Doe", "Oscar-winner Jo Doe", "Harbour-owned Tidecorp": a compound of dictionary words
    // (or one ending in a lower-case word) before a name describes it, anywhere in the sentence.
    if (i === 0 && !last && compoundOpener(word)) continue;
    // "after Tolleyite Jo Doe was brought in": a follower's word made from a leader's name is a faction,
    // anywhere in the sentence, never the first name of the full name after it.
    if (i === 0 && run.length >= 3 && /^\p{Lu}\p{Ll}+ites?$/u.test(word) && firstNameGender(word) === undefined && firstNameGender(stripPossessive(run[1]!.text)) !== undefined) continue;
    if (NOT_NAME_WORDS.has(word) || (i === 0 && initial && isSentenceOpener(word))) {
      if (CLAUSE_OPENERS.has(word) || isSentenceOpener(word) && !NOT_NAME_WORDS.has(word)) {
        titleStart = -1;
        titleEnd = -1;
      } else {
        if (titleStart < 0) titleStart = run[i]!.start;
        titleEnd = run[i]!.end;
      }
      continue;
    }
    break;
  }
  // ("Crown Princess Ilse": "Crown" is no title word of its own; with the title after it, it is the style's.)
  // ("Princes Tarquin and Rolf": the plural title, read as a word of the name, is the style of the first.)
  if (!honorific && !style && titleStart < 0 && run[i]?.text === 'Crown' && run.length - i >= 3) {
    const royal = royalStyle(['Crown', run[i + 1]!.text], run.slice(i + 2).map((t) => t.text));
    if (royal !== null) {
      style = royal;
      i += 2;
    }
  } else if (!honorific && !style && titleStart < 0 && run[i]?.text === 'Princes' && run.length - i === 2) {
    const royal = royalStyle(['Princes'], [run[i + 1]!.text]);
    if (royal !== null) {
      style = royal;
      i += 1;
    }
  }
  const nameTokens = run.slice(i);
  // "Prince Tarquin", "Crown Princess Ilse": a royal title before a lone given name is a style (royalStyles.ts).
  if (titleStart >= 0 && !honorific && !style && !roleOpener) {
    const titleWords = run.filter((t) => t.start >= titleStart && t.end <= titleEnd).map((t) => t.text);
    const royal = royalStyle(titleWords, nameTokens.map((t) => t.text));
    if (royal !== null) {
      style = royal;
      titleStart = -1;
      titleEnd = -1;
    }
  }
  // "a bid for Jo Doe I will speak": a pronoun opening the next clause is no part of the name.
  if (nameTokens.length >= 2 && nameTokens[nameTokens.length - 1]!.text === 'I' && FIRST_PERSON_AFTER.test(text.slice(nameTokens[nameTokens.length - 1]!.end, nameTokens[nameTokens.length - 1]!.end + 12))) nameTokens.pop();
  // "Bookmaker Tolbrokes said …": a firm's trade opening the sentence names the firm after it.
  if (i === 0 && nameTokens.length >= 2 && FIRM_NOUNS.has(nameTokens[0]!.text.toLowerCase())) {
    const firm = bodyOf(nameTokens.slice(1));
    out.organisations.push(firm);
    out.notPeople.add(firm.name);
    return;
  }
  // "St Bryce Kirk", "St Ninian Park": a saint's name opens the name of a church, a school or a town.
  if (!honorific && !style && i > 0 && /^(?:St|Saint)$/.test(run[i - 1]!.text)) return;
  // "the Lord Chancellor", "Lord Chief Justice": a style before title words only is an office, no name.
  // ("Mr Dean", "Mr Major" are names: only a style such as Lord reads as part of an office.)
  if (style && nameTokens.length > 0 && nameTokens.every((t) => TITLE_WORDS.has(stripPossessive(t.text)) || TITLE_QUALIFIERS.has(stripPossessive(t.text)))) return;
  if (nameTokens.length === 0) {
    // "the Home Office", "the Scottish Executive": title words all through, ending in a body's word,
    // with no name after them, name the body itself.
    const lastWord = stripPossessive(run[run.length - 1]!.text);
    if (run.length >= 2 && ORG_WORDS.has(lastWord)) out.organisations.push(bodyOf(run));
    return;
  }
  const first = nameTokens[0]!;
  const last = nameTokens[nameTokens.length - 1]!;
  const words = nameTokens.map((t) => stripPossessive(t.text));
  const phrase = words.join(' ');
  // "a Mickey Mouse outfit": a famous fictional character is no person, in any story.
  // ("King Kong": the run with its title word, which the name finder would otherwise cut to "Kong".)
  if (FICTIONAL_CHARACTERS.has(phrase) || FICTIONAL_CHARACTERS.has(run.map((t) => stripPossessive(t.text)).join(' '))) {
    out.notPeople.add(phrase);
    return;
  }
  const whole = run.map((t) => stripPossessive(t.text)).join(' ');

  // "goalkeeper Energy Quembadiro": a portfolio word read as the given name after a role (givenAfterRole) is
  // no body's word and no title here.
  const roleGiven = nameTokens.length === 2 && nameTokens[0] === run[0] && givenAfterRole(text, run);
  const titled = honorific !== null || style !== null || chainEnd > 0;
  // "Chief Executive Tom Reddle": a body's word inside the title before a name makes no body of the name.
  // ("Energy Information Administration": when what follows the title is no name, the run is the body.)
  const nameHead = nameTokens.length > 0 ? stripPossessive(nameTokens[0]!.text) : '';
  const bodyWordsFrom = titleEnd >= 0 && nameHead && !isCommonWord(nameHead) && !TITLE_WORDS.has(nameHead.slice(nameHead.lastIndexOf('-') + 1)) ? nameTokens : run;
  if (!titled && !roleGiven && (bodyWordsFrom.some((t) => ORG_WORDS.has(stripPossessive(t.text))) || isKnownOrganisation(whole) || isKnownOrganisation(phrase))) {
    out.organisations.push(bodyOf(run));
    return;
  }
  // "Sri Lankans", "Roman Catholics": a people or a faith.
  // ("Roma Czechs", "Welsh Britons": a plural nationality ends a group's name.)
  if (!titled && (groupName(words, isKnownPlace) || (words.length >= 2 && /\p{Ll}s$/u.test(words[words.length - 1]!) && isListedDemonym(words[words.length - 1]!.slice(0, -1))))) return;
  if (!titled && (isKnownPlace(phrase) || isKnownPlace(whole))) {
    out.places.push({ name: phrase, start: first.start, end: last.end - (isPossessive(last.text) ? 2 : 0) });
    return;
  }
  if (!titled && ORG_ENDINGS.test(words[words.length - 1]!) && words.length >= 2) {
    out.organisations.push(bodyOf(run));
    return;
  }
  if (!titled && words.every(isAcronym)) {
    if (words.length === 1 && COMMON_NOUN_ACRONYMS.has(words[0]!)) return;
    out.organisations.push(bodyOf(nameTokens));
    return;
  }
  if (words.length > 4) return;
  // "J, the band's frontman", "MacLeod- Henderson": a lone letter, or a word cut at a hyphen, is no name.
  if ((words.length === 1 && /^\p{Lu}$/u.test(words[0]!)) || words.some((w) => w.endsWith('-') || /\d/.test(w))) return;
  // "a Jo Doe-style tax cut", "Roe-esque": a name turned into a modifier describes a thing, not a person here.
  if (/-(?:style|esque|like|type|era|inspired|led|backed|sized)$/.test(words[words.length - 1]!)) return;
  // "Jo Doe Queen of the Isles", "the Life of Ann Roe King of Tidewater": a title word ending the run
  // before "of" opens an office or a work's title, not a surname.
  if (words.length >= 2 && TITLE_WORDS.has(words[words.length - 1]!) && /^\s+of\s+\p{Lu}/u.test(text.slice(last.end, last.end + 20))) return;
  // "Wanda And Colossus", "Tales Of Arcadia": a capitalised "And" or "Of" joins a title's words, never a name's.
  // "Freddy Vs Jason": a contest between two names is a work's or a match's title.
  if (words.length >= 3 && words.slice(1, -1).some((w) => /^(?:And|Of|The|In|On|At|For|To|Vs)$/.test(w))) return;
  // "Tambourine Man", "Iron Woman", "Harbour Boy": a character or a title, never a person's surname, even
  // after a courtesy title ("Mr Tambourine Man" is a song; a lone "Mr Man" is left to the other rules).
  if ((words.length >= 2 || (!honorific && !style)) && /^(?:Man|Woman|Men|Boy|Girl|Kid|Lady|Guy)$/.test(words[words.length - 1]!)) return;
  // "Emerald Isle", "Tanner Alley", "Stanley Park", "Marshall Plan": a place (or a plan, a fair), even after
  // a word that is also a first name.
  if (!honorific && !style && /^(?:Isle|Alley|Avenue|Boulevard|Square|Special|Distribution|Award|Awards|Prize|Medal|Lecture|Memorial|County|Parish|Borough|Township|Heights|Valley|Street|Road|Village|Beach|Springs|Falls|Park|End|Gardens|Plan|Fair|Show|Nights|Brother|Towers|Project|Mountain|Mountains|House|Pavilion|Marathon|Harbour|Book)$/.test(words[words.length - 1]!) && words.length >= 2) return;
  // "the Jo Doe Experience", "the Tolley Vance Orchestra": a band or an ensemble named after its leader.
  if (!honorific && !style && words.length >= 2 && /^(?:Experience|Orchestra|Band|Quartet|Quintet|Trio|Ensemble|Choir|Singers)$/.test(words[words.length - 1]!)) return;
  // "told BBC Lorna Vance that …": a broadcaster's name right before the name makes it a programme or a
  // channel of theirs ("told the BBC Jo Doe had …" is a clause; "BBC reporter Jo Doe" has a role between).
  if (!honorific && !style && /(?<!\bthe\s)\b(?:BBC|ITV|Sky|CNN|S4C|RTE)\s$/.test(text.slice(Math.max(0, first.start - 40), first.start))) return;
  // "Tolley Bay": a bay after a word that is no given name ("Jo Bay" may be someone).
  if (!honorific && !style && words.length >= 2 && words[words.length - 1] === 'Bay' && firstNameGender(words[0]!) === undefined) return;
  // "Santa Maria", "Los Alamos", "Fort Worth", "Mount Kenya": a place's first word, not a first name.
  // ("El Guerrah said" after "Hicham El Guerrah": a surname with its particle, which the full name gives.)
  if (!honorific && !style && words.length >= 2 && /^(?:Santa|San|Los|Las|La|El|Fort|Mount|Lake|Port|Camp|Saint|North|South|East|West|Upper|Lower|Greater|Central|Stade|Estadio|Stadio)$/.test(words[0]!) && !givenNameBefore(text, words)) return;
  // "BassettFlagShareLikeReply": words run together by a page's share buttons are no name
  // (McCain, DeSantis, VandeHei keep one inner capital; a run of buttons has several).
  if (words.some((w) => (w.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2)) return;
  // "BSkyB", "EMusic": two capitals before the lower-case letters make a brand, never a name.
  if (words.some((w) => /^\p{Lu}{2,}\p{Ll}/u.test(w))) return;
  // "WorldCom", "SpongeBob": a plain English word of four letters or more run into a capitalised second
  // part is a brand; a name's inner capital follows a short prefix ("McAdam", "DeLuca", "MacLeod", "FitzRoy").
  if (words.some((w) => { const head = /^(\p{Lu}\p{Ll}{3,})\p{Lu}/u.exec(w)?.[1]; return head !== undefined && isPlainWord(head); })) return;
  // "Production Diary", "Natural Motion", "Snappy Snaps": when every word is plain English that no names
  // list knows as a given name or a surname, the run is a title, a product or a firm, whatever role word
  // stands near it ("a general Production Diary", "a virtual actor"); a person's name has at least one
  // word a list knows as a name ("Andrew Motion", "Hazel Gilbert"). A courtesy title or style keeps it.
  if (!titled && words.length >= 2 && words.every((w) => isPlainWord(w))) return;
  // "J.J. Roe", "G.K. Roe": dotted initials the run joined across their full stop stand for given names.
  const initialsFirst = words.length >= 2 && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(words[0]!) && text.slice(nameTokens[0]!.end, nameTokens[1]!.start) === '. ';
  const bareInitials = undottedInitials(text, words);
  const knownFirst = words.length >= 2 && (firstNameGender(words[0]!) !== undefined || initialsFirst || bareInitials);
  const listedFirst = words.length >= 2 && isPersonalName(words[0]!) && !isEnglishWord(words[0]!);
  if (!titled && !knownFirst && !roleGiven && words.some((w) => NOT_NAME_WORDS.has(w) && !NAME_STYLES.has(w))) return;
  // "Prime Minister", "Foreign Secretary" are no names; "Rick Dean", "John Major" are (a first name first),
  // and so is "Labour MP Ulwenna King" (titleSurname).
  if (!titled && words.length >= 2 && ((TITLE_WORDS.has(words[words.length - 1]!) && !knownFirst && !(titleStart >= 0 && titleSurname(text, words))) || words.some((w, k) => w.length >= 2 && isAcronym(w) && !(k === 0 && (initialsFirst || bareInitials))))) return;

  const hasJobTitle = titleStart >= 0 && (roleOpener || run.slice(0, i).some((t) => TITLE_WORDS.has(t.text)));
  // "the Northern Hemisphere", "Defence Procurement", "Mother Nature": a title word before a lone dictionary
  // word no names list knows is the head of an office, a body or a phrase, not a person's surname
  // ("Captain Archer", "President Bush" are surnames the lists know).
  if ((titleStart >= 0 || style !== null) && words.length === 1 && plainWordOnly(words[0]!)) return;
  const before = text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start);
  const after = text.slice(last.end, last.end + 40);
  // "shares in Tolley Marsh", "economist at Tolley Marsh", "Tolley Marsh's chief executive", "drugmaker Dr
  // Tolley's": a firm, wherever the text names it, whatever names list knows its words (thingContext.ts).
  // A courtesy title does not save it: "Dr" is part of some firms' names ("brands such as Dr Tolley").
  const longBefore = text.slice(Math.max(0, run[0]!.start - 160), run[0]!.start);
  const afterName = text.slice(last.end - (isPossessive(last.text) ? 2 : 0), last.end + 40);
  if (firmContext(longBefore, afterName) || firmBefore(longBefore) || (!titled && firmInApposition(longBefore, afterName)) || (!titled && !hasJobTitle && whichAtSentenceStart(longBefore, afterName))) {
    out.organisations.push(bodyOf(nameTokens));
    out.notPeople.add(notPersonKey({ tokens: words, honorific, style }));
    return;
  }
  // "Hatton Mac, the region's second biggest lender", "told Harbourposten Daily": a body or a paper, here
  // and wherever else the text names it.
  if (!titled && (bodyName(words) || bodyAppositiveAfter(text.slice(last.end, last.end + 120)))) {
    out.organisations.push(bodyOf(run));
    out.notPeople.add(phrase);
    return;
  }
  // "1989's Quay Lights", "Quay Lights: The Long Tide", "Quay Lights star Jo Doe", "a song called Quay
  // Lights": a work or a character, wherever the text names it; "The Life of Jo Doe", "films such as Tin
  // Hearts and Jo Doe": here only, as a work may be named after a real person the text names as one.
  // "MP for Tolley North": a constituency; "the final at Tolley Park": a ground (thingContext.ts).
  // "dubbed him \"Sir Quill\"": a name alone in quotation marks is a nickname or a title, titled or not.
  if (/["\u201c]$/.test(before) && /^["\u201d]/.test(afterName)) return;
  // "Vell - real name Quentin Ray Tessot - had surgery": the name behind a stage name is the person the text
  // just named, not a second person of the index. (A stage name the finder did not take, "99 Pence, real
  // name …", leaves the real name as the person's only entry.)
  if (/\b(?:real|birth|original)\s+name(?:\s+(?:is|was))?[:,]?\s$/i.test(before)) {
    // The person is one the text names in full, there or before ("Tom Vell … Vell - real name …").
    const named = out.people[out.people.length - 1];
    const full = named !== undefined && out.people.some((p) => p.tokens.length >= 2 && p.tokens[p.tokens.length - 1] === named.tokens[named.tokens.length - 1]);
    if (named !== undefined && full && run[0]!.start - named.end <= 40) return;
  }
  if (!titled && words.length >= 2 && firstNameGender(words[0]!) === undefined && outletAfterTold(longBefore, afterName)) {
    out.organisations.push(bodyOf(run));
    out.notPeople.add(phrase);
    return;
  }
  // "It dates back to Codex Regius": a document or an age, wherever the text names it (thingContext.ts).
  if (!titled && words.length >= 2 && firstNameGender(words[0]!) === undefined && datesBackTo(longBefore)) {
    out.notPeople.add(phrase);
    return;
  }
  if (!titled && words.length >= 2 && bandBefore(afterName)) {
    out.notPeople.add(phrase);
    return;
  }
  // "star Jo Doe as teacher Lorna", "Jo Doe as Lorna", "Jo Doe as Captain Quill": one name alone (a title
  // before it or not) right after an actor's name and "as" is the part played. (A full name there is often the
  // real subject of a biopic, "as aviator Jo Roe", a person; a possessive is whose post it is: "named Jo Doe as
  // Ann Roe's successor".)
  const actor = out.people[out.people.length - 1];
  // "Jo Doe as his piano teacher Mrs Quill.": after "as his", "as her", only a name that ends the clause ("Jo Doe
  // spoke as his lawyer Mr Quill looked on" is a person watching).
  const ownedPart = /^\s+as\s+(?:his|her|their)\s+(?:[a-z-]+\s+){1,2}$/.test(text.slice(actor?.end ?? 0, run[0]!.start)) && /^\s*(?:[.,;:)]|and\s)/.test(afterName);
  if (words.length === 1 && !isPossessive(last.text) && actor !== undefined && actor.tokens.length >= 2 && (ownedPart || /^\s+as\s+(?:(?:the|a|an)\s+)?(?:(?!(?:well|much|many|soon|long|far|good|such|if|though)\s)[a-z-]+\s+){0,2}$/.test(text.slice(actor.end, run[0]!.start)))) {
    // A titled part ("as Captain Quill") is the character everywhere in the story ("Captain Quill and his crew …").
    if (titled || hasJobTitle) out.notPeople.add(notPersonKey({ tokens: words, honorific, style }));
    return;
  }
  // "star Jo Doe as the scheming aunt, Lorna Vance": a part described with "the" and set off by a comma is the
  // character, full name and all (a biopic's subject is named straight after "as": "as Jo Roe", "as aviator Jo Roe").
  if (words.length >= 2 && !isPossessive(last.text) && actor !== undefined && actor.tokens.length >= 2 && /^\s+as\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$/.test(text.slice(actor.end, run[0]!.start))) return;
  // "a song called Judge Lorna Vance", "a cartoon named Captain Quill": a work's title, whatever title word
  // opens it; "the King Quill Interactive category", "the Queen Tilly hotel": a thing named after someone.
  if ((titled || hasJobTitle) && words.length === 1 && titledCharacterBefore(afterName)) return;
  // "he attended Lewin Boys' School", "Tarvane's College": a possessive name before an institution's noun is
  // the school or the hospital named after someone (or a place), here.
  if (/^['\u2019]s?\s(?:School|College|Academy|Hospital|Infirmary|Institute)\b/u.test(afterName)) return;
  // "at the college's Tarrow Hall": a hall or a building an institution owns, named after someone, is a place.
  if (!titled && words.length >= 2 && /^(?:Hall|Building|Theatre|Library)$/.test(words[words.length - 1]!) && /\b(?:University|College|School|Institute|Academy|Hospital)['\u2019]s\s$/.test(before)) return;
  // "Tarvane and Quill's Jo Roe": one word, "and", a second name with a possessive and then someone named in
  // full is a firm of two founders' names employing that someone, not a person beside it.
  if (!titled && words.length === 1 && /^\s+(?:and|&)\s+\p{Lu}[\p{L}-]*['\u2019]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(afterName)) return;
  if (workCalledBefore(longBefore) || namedThingAfter(afterName) || eventNamedAfter(longBefore, afterName)) {
    if (words.length >= 2) out.notPeople.add(phrase);
    return;
  }
  if (!titled && !hasJobTitle) {
    // "Susan Tarrow's Lorna Vance": after a person's possessive, a name is a work of theirs (or their team),
    // never another person ("Quayside's Jo Doe": only a person's possessive counts, not a club's).
    const owner = out.people[out.people.length - 1];
    if (words.length >= 2 && owner !== undefined && owner.certain && owner.tokens.length >= 2 && firstNameGender(owner.tokens[0]!) !== undefined && /^['\u2019]s?\s$/.test(text.slice(owner.end, run[0]!.start))) return;
    // ("Quayside Rovers are …": a plural verb makes a team or a band of the name, wherever the story uses it (a
    // lone word is left to link/people.ts, which reads the same verb across the collection);
    // "worked with Jo Doe on Harbour Lights": what is worked on is a work, here.)
    const thing = workContext(longBefore, afterName) ?? placeContext(before, afterName) ?? (words.length >= 2 && groupVerbAfter(longBefore, afterName) ? 'text' : workedOnBefore(longBefore) ? 'mention' : null);
    if (thing !== null) {
      if (thing === 'text' && words.length >= 2) out.notPeople.add(phrase);
      return;
    }
  }
  const theOpener = i > 0 && /^(?:The|the)$/.test(run[i - 1]!.text) && i === 1;
  if (!honorific && !style && notAPersonHere(theOpener ? `${before}the ` : before, after, words, knownFirst, hasJobTitle)) {
    // A title or a character somewhere in the text is one everywhere in it ("the film Quay Lights" … "Quay Lights won").
    // So is a firm ("auditors Grant Thornton" … "Grant Thornton denied it").
    if (words.length >= 2 && (titleOrCharacter(before, after) || firmBefore(before))) out.notPeople.add(phrase);
    // "the band Tarnwood … Tarnwood moved to a farm": a lone word a band's or a work's noun introduces is
    // that band or work wherever the text writes it alone, and those mentions join no person who shares the
    // word ("Ada Tarnwood", after whom the band is named).
    if (words.length === 1 && !isPossessive(last.text) && UNAMBIGUOUS_WORK_NOUNS.has(/([a-z]+)\s$/.exec(before)?.[1] ?? '')) out.notPeople.add(phrase);
    return;
  }
  const roleBefore = /(?:^|[\s(])([a-z][\w-]*)\s$/.exec(before);
  const roleNounBefore = roleBefore !== null && ROLE_NOUNS.has(roleBefore[1]!);
  const speechAround =
    /\b([a-z]+)\s$/.test(before) && SPEECH_VERBS.has(/\b([a-z]+)\s$/.exec(before)![1]!) ||
    (/^\s([a-z]+)\b/.test(after) && SPEECH_VERBS.has(/^\s([a-z]+)\b/.exec(after)![1]!));
  const appositive = /^,\s+(?:the|a|an|who|whose|[a-z]+[\w-]*|\p{Lu}[\w-]*['\u2019]s|aged|\d+)\b/u.test(after);

  const appositiveMatch = /^,\s+(?:(?:the|a|an)\s+)?((?:[\p{L}'\u2019-]+\s+){0,4}?)([\p{L}-]+)\b/u.exec(after);
  // The whole appositive up to its closing comma: "Ann Bray, the union's general secretary, said".
  const appositivePhrase = /^,\s+([^,.;:"]{1,80})/u.exec(after)?.[1] ?? '';
  const appositiveWords = appositivePhrase.split(/\s+/).slice(0, 8).map((w) => stripPossessive(w).toLowerCase());
  const appositiveRole =
    (appositiveMatch !== null && [...(appositiveMatch[1] ?? '').split(/\s+/), appositiveMatch[2]!].some((w) => ROLE_NOUNS.has(w.toLowerCase()))) ||
    appositiveWords.some((w) => ROLE_NOUNS.has(w));
  let person: boolean;
  let certain: boolean;
  // "Dr No", "Dr Who", "Mr Nobody": a title before a closed-class word names a film, a show or a character.
  if (titled && words.length === 1 && NEVER_SURNAMES.has(words[0]!)) return;
  // "Mr Nasty", "Mr Grumpy": a courtesy title before a plain English word that no names list knows as a
  // given name or a surname is a nickname or a character ("Mr Short", "Mr Field": the surname lists know them).
  if (honorific !== null && style === null && words.length === 1 && plainWordOnly(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return;
  if (titled) {
    person = true;
    certain = true;
  } else if (words.length >= 2) {
    const lastWord = words[words.length - 1]!;
    const strong = hasJobTitle || roleNounBefore || speechAround || appositiveRole;
    // "champion Hicham El Guerrah", "said Ana De Lucca": with a person's context, a capitalised particle
    // inside a name is part of the surname, not a dictionary word.
    // ("Jo van der Veer": a chain of two lower-case particles inside a capitalised name is the surname's,
    // whoever the lexicon says "van" is; a lone "de" may still glue a body or a place, "Chambre de Commerce".)
    const chained = (k: number): boolean => PARTICLES.has(words[k]!) && (PARTICLES.has(words[k - 1] ?? '') || PARTICLES.has(words[k + 1] ?? ''));
    const common = words.filter((w, k) => isCommonWord(w) && !isKnownSurname(w) && !(k > 0 && k < words.length - 1 && (chained(k) || (strong && NAME_PARTICLES.has(w)))));
    if (knownFirst) person = true;
    else if (isKnownPlace(lastWord)) person = false;
    // "Thierry Henry", "Vijay Mallya": a given name compromise does not know but the people-names list does
    // (and English does not), before a surname the text also uses on its own ("Henry scored").
    else if (listedFirst && words.length === 2 && !isKnownPlace(words[0]!) && !isEnglishWord(lastWord) && surnameAlone(text, words[0]!, lastWord)) person = true;
    else if (common.length === 0) {
      // "Novak Djokovic": a first word the lexicon files as a surname is still no dictionary word.
      // "Gael Monfils … Monfils, who …": two words no list knows, the second also used on its own, are a
      // first name and a surname (a body's short form keeps its first word: "Merrill said").
      const unknownWords = words.every((w) => isUnknownWord(w) || isKnownSurname(w));
      person = strong || appositive || isKnownSurname(lastWord) || (unknownWords && (looksLikeSurname(lastWord) || unknownPairWithSurname(text, words) || countrysCompetitor(text, before, run, words) || namesListPair(words)));
    } else {
      // "Hazel Gilbert": a first name that is also a dictionary word needs a person's context.
      // "Dagny Frost": an unfamiliar first name before a surname that is also a dictionary word, likewise.
      person =
        strong &&
        common.length === 1 &&
        (common[0] === words[0] ? !isCommonWord(lastWord) : common[0] === lastWord && words.length === 2 && isUnknownWord(words[0]!));
      // "said Sung Won Seo, chief economist at …": given names made of dictionary words (common in Korean
      // and Chinese names) before a surname no dictionary knows, with both a speech verb and a role in
      // apposition: only a person is introduced so.
      if (!person && speechAround && appositiveRole && words.length <= 3 && !isCommonWord(lastWord) && !isPlainWord(lastWord)) person = true;
    }
    // "Young People", "Nighty Night", "P&O Cruises": a run ending in a plain English word that no list
    // gives as a name is a title or a body, unless a person's context says otherwise ("rapper Dizzee
    // Rascal"); after a known first name it is a surname ("Desmond Tutu", "Mark Oaten").
    if (!knownFirst && isPlainWord(lastWord)) person &&= strong;
    certain = person;
    // Any other two- or three-word run may still be confirmed later by a titled short form ("Ms James",
    // "Mr Stone"); people.ts drops it otherwise.
    person = person || (words.length <= 3 && !isKnownPlace(lastWord));
  } else {
    // A single capitalised word: a surname or first-name reference to someone named in full elsewhere;
    // people.ts keeps it only when it matches such a person.
    // "said Dunmore resident Jo Roe", "Kestrel striker Jo Roe": a word before a role noun and a name is the
    // place or the employer that describes the person, never the person.
    const describes = /^\s+([a-z][a-z-]+)\s+\p{Lu}\p{Ll}/u.exec(after);
    if (describes && (ROLE_NOUNS.has(describes[1]!) || DWELLERS.has(describes[1]!))) return;
    // "said market analyst Quorvix": a research firm (thingContext.ts).
    if (MARKET_ANALYST_BEFORE.test(before)) {
      out.organisations.push(bodyOf(nameTokens));
      return;
    }
    // "Quayside have sacked their coach", "Quayside were beaten": a lone word that takes a plural verb is a
    // club, a band or a firm in British usage, never one person (one of several joined by "and" is, and so
    // is the subject after "did" or a modal, and the object of a preposition: "results under Roe have been
    // poor"). It is no person in any story that nobody vouches for. (A plain
    // English word no names list knows, "Sales are up", is no name to rule out.)
    const plainWord = isEnglishWord(words[0]!.toLowerCase()) && firstNameGender(words[0]!) === undefined && !isKnownSurname(words[0]!);
    if (!isPossessive(last.text) && !isCommonWord(words[0]!) && !plainWord && /^\s+(?:have|are|were)\b/.test(after) && !/(?:\b(?:and|or|nor|did|do|does|would|could|should|might|must|will|can|shall|under|with|by|for|from|of|to|at|against|behind|over|like|than|without|including|between|about|after|before)|&|,)\s*$/.test(before)) {
      out.notPeople.add(words[0]!);
      out.pluralBodies.add(words[0]!);
      return;
    }
    person = true;
    // A speech verb next to it (`Rourke said`, `said Rourke`) makes a lone surname or stage name a
    // speaker even when the article never gives the full name.
    // Bodies speak too (`Deloitte said`, `the Sun said`): only a word the lexicon knows as a name counts.
    const word = words[0]!;
    const nameLike = (isKnownSurname(word) || firstNameGender(word) !== undefined) && !/\b(?:the|The)\s$/.test(before);
    // "rapper Quillo", "singer Marabel": a role noun right before a lone name introduces a stage name.
    // ("Quiz Night producer Zentavo", "games developer Quorvix": a trade a firm carries on, before one word no
    // names list knows, introduces the firm, not a stage name (thingContext.ts); unless it speaks there:
    // "Film producer Tolvanka said …".)
    const occupationBefore = roleNounBefore && !RELATIONS.has(roleBefore[1]!) && !(FIRM_OR_PERSON_TRADES.has(roleBefore[1]!) && !nameLike && !speechAround);
    // "who goes only by his online moniker Zark", "nicknamed Zark": a handle or a nickname is what a person goes by.
    // (Not a named person's: "Roe, nicknamed Zark, said" and "Jo Roe - known by his nickname Zark -" are Roe.)
    const alias = ALIAS_BEFORE.exec(longBefore);
    const aliasBefore = alias !== null && !/\p{Lu}[\p{L}'\u2019-]*\s*[,(\u2013\u2014-]\s*(?:known\s+(?:only\s+)?(?:by|as)\s+)?$/u.test(longBefore.slice(0, alias.index));
    // "Democratic Members of Congress": the lexicon lists "member", not its plural.
    const lower = word.toLowerCase();
    const pluralNoun = GROUP_NOUNS.has(lower) || (/[^s]s$/.test(lower) && ROLE_NOUNS.has(lower.slice(0, -1)));
    // "his wife, Nell,", "their children Ada, 9, and Bryn": a relative named by given name alone (kinNamed.ts).
    if (!isKnownPlace(word) && !isKnownOrganisation(word) && namedByKin(longBefore.slice(-80))) {
      certain = true;
    } else certain =
      (hasJobTitle || occupationBefore || aliasBefore || (speechAround && nameLike)) &&
      !isCommonWord(word) &&
      !pluralNoun &&
      !isKnownPlace(word) &&
      // "General Election", "head of Trade Policy": a word the same text also writes in lower case is a
      // common noun there, not a surname (searched last: it reads the whole text).
      (honorific !== null || style !== null || !writtenInLowerCase(text, lower));
  }
  if (!person) return;
  const endOffset = last.end - (isPossessive(last.text) ? 2 : 0);
  const mentionStart = honorific || style ? run[i - 1]!.start : first.start;
  out.people.push({
    // "G.K. Roe" keeps the full stop of its initials, as the text writes them.
    tokens: initialsFirst ? [`${words[0]!}.`, ...words.slice(1)] : words,
    start: mentionStart,
    end: endOffset,
    nameStart: first.start,
    honorific,
    style,
    title: hasJobTitle ? { start: titleStart, end: titleEnd } : null,
    possessive: isPossessive(last.text),
    certain,
  });
}

/**
 * "Cate Blanchett", "Arjen Robben": two words compromise's lexicon does not know, both in the people-names list and
 * neither an English word nor a place, are a given name and a surname even when the text gives them no context
 * and never uses the surname alone (an award list, a team's scorers). Bodies named like people ("Goldman Sachs")
 * are caught before this, by the firm checks and the organisations list.
 */
function namesListPair(words: readonly string[]): boolean {
  return words.length === 2 && words.every((w) => isPersonalName(w) && !isEnglishWord(w.toLowerCase()) && !isKnownPlace(w));
}

/** "AS Roma", "SS Lazio", "FC Porto": a club's letters before its town, never a person's initials. */
const CLUB_PREFIXES: ReadonlySet<string> = new Set(['AC', 'AS', 'FC', 'SC', 'SS', 'SV', 'CD', 'CF', 'RC', 'AFC', 'US', 'UD', 'SL', 'FK', 'NK', 'PSV', 'AZ', 'SK', 'BK', 'IF']);

/**
 * "PJ Roe", "JRR Vell": two or three capitals before a surname are a person's initials written without
 * stops, as British papers often write them, when the capitals stand nowhere else in the text (a body's
 * initials do: "UBS Warburg … UBS said") and the word after them is a surname no dictionary, place or body
 * list claims.
 */
function undottedInitials(text: string, words: readonly string[]): boolean {
  if (words.length !== 2 || !/^\p{Lu}{2,3}$/u.test(words[0]!)) return false;
  const [initials, surname] = words as [string, string];
  if (isKnownOrganisation(initials) || isKnownPlace(initials) || ORG_WORDS.has(surname) || isKnownPlace(surname) || isEnglishWord(surname.toLowerCase())) return false;
  if (!(isKnownSurname(surname) || isPersonalName(surname)) || CLUB_PREFIXES.has(initials)) return false;
  const alone = new RegExp(String.raw`(?<![\p{L}\d])${initials}(?![\p{L}\d])(?!\s+${escapeRegExp(surname)}(?![\p{L}\d]))`, 'u');
  return !alone.test(text);
}
