/**
 * Reading the noun phrase that names who speaks, either starting at a position (`said ___`) or
 * ending at one (`___ said`), and turning it into a guess: a person (by name, pronoun or
 * description), an organisation (by name, or its unnamed spokesperson), or a group.
 */
import { questionPutTo } from '../questioned.ts';
import { BODY_SPEAKS, lastSpeakingBody } from '../speakingBodies.ts';
import { ATTRIBUTION_VERBS, SPEECH_VERBS, CLAUSE_OPENERS, COURTESY_TITLES, FIRST_PERSON_SINGULAR, GROUP_NOUNS, isDemonym, ORG_WORDS, ROLE_NOUNS, SPOKES_WORDS, TITLE_WORDS } from '../lexicon.ts';
import { unnamedReporterBetween } from '../unnamedReporter.ts';
import { firstNameGender, isKnownOrganisation, isKnownPlace, isKnownSurname, isNominal, isUnknownWord } from '../nameLexicon.ts';
import { PRESS_NOUNS } from '../namedBodies.ts';
import { firstMentionFrom, oneEditOrLess, personName, type Mention } from '../people.ts';
import { insideQuotation } from '../quotedRanges.ts';
import { isPartyName, partyName } from '../partyNames.ts';
import { SENTENCE_BREAK } from '../sentences.ts';
import { epithetAntecedent } from './epithets.ts';
import { otherSideDescriptionBetween, otherSideOf } from './otherSideDescription.ts';
import { holdsOtherOffice, isPresidingRole, OTHER_OFFICE } from '../offices.ts';
import { BODY_NAME_TAIL } from '../shortForms.ts';
import type { ArticleContext, Guess, QuoteRange } from './types.ts';
import { escapeRegExp } from '../../../content/escapeRegExp.ts';
import { possessorOfAnother } from '../possessorRoles.ts';
import { clauseOpeningBefore } from './clauseAfterHead.ts';

const CAP_WORD = String.raw`[\p{Lu}][\p{L}\p{N}&'\u2019.\-]*`;
/** A capitalised name (with "of", "for", "&" inside) that ends a stretch of text, with any "(ACRONYM)" after it. */
const TRAILING_NAME = new RegExp(String.raw`(?:^|[\s(])(?:the\s+)?(${CAP_WORD}(?:\s+(?:of|for|and|on|&|de|${CAP_WORD}))*)(?:\s+\(\p{Lu}{2,}\))?$`, 'u');
const ORG_PHRASE = new RegExp(String.raw`^(?:the\s+)?(${CAP_WORD}(?:\s+(?:of|for|and|on|&|de|${CAP_WORD}))*)`, 'u');

function mentionEndingAt(ctx: ArticleContext, docEnd: number): Mention | undefined {
  const mentions = ctx.people.mentions;
  for (let i = firstMentionFrom(mentions, docEnd + 1) - 1; i >= 0 && mentions[i]!.start > docEnd - 80; i--) {
    const m = mentions[i]!;
    if (m.end === docEnd || (m.possessive === false && m.end + 1 === docEnd)) return m;
  }
  return undefined;
}

/**
 * "(D-Ore.)", "(R-N.Y.)", "(I-Vt.)" right before a verb: a US legislator's party and state after the name.
 * ("Gov. Jo Roe (R-OH), said": a comma the writer left after the bracket too; "Gov. Jo Roe (R) blamed", "Sen. Jo
 * Roe (Tex.) has said": the party alone, or the state's abbreviation alone.)
 */
const PARTY_STATE_BEFORE = /\s*\((?:(?:[DRI]|Dem|Rep|Ind)(?:-[A-Z][A-Za-z. ]{0,14})?|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2})\)\s*,?\s*$/;

/** A clause after a head that only a person takes: "who" ("whose" is a body's too), or a person's trade in apposition. */
const PERSON_CLAUSE = /^,\s+who\b|^,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|activist|strategist|aide|adviser|advisor|lawyer|attorney|professor|congressman|congresswoman|delegate|voter|resident|student|retiree|veteran|chairman|chairwoman|candidate|nominee|founder|economist|columnist|commentator|pollster|donor|historian)\b/;

/** A relative clause with no comma inside, from its opening comma to the comma before the verb. */
const LONG_RELATIVE = /,\s+(?:who|which)\s(?:[^,"\u201c\u201d.!?]|[.!?](?!\s)){80,300},$/;
const RELATIVE_THEN_VERB = /^,\s+who\s(?:[^,"\u201c\u201d.!?]|[.!?](?!\s)){2,300},\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|added|warned|insisted|argued|explained|admitted|claimed)\b/;

/** An aside between dashes, then a verb of saying: "Jo Roe - who was cleared on appeal - said". */
const ASIDE_THEN_VERB = /^\s[-\u2013\u2014]\s[^-\u2013\u2014"\u201c\u201d.!?]{2,160}\s[-\u2013\u2014]\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|added|warned|insisted|argued|explained|admitted|claimed)\b/;

/** Someone's role opening the sentence and a comma: "Pell's lawyer, " before a name in apposition. */
const POSSESSED_ROLE_THEN_APPOSITION = /^\s*(?:(?:But|And|However|Meanwhile),?\s+)?\p{Lu}[\p{L}-]*['\u2019]s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?:(?:Mr|Mrs|Ms|Dr)\s+)?$/u;

/** A role opening the sentence and a comma: "The Attorney General, Lord " before a name in apposition. */
const ROLE_THEN_APPOSITION = /^\s*(?:(?:But|And|However|Meanwhile),?\s+)?[Tt]he\s+(?:[\p{L}'\u2019-]+\s+){0,4}[\p{L}-]+,\s+(?:(?:Lord|Lady|Sir|Dame|Mr|Mrs|Ms|Dr)\s+)?$/u;

/**
 * A mention that is the subject of its sentence or of a speech verb: "Mr Balls, who …, had suggested
 * that Mr Brown would …" — a later "he" means Mr Balls, the subject, not Mr Brown.
 */
export function isSubjectMention(text: string, m: Mention): boolean {
  if (m.possessive || m.heading) return false;
  // Look back a bounded window only: the lead that matters is a few words long.
  const windowStart = Math.max(0, m.start - 120);
  const window = text.slice(windowStart, m.start);
  // (A question or an exclamation ends a sentence as a full stop does: "… in computing? Jo Roe, editor of X, …")
  const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. ') + 1, window.lastIndexOf('? ') + 1, window.lastIndexOf('! ') + 1, window.lastIndexOf('" ') + 1);
  const lead = cut < 0 && windowStart > 0 ? window : window.slice(cut + 1);
  if (isSubjectLead(lead)) return true;
  // "Late try scorer Jo Roe is wary …", "Two-goal hero Jo Roe has …": a short description the role lists lack
  // opens the sentence, and a finite verb follows the name.
  if (describedSubject(lead) && CLAUSE_VERB_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  // "The win lifted Harlow to third and Venn is sure they can catch the leaders": the subject of a clause joined
  // by "and" or "but" (a finite verb follows the name) is whom a "he" in the next sentence means, over the
  // subject of the clause before.
  // (Not the last of a list, "Youngsters Jo Roe, Ann Lee and Tom Bell would be options", whose members share the
  // verb, nor a name inside a quotation.)
  if (andThenRole(lead) && !LISTED_BEFORE_AND.test(lead) && !/["\u201c\u201d]/.test(lead) && CLAUSE_VERB_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  // "…, according to promoter Ian Rees. He added": the source a sentence gives is who speaks in it.
  if (/\baccording\s+to\s+(?:(?:the\s+)?[a-z-]+\s+){0,3}$/.test(lead)) return true;
  const after = text.slice(m.end, m.end + 40);
  // "The Attorney General, Lord Roe, has …": the name in apposition to a role that opens the sentence.
  // ("Pell's lawyer, Jo Roe, reacted …": the role may be someone's.)
  if ((ROLE_THEN_APPOSITION.test(lead) || POSSESSED_ROLE_THEN_APPOSITION.test(lead)) && after.startsWith(',')) return true;
  // "The musical's director is Jo Doe, best known for …": a person introduced by a copula after a role is
  // the new topic, and a "he said" that follows means them.
  const copula = /(?:^|\s)([a-z-]+)\s+(?:is|was)\s+$/.exec(lead);
  if (copula && ROLE_NOUNS.has(copula[1]!) && !/,/.test(lead)) return true;
  // "Mr Roe, who edits the paper, said": the antecedent of a relative clause that a speech verb follows.
  if (RELATIVE_THEN_VERB.test(text.slice(m.end, m.end + 340))) return true;
  // "Jo Roe - who was cleared on appeal - said": the same aside between dashes.
  if (ASIDE_THEN_VERB.test(text.slice(m.end, m.end + 200))) return true;
  if (/^,?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|added|warned|insisted|argued|explained|admitted|claimed)\b/.test(after)) {
    // "Mr Roe, who … the death of Ken Dobby, said": the name ends a relative clause, not the subject.
    return !LONG_RELATIVE.test(text.slice(Math.max(0, m.start - 300), m.end + 1));
  }
  // "…," said Jo Roe. — an inverted attribution; but "said Jo Roe "should resign"" reports what was said
  // about Roe, whose name only opens the reported clause.
  if (/\b(?:said|says|added|told)\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start)) && !/^\s+["\u201c\p{Ll}]/u.test(text.slice(m.end, m.end + 2))) return true;
  // "…," said the chairman of the committee, Labour MP Jo Roe.": the speaker named at the end of an
  // inverted attribution, after their description, is the subject a later "he wrote" means.
  if (!/^[.!?]/.test(text.slice(m.end, m.end + 1))) return false;
  const before = text.slice(Math.max(0, m.start - 140), m.start);
  if (/["\u201d]\s*(?:said|says|added)\s+(?:the\s+)?[a-z][^."\u201c\u201d]{0,110}$/.test(before)) return true;
  // "…," said Kestrel spokesman Jo Roe.": the same with a capitalised employer before the role.
  const employer = /["\u201d]\s*(?:said|says|added)\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,4})([a-z-]+\s+){1,2}$/u.exec(before);
  return employer !== null && employer[2]!.trim().split(/\s+/).some((w) => ROLE_NOUNS.has(w));
}

/** A finite verb right after a name, opening its clause: " is confident", " has also said". */
const CLAUSE_VERB_AFTER = /^\s+(?:also\s+|still\s+)?(?:is|was|has|had|will|would|could|can|believes|believed|thinks|thought|feels|felt|insists|insisted|says|said|admits|admitted|hopes|hoped|wants|wanted|knows|knew|remains|remained|expects|expected|sees|saw)\b/;

/**
 * "… and ", "… but captain ", "… but the club's coach ": a clause joined by "and" or "but" opening on its
 * subject, who may carry a role word or two ("but captain Jo Roe sees hope").
 */
const AND_THEN_ROLE = /\s(and|but)\s+(?:(?:the\s+)?(?:[a-z-]+\s+)?[a-z-]+\s+)?$/;
function andThenRole(lead: string): boolean {
  const m = AND_THEN_ROLE.exec(lead);
  if (!m) return false;
  const words = m[0].trim().split(/\s+/).slice(1).filter((w) => w !== 'the');
  // (Only after "but", which turns to a new person: "… and coach Jo Roe has been deprived of …" is often an
  // aside in a story about someone else. Every word before the name describes it: "but suggesting presenter
  // Jo Roe would …" makes the name an object.)
  return words.length === 0 || (m[1] === 'but' && ROLE_NOUNS.has(words.at(-1)!) && words.every((w) => ROLE_NOUNS.has(w) || (isNominal(w) && !/(?:ing|ed|ly)$/.test(w))));
}

/** "…, Ann Lee and ": a name after a comma right before "and" — the end of a list of names. */
const LISTED_BEFORE_AND = /,\s*\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*\s+and\s+$/u;

const OPENERS = /^(?:But|And|However|Meanwhile|Now|Earlier|Later|Separately|The|the)$/;
const LEAD_PREPOSITIONS = new Set(['with', 'without', 'for', 'from', 'to', 'by', 'of', 'in', 'on', 'at', 'after', 'before', 'under', 'against', 'despite', 'like', 'unlike', 'about', 'towards', 'toward', 'than', 'beside', 'behind', 'including']);

/**
 * "Realising his error, Mr Roe …", "In a statement, Jo Roe …", "To a full hall in Dunmore, Mr Roe …": a phrase
 * that opens the sentence with a participle or a preposition and ends at a comma leaves the name after it as the subject.
 */
const INTRODUCTORY_PHRASE = /^\s*(?:(?:But|And|However|Meanwhile|Now|Then),?\s+)?(?:\p{Lu}\p{Ll}+ing|Asked|In|On|At|After|Before|Despite|Later|Earlier|Last|Having|To|With|From|Under|Amid|Outside|Inside|Within|Throughout|Through|Since|Over|Without|Among|Upon|Ahead)(?:\s[^,;:"\u201c\u201d]{0,80})?,\s*$/u;

/** A subordinate clause opening the sentence up to its comma: "As Tory leader Jo Roe opened his campaign, ". */
const SUBORDINATE_OPENING = /^\s*(?:(?:But|And|Meanwhile|Now),?\s+)?(?:As|When|While|Whilst|Although|Though|Because|Since|If|Once|Until|Unless)\s[^,;:"\u201c\u201d.!?]{3,100},\s+/u;

/** "However, Jo Roe, …": a connective and its comma before the subject. */
const CONNECTIVE_WITH_COMMA = /^\s*(?:However|Meanwhile|But|And|Yet|Still|Instead|Separately|Elsewhere|Now|Then|Also),\s*/;

/** A capitalised title word and the preposition inside the title: "Secretary to the ", "Minister for ". */
const TITLE_PREPOSITION = /(\p{Lu}\p{Ll}+)\s+(?:to|of|for)\s+(?:the\s+)?(?=\p{Lu})/gu;

/** A role word, "of" or "for", then one or two lower-case words ending the lead: "Director of rugby ". */
const ROLE_OVER_FIELD = /(\p{L}+)\s+(?:of|for)\s+[a-z-]+(?:\s+[a-z-]+)?\s+$/u;

/** Only an opener and role words before the name: "But shadow home secretary X …", "Nato's chief X". */
export function isSubjectLead(rawLead: string): boolean {
  if (INTRODUCTORY_PHRASE.test(rawLead)) return true;
  // "As Tory leader Jo Roe opened his campaign, the Green leader Ann Bell …": a subordinate clause and its comma
  // open the sentence; role words after the comma still lead to the main clause's subject.
  const subordinate = SUBORDINATE_OPENING.exec(rawLead);
  if (subordinate && subordinate[0].length < rawLead.length && isSubjectLead(rawLead.slice(subordinate[0].length))) return true;
  // "However, Jo Roe, head of the union, said": a connective and its comma open the sentence, not a clause.
  const lead = rawLead.replace(CONNECTIVE_WITH_COMMA, '');
  if (/,/.test(lead)) return false;
  // "Chief Secretary to the Admiralty Jo Roe", "Minister for Harbours Jo Roe": the preposition is the title's.
  const untitled = lead
    .replace(TITLE_PREPOSITION, (all, title: string) => (ROLE_NOUNS.has(title.toLowerCase()) ? `${title} ` : all))
    // ("Director of rugby Jo Roe", "head of research Jo Roe": a role and the field it is over, in lower case.)
    .replace(ROLE_OVER_FIELD, (all, role: string) => (ROLE_NOUNS.has(role.toLowerCase()) ? `${role} ` : all));
  const words = untitled.trim().split(/\s+/).filter(Boolean);
  if (words.length > 6) return false;
  // "With Jo Roe", "For Jo Roe's sake": a preposition makes the name its object, whatever its case.
  if (words.some((w) => LEAD_PREPOSITIONS.has(w.toLowerCase()))) return false;
  return words.every((w, i) => (i === 0 && OPENERS.test(w)) || /^[\p{Lu}\p{N}]/u.test(w) || ROLE_NOUNS.has(w) || (/^[a-z-]+$/.test(w) && isNominal(w) && !/^(?:the|a|an|and|or|that|this|it)$/.test(w)));
}

/**
 * A lead of two to four words that could only describe who follows: a capital first (it opens the sentence),
 * no comma or quotation mark, no preposition, article, pronoun or verb in the past among them.
 */
function describedSubject(lead: string): boolean {
  if (/[,;:"\u201c\u201d()]/.test(lead)) return false;
  const words = lead.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4 || !/^\p{Lu}[\p{Ll}-]+$/u.test(words[0]!) || OPENERS.test(words[0]!)) return false;
  if (/^(?:He|She|They|We|I|It|There|This|That|These|Those|His|Her|Their|Its|Our|My)$/.test(words[0]!)) return false;
  // (The last word names what the person is: "He said Kestrel Mutual was …" is no description.)
  const last = words.at(-1)!;
  if (!ROLE_NOUNS.has(last) && !isNominal(last)) return false;
  return words.slice(1).every((w) => /^[a-z][a-z-]*$/.test(w) && !LEAD_PREPOSITIONS.has(w) && !ATTRIBUTION_VERBS.has(w) && !SPEECH_VERBS.has(w) && !/ed$|ing$|ly$/.test(w) && !/^(?:the|a|an|and|or|but|that|this|it|he|she|they|we|his|her|their|its|is|was|as|so|then|when|while|if)$/.test(w));
}

/** People named inside the quotation. */
function namedInside(ctx: ArticleContext, quote: QuoteRange): Set<number> {
  const named = new Set<number>();
  for (let i = firstMentionFrom(ctx.people.mentions, quote.start); i < ctx.people.mentions.length; i++) {
    const m = ctx.people.mentions[i]!;
    if (m.start >= quote.end) break;
    named.add(m.person);
  }
  return named;
}

/**
 * A name that runs straight into a quotation (`Mr Roe "made the calls," she said`, `said Mr Roe "should
 * resign"`) is what the quotation is said of, not who says it.
 */
export function runsIntoQuotation(text: string, m: Mention): boolean {
  return !m.possessive && /^\s+["\u201c]/.test(text.slice(m.end, m.end + 3));
}

/**
 * Adds to `named` the people of whom the sentence quotes something before `docPos`: in
 * `Mr Roe "made the calls," she told the court, saying he had "a fine head for figures"` Mr Roe's name runs
 * straight into the quotation, so he is what is said of, and "she" is somebody else.
 */
function quotedSubjectsBefore(ctx: ArticleContext, docPos: number, named: Set<number>): Set<number> {
  const text = ctx.doc.text;
  const windowStart = Math.max(0, docPos - 400);
  let sentenceStart = windowStart;
  for (const end of text.slice(windowStart, docPos).matchAll(/[.!?]["\u201d]?\s+/g)) sentenceStart = windowStart + end.index + end[0].length;
  for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i]!;
    if (m.start < sentenceStart) break;
    if (runsIntoQuotation(text, m)) named.add(m.person);
  }
  // "Mr Roe has failed the schools, he claimed, saying …": a reporting clause set off after what was reported
  // names its speaker; the people that report is about are not who "he" means.
  const tail = text.slice(docPos, docPos + 40);
  if (/,\s*$/.test(text.slice(sentenceStart, docPos)) && /^\p{L}+\s+(?:also\s+)?(?:claimed|argued|insisted|alleged|complained|warned|said|added)(?:\s*[,.;]|\s+(?:saying|adding))/u.test(tail)) {
    for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0 && ctx.people.mentions[i]!.start >= sentenceStart; i--) named.add(ctx.people.mentions[i]!.person);
  }
  return named;
}

/** "Of Jo Roe, he said", "About Ann Bell, she added": the mention opens its sentence as the topic of the pronoun just after it. */
function frontedTopicOf(text: string, m: Mention, docPos: number): boolean {
  return /(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:Of|About|On)\s+$/.test(text.slice(Math.max(0, m.start - 12), m.start)) && /^['\u2019]?s?,\s*$/.test(text.slice(m.end, docPos));
}

/** A name between an article and a lower-case noun: "an Ivo Tarrant strike". */
function attributive(text: string, m: Mention): boolean {
  return !m.possessive && /\b(?:[Aa]n?|[Tt]he)\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^\s+[a-z]/.test(text.slice(m.end, m.end + 2));
}

/** "Avotte campaign manager Jo Roe": the mention, then one to three lower-case words ending in a role, then a capital. */
function modifiesRoleBeforeName(text: string, m: Mention): boolean {
  if (m.possessive) return false;
  const role = /^\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+\p{Lu}/u.exec(text.slice(m.end, m.end + 60));
  const last = role?.[1]!.split(/\s+/).at(-1);
  return last !== undefined && (isRole(last) || ALLY_NOUNS.has(last));
}

/** Someone's side rather than a job: "Clanton ally Jo Roe", "Roe confidant Ann Bell". */
const ALLY_NOUNS = new Set(['ally', 'confidant', 'confidante', 'associate', 'backer', 'loyalist', 'protege', 'protégé']);

/**
 * The person a he/she means: the latest subject of matching gender nearby, else the latest mention; never
 * someone the quotation itself names.
 */
export function resolvePronoun(ctx: ArticleContext, docPos: number, gender: 'male' | 'female', quote?: QuoteRange): Guess | null {
  const named = quotedSubjectsBefore(ctx, docPos, quote ? namedInside(ctx, quote) : new Set<number>());
  const described = describedSince(ctx, docPos, gender, named, quote);
  if (described) return described;
  const prompted = promptedToSpeak(ctx, docPos, gender, named);
  if (prompted !== undefined) return prompted;
  const epithet = epithetAntecedent(ctx, docPos, gender, named);
  if (epithet) return epithet;
  // "Club director Jo Roe met Tam Bell. The former Wales international said": not the director.
  if (otherSideDescriptionBetween(ctx, docPos, gender, named)) return null;
  let latest: Mention | undefined;
  let fallback: Mention | undefined;
  for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i]!;
    if (m.heading) continue;
    // "I said to Harry …," he said: someone the quotation names is spoken to or about, not speaking.
    if (named?.has(m.person)) continue;
    // Nor is anyone an earlier quotation names: the narration's "he" means who spoke it, not whom it praised.
    if (insideQuotation(ctx.doc, m.start)) continue;
    // Nor a name given as an example in a list ("after five players, including skipper Jo Roe, left").
    if (inExampleList(ctx.doc.text.slice(Math.max(0, m.start - 120), m.start))) continue;
    // "Of Jo Roe, he said:": the person a fronted topic names is spoken about by the pronoun, never is it.
    if (frontedTopicOf(ctx.doc.text, m, docPos)) continue;
    const g = ctx.people.people[m.person]!.gender;
    if (g !== gender && g !== null) continue;
    if (docPos - m.start > 700) break;
    // "an Ivo Tarrant strike", "the Jo Roe show": a name used as a modifier names no one a pronoun means.
    if (attributive(ctx.doc.text, m)) continue;
    const subject = isSubjectMention(ctx.doc.text, m) && !subordinateSpeaker(ctx.doc.text, m);
    if (g === null) {
      fallback ??= m;
      if (subject && !latest) return unnamedReporterBetween(ctx.doc.text, m.end, docPos) ? null : { type: 'person', person: m.person };
      // "Jo Roe, who …, praised the late Tom Bell. '…,' he said": the subject of the sentence that named
      // the newer man only in passing is the likelier "he", whatever gender no list could give the name.
      if (subject && latest && !isSubjectMention(ctx.doc.text, latest) && sameSentence(ctx.doc.text, m.end, latest.start)) return { type: 'person', person: m.person };
      // "Jo Roe won the prize. He thanked Tom Bell …. Later he said": a "he" opening the next sentence took up
      // the subject before the newer man was named only as an object, and the later "he" goes on with it.
      if (subject && latest && !isSubjectMention(ctx.doc.text, latest) && pronounOpensSentence(ctx.doc.text.slice(m.end, latest.start), gender)) return { type: 'person', person: m.person };
      continue;
    }
    latest ??= m;
    // "… came from Jo Roe, an analyst at Gartner. He said": a person introduced with a role in the sentence
    // just before the pronoun is whom it means, over an older subject.
    if (m === latest && !subject && introducedJustBefore(ctx, i, docPos, gender)) return { type: 'person', person: m.person };
    // "The charges were put to Jo Roe after the match. He would say only:": the person a question was put to answers.
    if (m === latest && !subject && questionPutTo(ctx.doc.text, m, docPos)) return { type: 'person', person: m.person };
    if (subject) return lostSubjectBetween(ctx, m.start, docPos) || unnamedReporterBetween(ctx.doc.text, m.end, docPos) ? null : { type: 'person', person: m.person };
  }
  const pick = latest ?? fallback;
  if (pick && (lostSubjectBetween(ctx, pick.start, docPos) || unnamedReporterBetween(ctx.doc.text, pick.end, docPos))) return null;
  return pick ? { type: 'person', person: pick.person } : null;
}

/**
 * "Mr Roe said he had backed the plan when Mr Doe argued for it. '…,' he said": a speech verb in a clause opened
 * by a subordinator after the main clause tells when or why; its subject is not whom a later "he" means.
 */
function subordinateSpeaker(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  return /\S\s+(?:when|after|before|because|since|while|although|though|until|unless|whereas)\s+$/.test(sentence) && /^,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|warned|insisted|argued|explained|admitted|claimed)\b/.test(text.slice(m.end, m.end + 40));
}

/** "including", "such as", then what the list holds up to the mention. */
const EXAMPLE_LIST_BEFORE = /\b(?:including|such as|among them)\s([^.;:!?()"\u201c\u201d]{0,100})$/;

/**
 * Whether the text before a mention lists people as examples up to it: "including captain Jo Roe and
 * winger " (names, roles, "and"), not "on topics such as the budget and schools, " before a subject.
 */
function inExampleList(before: string): boolean {
  const list = EXAMPLE_LIST_BEFORE.exec(before);
  if (!list) return false;
  // ("youngsters such as centres Jo Roe and …": a lower-case word right before a name titles it, as a
  // role does, even one no list holds.)
  const words = list[1]!.split(/[\s,]+/).filter(Boolean);
  return words.every((w, i) => /^\p{Lu}/u.test(w) || /^(?:and|or)$/.test(w) || isRole(w) || (/^\p{Ll}+$/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? 'X')));
}

/** Whether a sentence in `text` opens with the subject pronoun of `gender`. */
function pronounOpensSentence(text: string, gender: 'male' | 'female'): boolean {
  return new RegExp(String.raw`[.!?]["\u201d]?\s+${gender === 'male' ? 'He' : 'She'}\s+[a-z]`).test(text);
}

/** Whether no sentence ends between two document offsets. */
function sameSentence(text: string, from: number, to: number): boolean {
  return !SENTENCE_BREAK.test(text.slice(from, to));
}

/**
 * Where the text after the last name a "he" (or "she") could mean begins, at most 400 characters back: what a
 * description or a role written since then may stand for instead of that name.
 */
function afterLastFitting(ctx: ArticleContext, docPos: number, gender: 'male' | 'female', named: Set<number> | null): number {
  const since = Math.max(0, docPos - 400);
  for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i]!;
    if (m.heading || named?.has(m.person)) continue;
    const g = ctx.people.people[m.person]!.gender;
    if (g !== gender && g !== null) continue;
    return Math.max(since, m.end);
  }
  return since;
}

/**
 * "… according to the Bishop. '…,' he said": a definite description that the text gave one person as
 * their role ("the Bishop of Tarn, Jo Roe"), written after the last name that could be a "he" (or "she"),
 * is what the pronoun means; the name before it is older news. Null when no such description follows it.
 */
function describedSince(ctx: ArticleContext, docPos: number, gender: 'male' | 'female', named: Set<number> | null, quote?: QuoteRange): Guess | null {
  const since = afterLastFitting(ctx, docPos, gender, named);
  const window = ctx.doc.text.slice(since, docPos);
  let found: Guess | null = null;
  for (const d of window.matchAll(DEFINITE)) {
    const at = since + d.index;
    if (quote && at >= quote.start && at < quote.end) continue;
    // Only opening a sentence ("The Bishop said"), after a quotation's verb ("'…,' said the Bishop") or
    // as a source ("according to the Bishop"): "Jo Roe criticised the Bishop. '…,' he said" means Roe.
    const before = ctx.doc.text.slice(Math.max(0, at - 40), at);
    // (Or as the subject of a reporting clause after what it reported: "Mr Vane broke his word, the Tory
    // leader said." The match may have run on into the verb.)
    const phrase = d[0].replace(/\s+(?:has|also|said|says|added|adds|claimed|argued|insisted|warned|told)(?:\s.*)?$/, '');
    const reporting = /[,"\u201d]\s*$/.test(before) && REPORTING_VERB_AFTER.test(ctx.doc.text.slice(at + phrase.length, at + phrase.length + 40));
    if (!DESCRIPTION_AS_SOURCE.test(before) && !reporting) continue;
    const desc = roleDescription((reporting ? phrase : d[0]).replace(/^The/, 'the'));
    if (!desc) continue;
    const guess = resolveDescription(ctx, desc, at);
    if (guess?.type !== 'person') continue;
    const person = ctx.people.people[guess.person]!;
    if (person.gender !== gender && person.gender !== null) continue;
    // Only a description the text gave this person in so many words, not one shared by its head alone.
    if (!person.descriptions.some((p) => p.toLowerCase() === desc.toLowerCase() || p.toLowerCase().startsWith(`${desc.toLowerCase()} `))) continue;
    found = guess;
  }
  return found;
}

/** "moved the first minister to promise", "led the chairman to tell": a role, then an infinitive of saying. */
const ROLE_TO_SAY = /\b[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+to\s+(?:say|tell|insist|warn|admit|announce|declare|reply|promise|pledge)\b/g;

/**
 * "The outcry moved the first minister to promise …. He told members: '…'": a role made to speak since the last
 * name the pronoun could mean is whom it means. Its holder when the text gave someone that role (and the
 * gender fits), else null: the speaker is that role's, whom the text does not name, and no one named before.
 * Undefined when no such role comes.
 */
export function promptedToSpeak(ctx: ArticleContext, docPos: number, gender: 'male' | 'female', named: Set<number> | null): Guess | null | undefined {
  const since = afterLastFitting(ctx, docPos, gender, named);
  let found: Guess | null | undefined;

  for (const r of ctx.doc.text.slice(since, docPos).matchAll(ROLE_TO_SAY)) {
    const desc = r[1]!;
    if (!isRole(desc.split(/\s+/).at(-1)!)) continue;
    const guess = resolveDescription(ctx, desc, since + r.index);
    const person = guess?.type === 'person' ? ctx.people.people[guess.person]! : null;
    found = person && (person.gender === null || person.gender === gender) ? guess : null;
  }
  return found;
}

/** The people mentioned from `from` to the end of its sentence (at most 300 characters on). */
export function namedInRestOfSentence(text: string, mentions: readonly Mention[], from: number): Set<number> {
  const end = text.slice(from, from + 300).search(/[.!?]["\u201d]?(?:\s|$)/);
  const stop = from + (end < 0 ? 300 : end);
  const named = new Set<number>();
  for (let i = firstMentionFrom(mentions, from); i < mentions.length && mentions[i]!.start < stop; i++) named.add(mentions[i]!.person);
  return named;
}

/** Offices a country has one of, which the news names without naming their holder. */
export const NATIONAL_OFFICE = /^(?:(?:deputy|former)\s+)?(?:prime minister|chancellor|home secretary|foreign secretary|president|vice president|taoiseach|first minister|attorney general|pope|queen|king)$/i;

/** A verb of saying right after a description that ends the sentence's reporting clause: " said.", " added,". */
const REPORTING_VERB_AFTER = /^\s+(?:has\s+|also\s+)?(?:said|says|added|adds|claimed|argued|insisted|warned|told\s+[\p{L}\s]{1,30}?)\s*[.,;]/u;

/** What comes before a description that names a speaker or a source: a sentence start, "according to", a speech verb. */
const DESCRIPTION_AS_SOURCE = /(?:(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:(?:But|And|However|Meanwhile|Now|Later|Earlier),?\s+)?|\baccording\s+to\s+|["\u201d,]\s*(?:said|says|added|adds|told|explained|insisted|argued|warned)\s+)$/;

/** "the Bishop", "The club's chairman": a definite phrase that may name a role. */
const DEFINITE = /(?<![\p{L}])[Tt]he\s+(?:[\p{L}'\u2019-]+\s+){0,3}[\p{L}'\u2019-]+/gu;

/**
 * The mention at `index` is its person's first, followed by an appositive role that ends its sentence,
 * and the pronoun at `docPos` is in the next sentence, or later when that next sentence opens with the same
 * pronoun and nobody is named since ("… came from Jo Roe, an analyst. He said: '…' Also, he said, …").
 */
function introducedJustBefore(ctx: ArticleContext, index: number, docPos: number, gender: 'male' | 'female'): boolean {
  const m = ctx.people.mentions[index]!;
  for (let i = 0; i < index; i++) if (ctx.people.mentions[i]!.person === m.person) return false;
  const text = ctx.doc.text;
  const pronoun = gender === 'male' ? 'He' : 'She';
  const nobodySince = (ctx.people.mentions[index + 1]?.start ?? Infinity) >= docPos;
  const keptBy = nobodySince && docPos - m.end < 700 ? String.raw`|${pronoun}\s[^]*` : '';
  const appositive = new RegExp(String.raw`^,\s+((?:the\s+|a\s+|an\s+)?[\p{L}'\u2019-]+[^.!?\n"\u201c\u201d]{0,120})[.]\s+(?:(?:\p{Lu}[\p{L}]*\s+){0,2}${keptBy})$`, 'u').exec(text.slice(m.end, docPos));
  if (!appositive || /^(?:who|which|whose|and|but)\b/.test(appositive[1]!)) return false;
  if (!appositive[1]!.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['\u2019]s$/, '')))) return false;
  // The introducing sentence names nobody before the newcomer ("Jo Doe apologised to Ann Roe, a
  // defender. He said" still means Doe).
  const sentenceStart = Math.max(text.lastIndexOf('. ', m.start), text.lastIndexOf('\n', m.start));
  const previous = ctx.people.mentions[index - 1];
  return !previous || previous.end <= sentenceStart;
}

/**
 * A paragraph that opens with a lower-case verb ("was delighted with …") lost its subject in
 * extraction; a later he/she most likely means that lost person, so no named candidate is safe.
 */
function lostSubjectBetween(ctx: ArticleContext, from: number, to: number): boolean {
  // Units are in order and the window is at most a few paragraphs: walk back from `to`.
  for (let i = ctx.doc.units.length - 1; i >= 0; i--) {
    const u = ctx.doc.units[i]!;
    if (u.offset >= to) continue;
    if (u.offset <= from) return false;
    if (u.kind === 'paragraph' && /^[a-z]/.test(u.text)) return true;
  }
  return false;
}

/** Persons whose descriptions share the phrase's head word; the one mentioned last before docPos. */
export function resolveDescription(ctx: ArticleContext, phrase: string, docPos: number, weakYields = false): Guess | null {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  let best: { person: number; score: number; pos: number } | null = null;
  ctx.people.people.forEach((p, index) => {
    let score = 0;
    for (const d of p.descriptions) {
      const dw = d.toLowerCase().split(/\s+/);
      if (dw[dw.length - 1] !== head && !dw.includes(head)) continue;
      // "the foreign secretary" is not the shadow foreign secretary, nor "the manager" the assistant manager.
      if (dw.some((w) => OTHER_OFFICE.has(w) && !words.includes(w))) continue;
      score = Math.max(score, 1 + words.filter((w) => dw.includes(w)).length);
    }
    if (score === 0) return;
    let pos = -1;
    for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
      if (ctx.people.mentions[i]!.person === index) {
        pos = ctx.people.mentions[i]!.start;
        break;
      }
    }
    if (!best || score > best.score || (score === best.score && pos > best.pos)) best = { person: index, score, pos };
  });
  if (!best) return null;
  const chosen = best as { person: number; score: number; pos: number };
  // ("'…,' said the three-time champion" after "Kestrel's Jo Roe is also thinking of …", when only the head
  // word "champion" is shared with a "double Olympic champion" named earlier: the person the sentence
  // before was about is whom the description means; anaphoricDescription finds her. Asked for by
  // agentAfter only, for a definite description after a verb of saying.)
  if (weakYields && chosen.score === 2 && words.length > 1 && subjectSince(ctx, chosen.person, chosen.pos, docPos)) return null;
  return { type: 'person', person: chosen.person };
}

/** Whether someone other than `person` is named as a subject between `from` and `to` (document offsets). */
function subjectSince(ctx: ArticleContext, person: number, from: number, to: number): boolean {
  for (let i = firstMentionFrom(ctx.people.mentions, Math.max(0, from + 1)); i < ctx.people.mentions.length; i++) {
    const m = ctx.people.mentions[i]!;
    if (m.start >= to) break;
    if (m.person !== person && !m.heading && isSubjectMention(ctx.doc.text, m)) return true;
  }
  return false;
}

/**
 * "the Salford MP told …" when no one carries that role yet: a definite description points back to the
 * person last named as a subject nearby (and now carries the role). A bare or possessive one ("Russia's
 * Nato envoy says …") may introduce someone named later: left pending for the sieve.
 */
function anaphoricDescription(ctx: ArticleContext, phrase: string, desc: string, docPos: number): Guess {
  if (!/^(?:the|our)\s/i.test(phrase)) return { type: 'description', phrase: desc };
  // "the prime minister said" with no one given that office: the office holder is news the text takes as
  // known, and rarely the person just named.
  if (NATIONAL_OFFICE.test(desc)) return { type: 'description', phrase: desc };
  // "The judge said …" after a witness was named: the one who presides (offices.ts), not the witness.
  if (isPresidingRole(desc)) return { type: 'description', phrase: desc };
  // "But the minister thinks Mr Roe should apologise": a person named in the rest of the
  // sentence is someone other than the one the description means.
  const namedLater = namedInRestOfSentence(ctx.doc.text, ctx.people.mentions, docPos);
  for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i]!;
    if (m.heading || namedLater.has(m.person)) continue;
    if (docPos - m.start > 700) break;
    if (!isSubjectMention(ctx.doc.text, m)) continue;
    const person = ctx.people.people[m.person]!;
    // "Prime Minister Tony Blair … but the mayor has refused": someone who holds one office is not the
    // holder of another the text names by its title.
    if (holdsOtherOffice(person.descriptions, desc)) continue;
    // "Club director Jo Roe met Tam Bell. The former Wales international added …": a player is not the director.
    if (otherSideOf(person.descriptions, desc)) return { type: 'description', phrase: desc };
    // "The couple's agent Jo Lin … The couple's representative said": another person's post (possessorRoles.ts).
    if (possessorOfAnother(desc, ctx.people.people, m.person)) return { type: 'description', phrase: desc };
    if (!person.descriptions.some((d) => d.toLowerCase() === desc.toLowerCase())) person.descriptions.push(desc);
    return { type: 'person', person: m.person };
  }
  return { type: 'description', phrase: desc };
}

function orgName(ctx: ArticleContext, raw: string): string {
  const name = raw.replace(/['\u2019]s$/, '').replace(/^(?:the|a|an)\s+/i, '').trim();
  return ctx.acronyms.get(name) ?? fullerForm(ctx, name) ?? initialsOf(ctx, name) ?? name;
}

/**
 * "M&S said" in a story that named Marks & Spencer, "DrKW" after Dresdner Kleinwort Wasserstein: a short
 * form whose capitals are the initials of a body the story named in full, though no brackets paired them.
 */
function initialsOf(ctx: ArticleContext, name: string): string | null {
  if (!/^\p{Lu}[\p{L}&]{1,6}$/u.test(name)) return null;
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 2 || capitals.length * 2 < name.replace(/&/g, '').length) return null;
  // Any capitalised run of the story, not only the bodies the finder took: such names often carry no body
  // word ("Marks & Spencer").
  const found = new Set<string>();
  for (const { full, words } of capitalisedRuns(ctx)) {
    if (words.length === capitals.length && words.every((w, i) => w[0] === capitals[i])) found.add(full);
  }
  // "JK, also known as Jo Kent": initials that stand for a person are not a body's name.
  for (const p of ctx.people.people) found.delete(p.tokens.join(' '));
  return found.size === 1 ? [...found][0]! : null;
}

const runsCache = new WeakMap<ArticleContext, Array<{ full: string; words: string[] }>>();

/** The story's capitalised runs and their significant words, scanned once per article. */
function capitalisedRuns(ctx: ArticleContext): Array<{ full: string; words: string[] }> {
  let runs = runsCache.get(ctx);
  if (!runs) {
    runs = [...ctx.doc.text.matchAll(CAPITALISED_RUN)].map((run) => {
      const full = run[0].replace(/^The\s+/, '');
      return { full, words: full.split(/\s+/).filter((w) => !/^(?:of|and|&|the|for)$/.test(w)) };
    });
    runsCache.set(ctx, runs);
  }
  return runs;
}

/** A run of capitalised words, with "of", "and", "&", "the", "for" inside it: a name in full. */
const CAPITALISED_RUN = /(?<![\p{L}'\u2019-])\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:&|and|of|the|for)\s+)*\p{Lu}[\p{L}'\u2019-]*)+/gu;

/**
 * The text's full name for a body it also calls by a short form ("Highfield said" after "Highfields
 * Capital Management"): the short form's words, a plural "s" aside, then only generic company words.
 */
function fullerForm(ctx: ArticleContext, name: string): string | null {
  const words = name.split(/\s+/);
  let best: string | null = null;
  for (const o of ctx.organisations) {
    const full = o.name.split(/\s+/);
    if (full.length <= words.length || (best && best.length >= o.name.length)) continue;
    const head = words.every((w, i) => full[i] === w || full[i] === `${w}s`);
    if (head && full.slice(words.length).every((w) => BODY_NAME_TAIL.has(w))) best = o.name;
    // "Radio 1 said" after "BBC Radio 1", "Rover said" after "MG Rover": the name without the initials
    // that open it.
    const initialled = full.length === words.length + 1 && /^\p{Lu}{2,}$/u.test(full[0]!) && words.every((w, i) => full[i + 1] === w);
    if (initialled) best = o.name;
  }
  return best;
}

const PRONOUN = /^(he|she|it|they)\b/i;
const SPOKES = new RegExp(
  String.raw`^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?((?:${CAP_WORD}\s+)*)((?:[\p{L}\p{N}'\u2019-]+\s+){0,5}?)(spokesman|spokeswoman|spokesperson|spokesmen|spokeswomen|statement|officials?(?![\p{L}-]|\s+spokes))(?:\s+(?:for|from|of|at)\s+((?:the\s+)?${CAP_WORD}(?:\s+(?:(?:of|for|and|&)(?:\s+the)?|${CAP_WORD}))*))?`,
  'u',
);
const DETERMINER = /^(?:the|our|a|an|its|his|her|their)\s+/;

/**
 * "the British producer", "its chief executive": the words after the determiner up to the first role
 * noun (at most six, within the clause), or null when no role noun comes.
 */
function roleDescription(phrase: string): string | null {
  const determiner = DETERMINER.exec(phrase);
  if (!determiner) return null;
  const words = phrase.slice(determiner[0].length).split(/\s+/).slice(0, 6);
  const kept: string[] = [];
  for (const [k, raw] of words.entries()) {
    const word = /^[\p{L}\p{N}'\u2019-]+/u.exec(raw)?.[0];
    if (!word) break;
    kept.push(word);
    // "the Harbour Human Rights Commission": a capitalised role-like word inside a longer capitalised
    // run is part of a body's name, not a role.
    const insideName = /^\p{Lu}/u.test(word) && word === raw && /^\p{Lu}/u.test(words[k + 1] ?? '');
    if (isRole(word) && !insideName) return kept.join(' ');
    if (word !== raw) break; // punctuation ends the clause
  }
  return null;
}
const GROUP = /^(?:the\s+|some\s+|many\s+|other\s+|most\s+|several\s+|few\s+)?((?:[\p{L}-]+\s+){0,2}?)([\p{L}]+)(?![\p{L}])/u;

/** The speaker named by the phrase that starts at `pos` in `text` (a unit's masked text). */
export function agentAfter(ctx: ArticleContext, text: string, pos: number, unitOffset: number, quote?: QuoteRange): Guess | null {
  const rest = text.slice(pos, pos + 160);
  const lead = /^\s*/.exec(rest)![0].length;
  const phrase = rest.slice(lead);
  const docPos = unitOffset + pos + lead;
  const pronoun = PRONOUN.exec(phrase);
  if (pronoun) return pronounGuess(ctx, pronoun[1]!.toLowerCase(), docPos, quote);
  // A person named here, possibly after a role phrase: "said Russian President Dmitry Medvedev",
  // "said Opera spokeswoman, Berit Hanson".
  const clauseEnd = phrase.replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|\p{Lu})\./gu, '$1 ').search(/[.;:!?"\u201c\u201d]|,\s+(?!\p{Lu})|\s(?:who|which|that)\s/u);
  const limit = clauseEnd < 0 ? phrase.length : clauseEnd;
  for (let i = firstMentionFrom(ctx.people.mentions, docPos); i < ctx.people.mentions.length; i++) {
    const mention = ctx.people.mentions[i]!;
    if (mention.start > docPos + Math.min(limit, 90)) break;
    if (mention.possessive) continue;
    const between = ctx.doc.text.slice(docPos, mention.start);
    if (/\b(?:of|from|by|with|to|for|on)\s+\S*\s*$/.test(between)) continue;
    // "said Jo Roe and Ann Bell" names a second person; "said the festival's founder and director Ann
    // Bell" names one, by two roles.
    const afterAnd = /\band\s+(\S*)\s*$/.exec(between);
    // ("said Barlow and Finch's Tomas Brant": a capitalised possessive after "and" ends a firm's name, whose
    // man the speaker is.)
    if (afterAnd && !ROLE_NOUNS.has(afterAnd[1]!.toLowerCase()) && !/^\p{Lu}[\p{L}-]*['\u2019]s$/u.test(afterAnd[1]!)) continue;
    // "said Avotte campaign manager Jo Roe", "said Clanton ally Jo Roe": a name before a role and another
    // name is whose aide the speaker is, not the speaker.
    if (modifiesRoleBeforeName(ctx.doc.text, mention)) continue;
    // "said Tom and Jan producer Jo Roe": a name inside a show's or a firm's name before a role
    // and another name; the name after the role is the speaker.
    const next = ctx.people.mentions[i + 1];
    if (next && next.start <= docPos + Math.min(limit, 90) && next.person !== mention.person && roleRightBefore(ctx.doc.text.slice(mention.end, next.start))) continue;
    return { type: 'person', person: mention.person };
  }
  const spokes = SPOKES.exec(phrase);
  if (spokes && SPOKES_WORDS.has(spokes[3]!)) {
    const guess = spokesGuess(ctx, spokes, docPos);
    // An official of no body the text names is left to the role rules below.
    if (guess || !isOfficial(spokes[3]!)) return guess;
  }
  // "UK-based research consultancy Zentrix": what the body is, then its name.
  const described = DESCRIBED_BODY_NAME.exec(phrase);
  if (described) {
    const guess = capitalisedAgent(ctx, described[1]!, quote);
    if (guess?.type === 'organisation') return guess;
  }
  const orgNoun = BODY_LEAD.exec(phrase);
  if (orgNoun) return bodyReference(ctx, orgNoun[2]!, docPos, orgNoun[1]!);
  const desc = roleDescription(phrase);
  // (After a quotation, "said the three-time champion": a description sharing only its head word with an
  // earlier person's yields to whom the sentence before was about.)
  if (desc) return resolveDescription(ctx, desc, docPos, /^the\s/i.test(phrase)) ?? anaphoricDescription(ctx, phrase, desc, docPos);
  const group = GROUP.exec(phrase);
  if (group && GROUP_NOUNS.has(group[2]!.toLowerCase()) && !/^\p{Lu}/u.test(group[1] ?? '')) return { type: 'group', name: group[2]!.toLowerCase() };
  const org = ORG_PHRASE.exec(phrase);
  if (org && !PRONOUN.test(org[1]!)) {
    const guess = capitalisedAgent(ctx, org[1]!, quote);
    // "said Hollard, who returned on Sunday", "said Tarn Oo Lay, an activist": as before the verb, a clause
    // only a person takes says the name finder missed a person; unknown beats a wrong organisation.
    return guess?.type === 'organisation' && PERSON_CLAUSE.test(phrase.slice(org[0].length)) ? null : guess;
  }
  return null;
}

/** A body's kind (after where it is based, at most), then its capitalised name. */
const DESCRIBED_BODY_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}]*-based\s+)?(?:[a-z-]+\s+){0,3}(?:consultancy|firm|company|agency|analysts|think-tank|watchdog)\s+(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){0,3})(?![\p{L}&'\u2019-])/u;

/** The lower-case word right before a name, with only words (no punctuation) since the name before. */
const ROLE_BEFORE_NAME = /^[\s\p{L}'\u2019&-]*\s([a-z-]+)\s+$/u;

/** Whether the text between two names ends in a role word ("and Jan executive producer "). */
function roleRightBefore(between: string): boolean {
  const word = ROLE_BEFORE_NAME.exec(between)?.[1];
  return word !== undefined && isRole(word);
}

/** A full stop that ends a sentence, not one after a title abbreviation or an initial (`Sen.`, `J.`). */
const SENTENCE_STOP = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|\p{Lu}))\.(?=\s|$)/u;

/**
 * A capitalised phrase that names no person mention: an organisation, unless it reads as a person
 * (`Sen. Jo Roe of Ohio`, a known first name, a surname of someone in the article). Such a phrase is
 * the person it names when the article has exactly one person of that surname, and otherwise is left
 * unknown: crediting a person's words to an "organisation" called by their name is a wrong name.
 */
function capitalisedAgent(ctx: ArticleContext, raw: string, quote?: QuoteRange): Guess | null {
  const stop = SENTENCE_STOP.exec(raw);
  // "When Ms Roe …", "While …", "The …": a clause opener is no name, and neither is what is left of it.
  const name = withoutClauseOpener(trimOrg(stop ? raw.slice(0, stop.index) : raw)).replace(SENTENCE_ADVERB, '');
  if (!name) return null;
  // "I'd say it is a 'When'": a pronoun with its verb worn down is no name.
  if (/^(?:I|We|You|They|He|She|It)['\u2019]/.test(name)) return null;
  // "British", "Scottish": an adjective of nationality alone names nobody.
  if (isDemonym(name) && !isKnownOrganisation(name)) return null;
  // "Her plea was supported by …", "One told the BBC": a possessive or a quantifier opening a sentence is no
  // body's name.
  if (CLOSED_WORDS.test(name)) return null;
  // "Prosecutors said": a group's plural opening a sentence is that group, not a body called "Prosecutors".
  const lowerName = name.toLowerCase();
  if (GROUP_NOUNS.has(lowerName) || (/^[a-z]+[^s]s$/.test(lowerName) && ROLE_NOUNS.has(lowerName.slice(0, -1)))) return { type: 'group', name: lowerName };
  // "the bank said in its latest Green Ledger report … 'the Green Ledger said'": a body's own document speaks for it.
  const owner = documentOwner(ctx, name);
  if (owner) return owner;
  const beforeOf = name.replace(/\s+of\s+.*$/, '');
  const words = beforeOf
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, '').replace(/['\u2019]s$/, ''));
  // "Kestrel Police Chief Jo Roe", "Ardley Bridge President Jo Roe": a title inside the run, and a name after
  // it, is a person with their employer before, not a body.
  const title = words.findLastIndex((w) => TITLE_WORDS.has(w));
  const holder = title >= 0 ? words.slice(title + 1).filter((w) => !COURTESY_TITLES.has(w) && w !== 'Sir') : [];
  if (holder.length >= 1 && holder.length <= 3 && !holder.some((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w))) {
    const matches = ctx.people.people.flatMap((p, i) => (holder.every((w, k) => p.tokens[p.tokens.length - holder.length + k] === w) ? [i] : []));
    return matches.length === 1 ? { type: 'person', person: matches[0]! } : null;
  }
  if (words.some((w) => ORG_WORDS.has(w)) || isKnownOrganisation(name)) return { type: 'organisation', name: orgName(ctx, name) };
  // "Holger Schmieding of Berenberg", "Jo Roe of Ohio": a two- or three-word name before "of" is a person
  // with an affiliation (bodies with "of" in their name have an org word: "Bank of England").
  if (beforeOf !== name && words.length >= 2 && words.length <= 3 && !isKnownPlace(beforeOf)) return null;
  // "Hallam said in a statement" after "Hallam Brocklehurst": one word that opens the name of one body the story
  // names, and no person's, is that body's short form.
  if (words.length === 1 && !ctx.people.people.some((p) => p.tokens.includes(words[0]!))) {
    const bodies = new Set(ctx.organisations.filter((o) => o.name.split(/\s+/).length > 1 && o.name.startsWith(`${words[0]} `)).map((o) => o.name));
    if (bodies.size === 1) return { type: 'organisation', name: orgName(ctx, [...bodies][0]!) };
  }
  // "King said": a lone title word may be the surname of someone named in full ("Billie Jo King").
  const untitled = words.filter((w) => !TITLE_WORDS.has(w) && !COURTESY_TITLES.has(w) && !/^\p{Lu}$/u.test(w));
  const core = untitled.length === 0 && words.length === 1 ? words : untitled;
  const surname = core[core.length - 1];
  if (surname && !/^\p{Lu}+$/u.test(surname)) {
    const matches = ctx.people.people.flatMap((p, i) => (p.tokens[p.tokens.length - 1] === surname && (core.length === 1 || p.tokens[0] === core[0]) ? [i] : []));
    if (matches.length === 1) return { type: 'person', person: matches[0]! };
    // "said Daveport" in a story about Lindsay Davenport: a slip of one letter in a surname of five or more
    // letters, when it fits exactly one person of the story and no word of the text is spelt so elsewhere.
    if (matches.length === 0 && core.length === 1 && surname.length >= 5) {
      const slips = ctx.people.people.flatMap((p, i) => (p.tokens.length >= 2 && oneEditOrLess(p.tokens[p.tokens.length - 1]!, surname) ? [i] : []));
      if (slips.length === 1 && !isKnownSurname(surname) && !isKnownPlace(surname)) return { type: 'person', person: slips[0]! };
    }
    const titled = core.length < words.length && core.length > 0;
    // ("said O'Dowd": an Irish patronymic is a surname whether or not the lexicon lists it; no body is named so.)
    if (matches.length > 1 || titled || firstNameGender(core[0]!) !== undefined || (core.length === 1 && (isKnownSurname(surname) || IRISH_PATRONYMIC.test(surname)))) return null;
    if (core.length === 1 && writtenWithFirstName(ctx.doc.text, surname)) return null;
    // Two or three words no dictionary knows ("Holger Schmieding"): a person the name finder missed is
    // likelier than a body, and unknown is safer than a wrong organisation.
    // ("The Lib Dems", "the Quarry Trust": a person's name takes no article.)
    const articled = /^the\s/i.test(raw.trim());
    if (!articled && core.length >= 2 && core.length <= 3 && core.every((w) => isUnknownWord(w) || firstNameGender(w) !== undefined)) return null;
    // "'I feel …,' Mido said", "'I told them …,' Will Roe said": a short untitled name speaking in the first
    // person singular is a person the name finder missed (a nickname, a mononym, words a dictionary knows);
    // a body says "we", and unknown beats a wrong "organisation".
    if (core.length <= 3 && quote && FIRST_PERSON_SINGULAR.test(ctx.doc.text.slice(quote.start, quote.end))) return null;
  }
  return { type: 'organisation', name: orgName(ctx, name) };
}


/** A party's members, capitalised, as the news names the party itself. */
const PARTY_MEMBERS = /^(?:Conservatives|Tories|Democrats|Republicans|Liberals|Nationalists|Greens|Socialists)$/;

/** "Currently, …", "Separately …": an adverb that opens the sentence. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+ly(?:\s+|$)/u;
function withoutClauseOpener(phrase: string): string {
  const first = /^\S+/.exec(phrase)?.[0];
  return first !== undefined && CLAUSE_OPENERS.has(first) ? phrase.slice(first.length).trimStart() : phrase;
}

/** Somewhere the article writes the word after a first name (`Novak Djokovic`, `Peter T. King`). */
function writtenWithFirstName(text: string, surname: string): boolean {
  const escaped = escapeRegExp(surname);
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{Ll}'\u2019-]+)\s+(?:\p{Lu}\.\s+)?${escaped}\b`, 'gu'))) {
    const first = m[1]!;
    if (TITLE_WORDS.has(first) || ORG_WORDS.has(first) || /^(?:The|A|An|And|But|In|On|At|Of|For|From|To|With|By|As|When|If)$/.test(first)) continue;
    if (firstNameGender(first) !== undefined || isUnknownWord(first)) return true;
  }
  return false;
}

function trimOrg(raw: string): string {
  return raw.replace(/\s+(?:of|for|and|on|&|de)$/u, '').replace(/[.,]$/, '');
}

/** "Co-Chairman", "vice-captain", "ex-manager": a role noun behind a prefix that only ranks or dates it. */
const ROLE_PREFIX = /^(?:co|vice|deputy|joint|acting|ex|under)-/;

function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(ROLE_PREFIX, '')) || /-year-old$/.test(word) || isDemonymNoun(word);
}

/**
 * "the Dutchman said", "the Brazilian added": a nationality standing for the person just named, as a role
 * noun does (not a body called "Dutchman"). Papers and bodies with such names have an org word.
 */
function isDemonymNoun(word: string): boolean {
  // "-ish" words are adjectives ("the British" are a people, not the person just named).
  return isDemonym(word) && !/ish$/.test(word) && !ORG_WORDS.has(word);
}

function pronounGuess(ctx: ArticleContext, pronoun: string, docPos: number, quote?: QuoteRange): Guess | null {
  if (pronoun === 'he' || pronoun === 'she') {
    const spokes = lastSpokesBody(ctx, docPos);
    const resolved = resolvePronoun(ctx, docPos, pronoun === 'he' ? 'male' : 'female', quote);
    // ("'…,' a spokeswoman said. She added …": someone unnamed spoke since the person was last named.)
    const person = resolved?.type === 'person' && unnamedReporterBetween(ctx.doc.text, lastMentionEnd(ctx, resolved.person, docPos), docPos) ? null : resolved;
    // The spokesperson when introduced after the last mention of anyone the pronoun could mean ("… Jo Roe
    // said. But an executive spokeswoman stressed Mr Doe meant grown-ups. '…,' she said": Mr Doe is no "she").
    if (spokes && (!person || spokes.at >= lastMentionPos(ctx, docPos, pronoun === 'he' ? 'male' : 'female'))) return { type: 'organisation', name: spokes.name };
    return person;
  }
  if (pronoun === 'it') return lastOrganisation(ctx, docPos);
  return null;
}

/** Where the last mention of a person before a document offset ends (0 when there is none). */
function lastMentionEnd(ctx: ArticleContext, person: number, docPos: number): number {
  for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i]!;
    if (m.person === person && !m.heading) return m.end;
  }
  return docPos;
}

/** "it said", "the organisation said": the organisation that last spoke, else the last one named. */
function lastOrganisation(ctx: ArticleContext, docPos: number): Guess | null {
  const recent: ArticleContext['organisations'] = [];
  for (const o of ctx.organisations) {
    if (o.start >= docPos) break;
    // ("'… consolidation of Irabel cannot be achieved,' it warned": a body the quotation names is spoken of.)
    if (docPos - o.start < 1500 && !insideClosedQuotation(ctx.doc.text, o.end, docPos) && !isAddressee(ctx.doc.text, o.start)) recent.push(o);
  }
  // "The Harbour Office published a study, which it described as …": a body named earlier in the same
  // sentence is what "it" means.
  const sameSentence = [...recent].reverse().find((o) => !/[.!?]["\u201d]?\s/.test(ctx.doc.text.slice(o.end, docPos)));
  if (sameSentence) return { type: 'organisation', name: orgName(ctx, sameSentence.name) };
  const subject = previousSubjectBody(ctx, docPos);
  if (subject) return subject;
  // (The body whose name last stands before a verb of saying, wherever the text names it again.)
  const speaking = lastSpeakingBody(ctx.doc.text, recent.map((o) => o.name), Math.max(0, docPos - 1500), docPos, (at) => insideQuotation(ctx.doc, at));
  if (speaking) return { type: 'organisation', name: orgName(ctx, speaking.name) };
  const org = recent[recent.length - 1];
  return org ? { type: 'organisation', name: orgName(ctx, org.name) } : null;
}


/**
 * "Kestrel Re told the Harbour Times it expected …": a paper or agency someone speaks to is whom the words were
 * said to, never what a later "it" means.
 */
function isAddressee(text: string, start: number): boolean {
  return /\b(?:told|tells|telling|spoke\s+to|speaking\s+to|said\s+to|interview\s+with)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 30), start));
}

/** Every sentence end in a text (matchAll copies the pattern, so one shared instance is safe). */
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK, 'g');

/** The house a lower-case committee is named after ("the Commons roads committee"). */
const HOUSE = '(?:Commons|Lords|Senate|House)';

/** The body the name finder found starting at `at` (a few characters' slack for "the"), as a speaker. */
function bodyStartingAt(ctx: ArticleContext, at: number): Guess | null {
  const o = ctx.organisations.find((b) => b.start >= at && b.start <= at + 4);
  return o ? { type: 'organisation', name: orgName(ctx, o.name) } : null;
}

/**
 * "The harbour committee met on Monday. It warned that …", "A report by the harbour committee called for … It
 * warned that …": an "it" that opens its sentence takes up the subject of the sentence before when that
 * subject names a body by its noun, and a document speaks for the body that wrote it, not for the body it
 * talks about (which is often the one named last).
 */
function previousSubjectBody(ctx: ArticleContext, docPos: number): Guess | null {
  const text = ctx.doc.text;
  const lead = text.slice(Math.max(0, docPos - 400), docPos);
  const end = /[.!?]["\u201d]?\s+$/.exec(lead);
  if (!end) return null;
  const previous = lead.slice(0, end.index);
  const breaks = [...previous.matchAll(SENTENCE_BREAKS)];
  const startsAt = breaks.length > 0 ? breaks.at(-1)!.index + breaks.at(-1)![0].length : 0;
  const subject = previous.slice(startsAt);
  const report = /^(?:A|The)\s+(?:new\s+|recent\s+|critical\s+)?(?:report|study|review)\s+(?:by|from)\s+(?:the\s+)?/.exec(subject);
  if (report) {
    const at = docPos - lead.length + startsAt + report[0].length;
    const named = bodyStartingAt(ctx, at);
    if (named) return named;
    const described = new RegExp(String.raw`^((?:${HOUSE}\s+)?(?:[a-z-]+\s+){0,4}?(?:committee|commission|panel|inquiry))\b`).exec(text.slice(at, at + 80));
    return described ? { type: 'organisation', name: described[1]! } : null;
  }
  const body = BODY_LEAD.exec(subject);
  if (!body || /^(?:report|study|survey|statement|paper|newspaper|magazine|website)$/.test(body[2]!)) return null;
  return bodyReference(ctx, body[2]!, docPos - lead.length + startsAt, body[1]!.trim());
}

/**
 * Nouns that refer back to a body: "the federation said", "the report concluded", "the firm said".
 * They are how British news names an organisation a second time, so they speak for one.
 */
const BODY_NOUN =
  'organisation|organization|company|firm|group|bank|agency|commission|committee|government|executive|ministry|department|union|association|federation|council|body|club|party|board|institute|trust|foundation|charity|authority|regulator|watchdog|league|network|broadcaster|channel|station|retailer|airline|carmaker|maker|manufacturer|publisher|label|studio|report|study|survey|newsletter|statement|paper|newspaper|magazine|website';

/** "the federation", "the Mirelle government", "its parent company": a whole phrase naming a body by its noun. */
const BODY_PHRASE = new RegExp(String.raw`^(?:[Tt]he|[Ii]ts)\s+((?:[\p{L}-]+\s+){0,2}?)(${BODY_NOUN})$`, 'u');

/** A document ends the text: "The report", "a new study". */
/** "his report", "her latest letter", "its annual review": a document a possessive pronoun gives an owner. */
const OWNED_DOCUMENT = /^(His|Her|Its|his|her|its)\s+(?:[a-z-]+\s+){0,2}(?:report|letter|memo|note|study|review|paper|article|column|book|memoir|blog|e-mail|email|message|submission|manifesto)$/;

const DOCUMENT_BEFORE = /\b(?:report|study|survey|statement|paper|review|analysis|letter)$/;

/** The same at the start of a phrase: `said the federation`, `said the Mirelle government.` */
const BODY_LEAD = new RegExp(String.raw`^(?:[Tt]he|[Ii]ts)\s+((?:[\p{L}-]+\s+){0,2}?)(${BODY_NOUN})(?![\p{L}-])`, 'u');

/**
 * "the federation said": the latest body named before whose name holds the noun ("Dalmore Teachers
 * Federation"). "the government" with no government named is the government itself. Otherwise unknown:
 * guessing the body named last ("the firm said" after another firm was named) gave more wrong names
 * than right ones on the dev set.
 */
function bodyReference(ctx: ArticleContext, noun: string, docPos: number, modifiers: string): Guess | null {
  // "the Mirelle government", "the respected Verge magazine": capitalised modifiers name the body here.
  const named = modifiers.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ');
  if (named && noun === 'government') return { type: 'organisation', name: `${named} government` };
  if (named && PRESS_NOUNS.has(noun)) return { type: 'organisation', name: named };
  for (let i = ctx.organisations.length - 1; i >= 0; i--) {
    const o = ctx.organisations[i]!;
    if (o.start >= docPos || docPos - o.start > 3000) continue;
    const words = o.name.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
    // "the Institute" names the body no better than "the institute": look further back for its full name.
    // ("the airline" after "Kestrel Airlines": the name's noun may be plural.)
    if ((words.includes(noun) || words.includes(`${noun}s`)) && words.length > 1) return { type: 'organisation', name: orgName(ctx, o.name) };
    // "the paper says" after "Spanish daily Marbo": any press noun refers back to any paper.
    if (o.kind && (o.kind === noun || (PRESS_NOUNS.has(o.kind) && PRESS_NOUNS.has(noun)))) return { type: 'organisation', name: orgName(ctx, o.name) };
  }
  // "said the radio station": the station named last ("BBC Radio 4", "Kestrel FM").
  if (noun === 'station') {
    const station = ctx.organisations.findLast((o) => o.start < docPos && docPos - o.start <= 3000 && /\b(?:Radio|Channel|FM|TV)\b/.test(o.name));
    if (station) return { type: 'organisation', name: orgName(ctx, station.name) };
  }
  const described = lowerCaseBody(ctx.doc.text, noun, docPos);
  if (described) return { type: 'organisation', name: described };
  if (noun === 'government') return { type: 'organisation', name: 'government' };
  if (GENERIC_BODY_NOUNS.has(noun)) return bodyOpeningSentence(ctx, docPos, noun === 'company' || noun === 'firm');
  return /^(?:report|study|survey|newsletter)$/.test(noun) ? documentAuthor(ctx, noun, docPos) : null;
}

/** Bodies the news names in lower case by what they do: "the environment select committee". */
const DESCRIBED_BODIES = /^(?:committee|commission|panel|tribunal|inquiry)$/;
const NOT_A_NAME_WORD = /^(?:new|same|other|whole|former|current|first|next|last|full|special|independent|main|local|national|joint)$/;

/** The last word of a body that is not a company: "the company" or "the firm" never means it. */
const NOT_A_BUSINESS = /\b(?:Institute|Institution|Association|Council|Commission|Committee|Party|Union|Federation|Society|Foundation|Trust|Agency|Authority|Ministry|Department|Office|University|College|School|Court|Board|Government|Police|Service|League|Assembly|Parliament|Church|Charity|Campaign|Forum)$/;

/** Nouns any kind of body goes by, so that no name need contain them. */
const GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'organisation', 'organization', 'group']);

/**
 * "CENTR, the council of registries, agrees. '…,' the organisation said": the body that opened the last
 * sentence to open with one (the story's subject then), within a few paragraphs. A body named in passing
 * ("analysts at Kestrel Bank said") is never "the company".
 */
function bodyOpeningSentence(ctx: ArticleContext, docPos: number, business: boolean): Guess | null {
  const text = ctx.doc.text;
  for (let i = ctx.organisations.length - 1; i >= 0; i--) {
    const o = ctx.organisations[i]!;
    if (o.start >= docPos) continue;
    if (docPos - o.start > 1500) break;
    if (o.kind && PRESS_NOUNS.has(o.kind)) continue;
    // "The Ostrava Institute praised Tarn Foods. The firm said": an institute is no firm.
    if (business && NOT_A_BUSINESS.test(o.name)) continue;
    if (insideClosedQuotation(text, o.end, docPos)) continue;
    const opensSentence = /(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:The\s+)?$/.test(text.slice(Math.max(0, o.start - 6), o.start));
    if (opensSentence || BODY_SPEAKS.test(text.slice(o.end, o.end + 90))) return { type: 'organisation', name: orgName(ctx, o.name) };
  }
  return null;
}

/**
 * "the harbour affairs select committee said … the committee added": the fullest lower-case phrase the text
 * gave a committee or a panel before `docPos`, when its first word is a noun ("environment"), not an
 * adjective that only picks one out ("the new committee").
 */
function lowerCaseBody(text: string, noun: string, docPos: number): string | null {
  if (!DESCRIBED_BODIES.test(noun)) return null;
  const from = Math.max(0, docPos - 3000);
  let best: string | null = null;
  // ("the Commons roads and bridges committee": the house may come first, and "and" may join two nouns inside.)
  // ("The influential Commons … committee": an adjective before the house is no part of the name.)
  for (const m of text.slice(from, docPos).matchAll(new RegExp(String.raw`\b[Tt]he\s+(?:[a-z]+\s+(?=${HOUSE}\s))?((?:${HOUSE}\s+)?(?:[a-z-]+\s+){1,4})${noun}\b`, 'g'))) {
    const words = m[1]!.trim().split(/\s+/);
    const lower = /^\p{Lu}/u.test(words[0]!) ? words.slice(1) : words;
    const innerAnd = (w: string, i: number): boolean => w === 'and' && i > 0 && i < lower.length - 1;
    if (lower.length === 0 || lower.length > 3 + (lower.includes('and') ? 1 : 0)) continue;
    if (NOT_A_NAME_WORD.test(lower[0]!) || !isNominal(lower[0]!) || lower.some((w, i) => !innerAnd(w, i) && /^(?:of|and|or|to|by|for|its|their|his|her)$/.test(w))) continue;
    const phrase = `${words.join(' ')} ${noun}`;
    if (!best || phrase.length > best.length) best = phrase;
  }
  return best;
}

/**
 * "The report by the Ardley Research Center … the report said": a document speaks for the body the text
 * named as its author ("report by X", "study from research firm X"), the latest such within the last 3,000 characters.
 */
function documentAuthor(ctx: ArticleContext, noun: string, docPos: number): Guess | null {
  const from = Math.max(0, docPos - 3000);
  const window = ctx.doc.text.slice(from, docPos);
  let author: { guess: Guess; at: number } | null = null;
  // ("the study by phone company Kestrel": up to three lower-case words may describe the author first.)
  for (const m of window.matchAll(new RegExp(String.raw`\b${noun}\s+(?:by|from)\s+(?:the\s+)?`, 'gi'))) {
    const described = /^(?:[a-z][a-z-]*\s+){0,3}/.exec(window.slice(m.index + m[0].length))![0];
    const at = from + m.index + m[0].length + described.length;
    const guess = bodyStartingAt(ctx, at);
    if (guess) author = { guess, at };
  }
  // "a Kestrel Labour Party members' newsletter", "the Ardley Trust's annual report": the body that owns it.
  for (const m of window.matchAll(new RegExp(String.raw`(?:['\u2019]s?|\s+members['\u2019])?\s+(?:[a-z-]+\s+){0,2}${noun}\b`, 'g'))) {
    const at = from + m.index;
    const owner = ctx.organisations.find((o) => o.end === at);
    if (owner && (!author || at > author.at)) author = { guess: { type: 'organisation', name: orgName(ctx, owner.name) }, at };
  }
  return author?.guess ?? null;
}

/** Where the last mention before `docPos` of someone who may be of `gender` starts, or -1. */
function lastMentionPos(ctx: ArticleContext, docPos: number, gender: 'male' | 'female'): number {
  for (let i = firstMentionFrom(ctx.people.mentions, docPos) - 1; i >= 0; i--) {
    const m = ctx.people.mentions[i]!;
    const g = ctx.people.people[m.person]!.gender;
    if (g === null || g === gender) return m.start;
  }
  return -1;
}

/** "a spokesman for X said … he added": the most recent unnamed spokesperson (or official of a named body) before docPos. */
function lastSpokesBody(ctx: ArticleContext, docPos: number): { name: string; at: number } | null {
  const before = ctx.doc.text.slice(Math.max(0, docPos - 600), docPos);
  let found: { name: string; at: number } | null = null;
  for (const m of before.matchAll(/\b(?:[Aa]n?|[Tt]he)\s+((?:[\p{L}'\u2019-]+\s+){0,4}?)(spokes(?:man|woman|person)|official(?!\s+spokes))\b(?:\s+(?:for|from|at)\s+((?:the\s+)?[\p{Lu}][\p{L}'\u2019-]*(?:\s+(?:of|for|and|[\p{Lu}][\p{L}'\u2019-]*))*))?/gu)) {
    const at = docPos - before.length + m.index;
    // "said Jo Roe, the chief government spokesman": a spokesperson the text names is a person.
    if (mentionEndingAt(ctx, at - 2) && /,\s$/.test(before.slice(0, m.index))) continue;
    // "The Tolley Party spokesman also attacked …" after "Tolley Party foreign affairs spokesman Jo Roe": a definite
    // spokesperson whose words the story gave a named person is that person (a party's spokesman is one).
    if (/^[Tt]he/.test(m[0]) && spokespersonNamed(ctx, m[1] ?? '')) continue;
    // "A Kestrel spokesman": capitalised words before the spokesperson name the body, as they do after "said".
    const [, capital = '', lower = ''] = /^((?:\p{Lu}[\p{L}'\u2019-]*\s+)*)(.*)$/su.exec(m[1] ?? '') ?? [];
    const guess = (m[3] ? null : bodyOfNounBefore(ctx, m[1] ?? '', at)) ?? spokesGuess(ctx, ['', capital, lower, m[2] === 'official' ? 'official' : 'spokesman', m[3]] as unknown as RegExpExecArray, 0, false);
    if (guess && guess.type === 'organisation') found = { name: guess.name, at };
  }
  // "Jo Roe's spokeswoman would not comment on … She said": a named person's spokesperson speaks for them.
  for (const m of before.matchAll(PERSONS_SPOKESMAN)) {
    const at = docPos - before.length + m.index;
    if (found && found.at > at) continue;
    const name = personsSpokesman(ctx, at, m[0]);
    if (name) found = { name, at };
  }
  return found;
}

/** Whether some person's description is a spokesperson's holding every one of `words` ("Tory"). */
function spokespersonNamed(ctx: ArticleContext, words: string): boolean {
  const wanted = words.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return false;
  return ctx.people.people.some((p) => p.descriptions.some((d) => /spokes(?:man|woman|person)$/i.test(d) && wanted.every((w) => d.toLowerCase().split(/\s+/).includes(w))));
}

/** A capitalised name of up to four words in the possessive, up to two more words, then a spokesperson word. */
const PERSONS_SPOKESMAN = /\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}['\u2019]s\s+(?:[a-z]+\s+){0,2}?spokes(?:man|woman|person)\b/gu;

/**
 * "Jo Roe's official spokesman": when the possessive is a person the text names, the speaker is their
 * spokesperson, credited as the text's phrase (an office, as the annotation conventions do), never as the
 * person nor as an organisation called "Jo Roe". Null when the possessive is not a person's.
 */
function personsSpokesman(ctx: ArticleContext, docStart: number, phrase: string): string | null {
  const possessiveEnd = docStart + phrase.search(/['\u2019]s\s/);
  const mentions = ctx.people.mentions;
  for (let i = firstMentionFrom(mentions, docStart); i < mentions.length && mentions[i]!.start < possessiveEnd; i++) {
    const m = mentions[i]!;
    if (m.possessive && m.end >= possessiveEnd && m.end <= possessiveEnd + 2) return phrase.replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * The spokesperson phrase is the whole subject: it ends the phrase, or only the body's office follows
 * its possessive ("a spokeswoman for the Ardley Council's planning office", "for the HPA's Ardley branch office":
 * the council, the HPA speaks). Returns the match to read, with the body cut at its possessive, or null.
 */
function spokesSubject(phrase: string, m: RegExpExecArray): RegExpExecArray | null {
  const rest = phrase.slice(m.index + m[0].trimEnd().length);
  if (rest === '') return m;
  const body = m[4];
  if (body === undefined) return null;
  const tail = body + rest;
  const at = tail.search(/['\u2019]s(?:\s|$)/);
  if (at < 0 || at > body.length || !/^(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s+[a-z]+){1,2}$/u.test(tail.slice(at + 2))) return null;
  const cut = [...m] as unknown as RegExpExecArray;
  cut[4] = body.slice(0, at);
  return cut;
}

const isOfficial = (word: string) => word === 'official' || word === 'officials';

/**
 * "said a World Bank official", "an IMF official said", "a senior Kestrel Council official": an unnamed official
 * of a body the text names speaks for it, as a spokesperson does. Unlike a spokesperson's, an official's body is
 * never guessed from the organisation mentioned last (officials of a government, a club and a regulator meet in
 * one story): null unless the phrase names it, or ("the official added") an official of a named body came in
 * before and no person the text names is described as one.
 */
function officialsBody(ctx: ArticleContext, m: RegExpExecArray, docPos: number, recall: boolean): Guess | null {
  const capitals = `${m[1] ?? ''} ${/((?:\p{Lu}[\p{L}&'\u2019-]*\s+)*)$/u.exec(m[2] ?? '')?.[1] ?? ''}`.trim();
  if (capitals && !/['\u2019]s$/.test(capitals) && !isDemonym(capitals) && !isKnownPlace(capitals)) {
    return { type: 'organisation', name: orgName(ctx, capitals) };
  }
  const named = bodyOfNounBefore(ctx, (m[2] ?? '').trim(), docPos);
  if (named) return named;
  if (!recall || !/^[Tt]he\s/.test(m[0]) || resolveDescription(ctx, 'official', docPos + m.index)) return null;
  const introduced = lastSpokesBody(ctx, docPos + m.index);
  return introduced ? { type: 'organisation', name: introduced.name } : null;
}

/** "an executive spokeswoman", "a club spokesman": a body's noun before the spokesperson names the body the text called so. */
function bodyOfNounBefore(ctx: ArticleContext, prefix: string, docPos: number): Guess | null {
  const noun = new RegExp(String.raw`(?:^|\s)(${BODY_NOUN})$`).exec(prefix.trim());
  return noun ? bodyReference(ctx, noun[1]!, docPos, '') : null;
}

/**
 * "the council's spokesperson", "the rapper's spokesman": a lower-case possessive before the spokesperson refers
 * back to a body by its noun (the council: the Kestrel Film Council named before) or to a person by their role (the
 * rapper: "rapper Lil Vane", whose spokesman speaks, credited as "Lil Vane's spokesman"). Null when neither is named.
 */
function possessedSpokesperson(ctx: ArticleContext, lowerPrefix: string, word: string, docPos: number): Guess | null {
  const noun = /(?:^|\s)([a-z-]+)['\u2019]s$/.exec(lowerPrefix)?.[1];
  if (!noun || !/^spokes/.test(word)) return null;
  const bodyNoun = noun === 'band' ? 'group' : noun;
  if (new RegExp(`^(?:${BODY_NOUN})$`).test(bodyNoun)) {
    const body = bodyReference(ctx, bodyNoun, docPos, '');
    if (body) return body;
    // ("the band's spokesman": a band is named like a body, and the last one named before is whom it means.)
    if (noun === 'band') {
      const band = ctx.organisations.findLast((o) => o.start < docPos && docPos - o.start <= 3000);
      return band ? { type: 'organisation', name: orgName(ctx, band.name) } : null;
    }
    return null;
  }
  if (!isRole(noun)) return null;
  const person = resolveDescription(ctx, noun, docPos);
  return person?.type === 'person' ? { type: 'organisation', name: `${personName(ctx.people.people[person.person]!)}'s ${word}` } : null;
}

function spokesGuess(ctx: ArticleContext, m: RegExpExecArray, docPos: number, recall = true): Guess | null {
  let capitalPrefix = (m[1] ?? '').trim();
  let lowerPrefix = (m[2] ?? '').trim();
  // "a Department of Transport spokeswoman": the body's name goes on past its "of"; "a Number 10
  // spokeswoman": past its number.
  // ("a Top of the Charts spokesperson": and past a "the" inside the name.)
  // ("a Department for Roads and Ports spokeswoman": and past an "and" joining its capitalised words.)
  if (capitalPrefix && (/^(?:of|for)(?:\s+the)?(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}'\u2019-]*)+$/u.test(lowerPrefix) || /^\d+$/.test(lowerPrefix))) {
    capitalPrefix = `${capitalPrefix} ${lowerPrefix}`;
    lowerPrefix = '';
  }
  const body = m[4]?.trim();
  if (body) return { type: 'organisation', name: orgName(ctx, trimOrg(body)) };
  if (isOfficial(m[3]!)) return officialsBody(ctx, m, docPos, recall);
  if (capitalPrefix) {
    // "Kestrel Bridge President Jo Roe issued a statement": a person named right before it issued it;
    // "Mr Roe's statement said": a person's statement is their own words.
    if (m[3] === 'statement') {
      const at = docPos + m.index + m[0].indexOf(capitalPrefix) + capitalPrefix.length;
      const possessive = /['\u2019]s$/.test(capitalPrefix);
      const owner = possessive ? (mentionEndingAt(ctx, at) ?? mentionEndingAt(ctx, at - 2)) : mentionEndingAt(ctx, at);
      if (owner && (possessive || !owner.possessive)) return { type: 'person', person: owner.person };
    }
    // Only a spokesperson is an office: "Mr Roe's statement" keeps what it did before (see personsSpokesman).
    const office = /['\u2019]s$/.test(capitalPrefix) && m[3] !== 'statement' ? personsSpokesman(ctx, docPos + m.index, `${capitalPrefix} ${lowerPrefix} ${m[3]}`.replace(/\s+/g, ' ')) : null;
    return { type: 'organisation', name: office ?? orgName(ctx, capitalPrefix) };
  }
  if (/['\u2019]s\b/.test(lowerPrefix)) return possessedSpokesperson(ctx, lowerPrefix, m[3]!, docPos + m.index) ?? { type: 'organisation', name: `${lowerPrefix} ${m[3]}`.trim() };
  const named = bodyOfNounBefore(ctx, lowerPrefix, docPos);
  if (named) return named;
  // "A Kestrel spokesman said … '…,' the spokesman said": the body given where the spokesperson came in.
  const introduced = recall && !lowerPrefix ? lastSpokesBody(ctx, docPos + m.index) : null;
  if (introduced) return { type: 'organisation', name: introduced.name };
  // "a spokesman said" with no body named: the organisation mentioned last, outside the quotations ("An X
  // statement said: 'The Y board found …' The statement continued" is still X's statement).
  let org: ArticleContext['organisations'][number] | undefined;
  for (const o of ctx.organisations) {
    if (o.start >= docPos) break;
    // ("aid could also go to the Tarn government. A spokesman said": a body after a preposition, or the
    // subject of a "whether" clause, is whom the news is about, not who speaks.)
    const lead = ctx.doc.text.slice(Math.max(0, o.start - 40), o.start);
    const object = OBJECT_OF_PREPOSITION.test(lead) || SUBJECT_OF_WHETHER.test(lead);
    if (docPos - o.start < 600 && !object && !insideClosedQuotation(ctx.doc.text, o.end, docPos)) org = o;
  }
  return org ? { type: 'organisation', name: orgName(ctx, org.name) } : null;
}

/**
 * The body whose document `name` is, when the text says so ("in its latest Green Ledger report", "its Green
 * Ledger"): the body the sentence named before that possessive. Null otherwise.
 */
function documentOwner(ctx: ArticleContext, name: string): Guess | null {
  if (!/^\p{Lu}/u.test(name) || name.length > 60) return null;
  const owned = new RegExp(String.raw`\b(?:its|their)\s+(?:(?:latest|annual|new|monthly|quarterly|regular)\s+)?${escapeRegExp(name)}(?![\p{L}])`, 'u').exec(ctx.doc.text);
  if (!owned) return null;
  const sentenceStart = Math.max(0, ctx.doc.text.lastIndexOf('. ', owned.index) + 1, ctx.doc.text.lastIndexOf('\n', owned.index) + 1);
  const body = ctx.organisations.findLast((o) => o.start >= sentenceStart && o.end <= owned.index);
  return body ? { type: 'organisation', name: orgName(ctx, body.name) } : null;
}

/**
 * A possessive determiner or a quantifier that a sentence may open with, standing alone. (Prepositions,
 * pronouns and demonstratives are CLAUSE_OPENERS, which withoutClauseOpener has already taken off.)
 */
const CLOSED_WORDS = /^(?:His|Her|Its|Their|Our|My|Your|One|Some|Many|Most|All|Each|Every|Another|Others?)$/;

/** "O'Dowd", "O'Hara". */
const IRISH_PATRONYMIC = /^O['\u2019]\p{Lu}\p{Ll}{2,}$/u;

/** A preposition, then "the" and up to two words, right before a body's name. */
const OBJECT_OF_PREPOSITION = /\b(?:to|with|from|against|into|towards|toward|on|at|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** ", head of research at the firm": a comma, then a role noun in lower case and its complement, up to the verb. */
const UNCLOSED_ROLE = /,\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z-]*)\b[^,"\u201c\u201d.!?]{0,80}$/u;

/** ", Kestrel Hotel Association" right before the verb: a capitalised body name after a comma, nothing else. */
const UNCLOSED_BODY = /,\s+(?:the\s+)?(\p{Lu}[\p{L}&'\u2019-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&'\u2019-]*){1,5})$/u;

/** A sentence opened by "He" or "She" and a verb, then ", and" right before a second verb. */
const COORDINATED_AFTER_PRONOUN = /(?:^|[.!?]["\u201d]?\s+)(He|She)\s+(?:also\s+)?[a-z]+\b[^.!?"\u201c\u201d]{0,160},?\s+and$/;

/**
 * A sentence opened by a short subject (an article or a capital first) and a verb in the past or the present
 * ("played", "says"), then "and" right before a second verb.
 */
const COORDINATED_AFTER_SUBJECT = /(?:^|[.!?]["\u201d]?\s+)((?:[Aa]n?|[Tt]he|\p{Lu}[\p{L}'\u2019-]*)(?:\s+[\p{L}'\u2019-]+){0,4}?)\s+(?:[a-z]+ed|played|made|gave|took|told|said)\b[^.!?"\u201c\u201d,]{0,160}\s+and$/u;

/** "asked whether the ", "over whether ": a body opening a "whether" clause is what is in question. */
const SUBJECT_OF_WHETHER = /\bwhether\s+(?:the\s+)?$/u;

/**
 * Whether `from` lies inside a quotation that closes before `to` in the same paragraph: an odd number of
 * quotation marks between them.
 */
function insideClosedQuotation(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return !between.includes('\n') && (between.match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1;
}

/** Words ending in "ly" that are nouns or adjectives before a noun, not adverbs: "the family said". */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'reply', 'monopoly', 'bully', 'daily', 'weekly', 'monthly', 'quarterly', 'nightly', 'fly', 'jelly', 'belly', 'lily', 'tally', 'only']);

const CLAUSE_SEPARATORS = [', ', '. ', '"', '\u201d', ' and ', ' but ', ' - ', ': '];
/** "(HGU)", "(Gofap)": a short form in brackets after a body's name. */
const BRACKETED_ACRONYM = /\s+\(\p{Lu}(?:[\p{Lu}\p{N}&]+|[\p{Ll}]{2,5})\)$/u;

/**
 * Where the clause that ends `before` starts after the last `sep`, or 0. Inside a body's name a separator
 * is no break: "the Rivers and Canals Authority", "the Department for Ports, Roads and Rail".
 */
function lastClauseBreak(before: string, sep: string): number {
  for (let at = before.lastIndexOf(sep); at >= 0; at = at === 0 ? -1 : before.lastIndexOf(sep, at - 1)) {
    const left = before.slice(0, at);
    const right = before.slice(at + sep.length);
    const insideName =
      (sep === ' and ' && /\p{Lu}[\p{L}'\u2019-]*$/u.test(left) && /^\p{Lu}/u.test(right)) ||
      (sep === ', ' && /\b(?:for|of)\s+\p{Lu}[\p{L}'\u2019-]*$/u.test(left) && /^\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*\s+and\s+\p{Lu}/u.test(right));
    if (!insideName) return at + sep.length;
  }
  return 0;
}

/**
 * "Jo Roe, a Kestrel Air spokesman told reporters": the closing comma of the apposition is missing, so the
 * clause seems to open at the spokesperson; the person named right before the comma is the speaker.
 */
function apposedSpokesperson(ctx: ArticleContext, before: string, clauseStart: number, docEnd: number): Guess | null {
  if (before.slice(Math.max(0, clauseStart - 2), clauseStart) !== ', ') return null;
  const unitStart = docEnd - before.length;
  const mention = mentionEndingAt(ctx, docEnd - (before.length - clauseStart) - 2);
  if (!mention || mention.possessive || mention.start < unitStart) return null;
  // Only a name that opens its clause is the subject: "Police held Jo Roe, a spokesman said" is not.
  const lead = before.slice(0, mention.start - unitStart);
  return /["\u201d]\s*$|^\s*$|[.!?]\s+$/.test(lead) ? { type: 'person', person: mention.person } : null;
}

/**
 * "In his annual address the party leader said": an adverbial phrase with no comma before the subject is
 * no part of it. Only a definite description ending in a role is cut out this way.
 */
function withoutLeadingAdverbial(phrase: string): string {
  // ("and before flying to Oslo the chancellor told": after "and" the clause opens in lower case.)
  const m = /^(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|Later|Earlier|Speaking|Writing)\s+\S.*?\s((?:the|The)\s+(?:[\p{L}'\u2019-]+\s+){0,4}[\p{L}-]+)$/u.exec(phrase);
  return m && isRole(m[1]!.split(/\s+/).pop()!) ? m[1]! : phrase;
}

/** A peer's territorial designation: "of Ardley", "of Ardley and Quayside", "of Bourne-upon-Sea". */
const PEER_SEAT = /\s+of\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+(?:and|upon|on|in)\s+\p{Lu}[\p{L}'\u2019-]+)*$/u;
const PEER_TITLE = /\b(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Bishop)\s+(?:\p{Lu}[\p{L}'\u2019-]*\s+)*$/u;

/** "Lord Roe of Ardley said": the peer named before the seat his title carries. */
function peerBeforeSeat(ctx: ArticleContext, docEnd: number): Guess | null {
  const text = ctx.doc.text;
  const seat = PEER_SEAT.exec(text.slice(Math.max(0, docEnd - 60), docEnd));
  if (!seat) return null;
  const mention = mentionEndingAt(ctx, docEnd - seat[0].length);
  if (!mention || mention.possessive) return null;
  const titled = PEER_TITLE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || /^(?:Lord|Lady|Baroness|Baron|Viscount|Earl|Bishop)\s/.test(text.slice(mention.start, mention.end));
  return titled ? { type: 'person', person: mention.person } : null;
}

/** The speaker named by the phrase that ends at `pos` (right before a speech verb). */
export function agentBefore(ctx: ArticleContext, text: string, pos: number, unitOffset: number, quote?: QuoteRange): Guess | null {
  let end = pos;
  // Skip auxiliaries and adverbs between subject and verb: "Mr Bell has also said".
  // "the visiting coach is quoted as saying": the reporting passive too.
  const aux = /(?:\s+(?:has|have|had|was|is|were|are|will|would|also|only|later|then|once|again|previously|recently|has\s+also|had\s+also|has\s+since|did|does|not|never|always|had\s+earlier|yesterday|today|on\s+\w+day|last\s+(?:year|week|month|night)|this\s+(?:year|week|month)|(?:(?:is|was|were|has\s+been)\s+)?quoted\s+as))+\s*$/i;
  // "he bitterly said", "Jo Roe angrily told", "she has since firmly denied": manner adverbs too.
  for (let round = 0; round < 3; round++) {
    const head = text.slice(Math.max(0, end - 80), end);
    const auxMatch = aux.exec(head);
    if (auxMatch) end -= auxMatch[0].length;
    // "Sen. Jo Roe (D-Ore.) said", "Rep. Jo Roe (R-N.Y.) on Monday said": a legislator's party and state in
    // brackets stand between the name and its verb.
    const partyState = PARTY_STATE_BEFORE.exec(text.slice(Math.max(0, end - 30), end));
    if (partyState) end -= partyState[0].length;
    const adverb = /\s+([a-z]{2,}ly)\s*$/.exec(text.slice(Math.max(0, end - 40), end));
    if (!adverb || LY_NOUNS.has(adverb[1]!)) break;
    end -= adverb[0].length;
  }
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const docEnd = unitOffset + end;
  const mention = mentionEndingAt(ctx, docEnd);
  // "Mr Roe, who … mourning the death of the goalkeeper Ken Dobby, said": the name before the comma ends a
  // relative clause too long for the skip below; its antecedent is the subject.
  const longRelative = mention && mention.end < docEnd ? LONG_RELATIVE.exec(text.slice(Math.max(0, end - 300), end)) : null;
  if (longRelative) {
    const antecedent = agentBefore(ctx, text, end - longRelative[0].length, unitOffset, quote);
    if (antecedent) return antecedent;
  }
  // "Jo Roe, a former aide to Ada Moss, told": the name ends a clause about the head; the head speaks.
  if (mention && !mention.possessive && mention.end < docEnd) {
    const opening = clauseOpeningBefore(text, mention.start - unitOffset);
    if (opening >= 0) {
      const head = mentionEndingAt(ctx, unitOffset + opening);
      return head && !head.possessive ? { type: 'person', person: head.person } : null;
    }
  }
  if (mention && !mention.possessive) return { type: 'person', person: mention.person };
  const peer = mention ? null : peerBeforeSeat(ctx, docEnd);
  if (peer) return peer;
  // "Ms Trew, who runs a school, admitted": skip the relative clause or appositive to its head.
  // "A spokesman for the Gofap guild which represents the crews said": the same without commas.
  // (A relative clause ends with its sentence: "…, who was second. The champion said" names no antecedent.)
  // "Jo Roe - the band's former press officer - remembers": the same between dashes.
  const skipped = /,\s+(?:who|which)\b(?:[^,"\u201c\u201d.!?]|[.!?](?!\s))*,?$|,\s+[^,"\u201c\u201d]{2,80},$|(?<=[\p{L})])\s+(?:who|which)\s+[a-z][^,"\u201c\u201d.]{2,80}$|\s[-\u2013\u2014]\s[^-\u2013\u2014"\u201c\u201d.]{2,80}\s[-\u2013\u2014]$/u.exec(text.slice(Math.max(0, end - 100), end));
  if (skipped) {
    // "The report, by the Ostrava Institute, said": the appositive names the report's author.
    const author = /^,\s+(?:by|from)\s+/.exec(skipped[0]);
    if (author && DOCUMENT_BEFORE.test(text.slice(Math.max(0, end - skipped[0].length - 40), end - skipped[0].length))) {
      const guess = agentAfter(ctx, text, end - skipped[0].length + author[0].length, unitOffset, quote);
      if (guess && guess.type !== 'description') return guess;
    }
    const inner = agentBefore(ctx, text, end - skipped[0].length, unitOffset, quote);
    // "Hollard, who returned on Sunday, said", "Ardith Mellowby, a spokeswoman for the fair, said": a clause
    // that only a person takes says the head is someone the name finder missed, not a body; unknown beats a
    // wrong organisation.
    if (inner?.type === 'organisation' && PERSON_CLAUSE.test(skipped[0])) return null;
    if (inner) return inner;
  }
  // "Jo Roe, head of research at the firm says": an appositive role whose closing comma the text dropped;
  // only a person named right before its comma is its head.
  const openRole = UNCLOSED_ROLE.exec(text.slice(Math.max(0, end - 100), end));
  // (Not through a relative clause: "Jo Roe, an analyst who said it would rise, was" says who the analyst is.)
  if (openRole && isRole(openRole[1]!) && !/\b(?:who|which|that|whom|whose)\b/.test(openRole[0])) {
    const head = mentionEndingAt(ctx, docEnd - openRole[0].length);
    if (head && !head.possessive) return { type: 'person', person: head.person };
  }
  // "Milo Varga, Kestrel Guesthouse Association said:": the body he speaks for, in apposition to a name that opens the
  // sentence, with the apposition's closing comma dropped; the man speaks, not the body.
  const openBody = UNCLOSED_BODY.exec(text.slice(Math.max(0, end - 100), end));
  if (openBody) {
    const head = mentionEndingAt(ctx, docEnd - openBody[0].length);
    if (head && !head.possessive && isSubjectMention(ctx.doc.text, head) && capitalisedAgent(ctx, openBody[1]!, quote)?.type === 'organisation') return { type: 'person', person: head.person };
  }
  const before = text.slice(Math.max(0, end - 120), end);
  const pronoun = /(?:^|[\s,"\u201d(])(he|she|it|they)$/i.exec(before);
  if (pronoun) return pronounGuess(ctx, pronoun[1]!.toLowerCase(), docEnd - pronoun[1]!.length, quote);
  // "X, who said", "The IAAF - which said": the antecedent before the relative pronoun.
  // ("backed by Culture Secretary Jo Roe who said": "who" right after a name needs no comma.)
  const relative = /(?:,|\s[-\u2013\u2014])\s*(?:who|which)$|(?<=\b\p{Lu}[\p{L}'\u2019-]*)\s+who$/u.exec(before);
  if (relative) {
    const antecedent = agentBefore(ctx, text, end - relative[0].length, unitOffset, quote);
    if (antecedent) return antecedent;
    // "protests from the Parents Alliance, which said": the antecedent is the name that ends the clause,
    // however the clause began.
    const head = before.slice(0, before.length - relative[0].length);
    const named = TRAILING_NAME.exec(head);
    if (named && !/^(?:He|She|It|They|We|I|You|This|That|There)$/.test(named[1]!)) {
      const guess = capitalisedAgent(ctx, named[1]!, quote);
      if (guess?.type === 'organisation') return guess;
    }
    return null;
  }
  // "He hinted at unrest in the business, and said:": the second of two verbs a pronoun opening the sentence
  // governs.
  const coordinated = COORDINATED_AFTER_PRONOUN.exec(before);
  if (coordinated) return pronounGuess(ctx, coordinated[1]!.toLowerCase(), docEnd - before.length + coordinated.index + coordinated[0].indexOf(coordinated[1]!), quote);
  // "A Green spokesman brushed aside the row with Mr Roe and said": the first verb's subject says it.
  const opened = COORDINATED_AFTER_SUBJECT.exec(before);
  if (opened) {
    const subjectEnd = end - before.length + opened.index + opened[0].indexOf(opened[1]!) + opened[1]!.length;
    const guess = agentBefore(ctx, text, subjectEnd, unitOffset, quote);
    if (guess) return guess;
  }
  // A clause-initial phrase: take the words since the clause start.
  const clauseStart = Math.max(0, ...CLAUSE_SEPARATORS.map((sep) => lastClauseBreak(before, sep)));
  // "But the Kestrel Council insisted": a conjunction opening the clause is no part of the name.
  // "the Oakfield Growers' Union (OGU) said": the acronym in brackets restates the name before it.
  const spoken = withoutLeadingAdverbial(before.slice(clauseStart).trim().replace(/^(?:But|And|Yet|So|However,?|Meanwhile,?)\s+/, ''));
  const phrase = spoken.replace(BRACKETED_ACRONYM, '');
  if (!phrase) return null;
  const phraseDoc = docEnd - spoken.length;
  // "a spokesman for the Council for the Protection of Rural Wales": a phrase that opens with the
  // spokesperson word may run past the length limit, since the body's full name can be long.
  const spokes = SPOKES.exec(phrase);
  const opensWithSpokes = spokes !== null && !spokes[1]?.trim() && !spokes[2]?.trim();
  if (phrase.split(/\s+/).length > 8 && !opensWithSpokes) return null;
  const subject = spokes && SPOKES_WORDS.has(spokes[3]!) ? spokesSubject(phrase, spokes) : null;
  if (subject) {
    const guess = apposedSpokesperson(ctx, before, clauseStart, docEnd) ?? spokesGuess(ctx, subject, phraseDoc);
    if (guess || !isOfficial(subject[3]!)) return guess;
  }
  // "…, his report said", "her letter says": a document is its author's words, whom the pronoun means.
  const owned = OWNED_DOCUMENT.exec(phrase);
  if (owned) {
    const owner = owned[1]!.toLowerCase();
    return owner === 'its' ? lastOrganisation(ctx, phraseDoc) : resolvePronoun(ctx, phraseDoc, owner === 'his' ? 'male' : 'female', quote);
  }
  const body = BODY_PHRASE.exec(phrase);
  if (body) return bodyReference(ctx, body[2]!, phraseDoc, body[1]!);
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1]!;
  // "The Liberal Democrats say": a party's members' name of two words (not a role: "democrat").
  const party = phrase.replace(/^the\s+/i, '');
  if (PARTY_MEMBERS.test(last) && isPartyName(party)) return { type: 'organisation', name: partyName(party) };
  // ("The Kestrel Executive said": a capitalised "Executive" after a capitalised word is a government, a body.)
  const government = last === 'Executive' && /^\p{Lu}/u.test(words[words.length - 2] ?? '');
  if (isRole(last) && !government) {
    // "a recent memoir about the governor claims", "a campaign against the mayor says": the role is whom the
    // subject is about, not the subject. ("A friend of the minister said" is left as it was: on the US
    // training split the role after "of", "to", "for" more often leads to the speaker than away.)
    if (/\s(?:about|on|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+$/u.test(phrase)) return null;
    const desc = phrase.replace(/^(?:the|our|a|an|its|his|her|their)\s+/i, '');
    return resolveDescription(ctx, desc, phraseDoc) ?? anaphoricDescription(ctx, phrase, desc, phraseDoc);
  }
  // "… according to the health select committee … and the MPs added": the members a committee's report speaks through.
  if (/^the\s+(?:MPs|peers|MSPs|AMs)$/i.test(phrase)) {
    const committee = bodyReference(ctx, 'committee', phraseDoc, '');
    if (committee?.type === 'organisation' && /committee/i.test(committee.name)) return committee;
  }
  if (GROUP_NOUNS.has(last.toLowerCase()) && !/^\p{Lu}/u.test(last.replace(/^(?:MPs)$/, 'mps'))) return { type: 'group', name: last.toLowerCase() };
  // "The Conservatives have said", "the Tories": a party called by its members' name is the party, a body.
  if (PARTY_MEMBERS.test(last) && words.length <= 2) return { type: 'organisation', name: last };
  if (GROUP_NOUNS.has(last.toLowerCase()) && words.length <= 2) return { type: 'group', name: last.toLowerCase() };
  const org = ORG_PHRASE.exec(phrase);
  if (org && org[0].length === phrase.length && !/^(?:He|She|It|They|We|I|You|This|That|There)$/.test(org[1]!)) {
    // "The Ardley Guild of Millers (AGM) said": a short form in brackets is a body's, never a person's.
    if (phrase !== spoken && org[1]!.split(/\s+/).length >= 2) return { type: 'organisation', name: orgName(ctx, org[1]!) };
    return capitalisedAgent(ctx, org[1]!, quote);
  }
  // "Athletics' ruling body the IAAF said", "the media regulator Ofcom said": a description, then the body's name.
  const named = /(?:^|\s)[a-z][a-z-]+\s+((?:the\s+)?\p{Lu}[\p{L}&.'\u2019-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&.'\u2019-]*))*)$/u.exec(phrase);
  const describing = /([a-z][a-z-]+)\s+\S+/.exec(named?.[0].trim() ?? '')?.[1] ?? '';
  if (named && isNominal(describing) && !/^(?:of|for|to|by|with|from|at|in|on|and|but|or|as|than|that|who|which|whom|whose|notes|says|said)$/.test(describing)) {
    // Only a name that is a body's for sure: an acronym, a body's word, or a body the text names as such.
    const body = named[1]!.replace(/^the\s+/, '');
    const sure = /^\p{Lu}{2,}$/u.test(body) || body.split(/\s+/).some((w) => ORG_WORDS.has(w)) || ctx.organisations.some((o) => o.name === body);
    const guess = sure ? capitalisedAgent(ctx, named[1]!, quote) : null;
    if (guess?.type === 'organisation') return guess;
  }
  // "Radio 4 said": a body the name finder found ending the subject, though not all capitalised words.
  const found = ctx.organisations.find((o) => o.end === docEnd && o.start >= docEnd - phrase.length && /\d$/.test(o.name));
  return found ? { type: 'organisation', name: orgName(ctx, found.name) } : null;
}
