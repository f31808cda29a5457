/**
 * Context that tells a name-shaped run is a body, a publication or a part in a work, or that a "plays X"
 * is a sporting fixture rather than a role. Small predicates over the text before and after a run, used
 * by names.ts, which decides whether a finding holds for this mention only or for every mention of the name.
 */
import { isDemonym } from './lexicon.ts';
import { isKnownCountry } from './nameLexicon.ts';

/**
 * Head nouns no person can be: "Hatton Mac, the region's second biggest lender," is the firm. Only the
 * head of the appositive counts: "Jo Doe, the firm's chief" and "Jo Doe, head of the firm" are people.
 */
const BODY_HEADS = [
  'firm', 'company', 'bank', 'lender', 'insurer', 'reinsurer', 'airline', 'carrier', 'retailer', 'chain',
  'newspaper', 'paper', 'daily', 'tabloid', 'magazine', 'broadcaster', 'network', 'channel', 'website',
  'club', 'side', 'team', 'studio', 'label', 'brand', 'agency', 'charity', 'band', 'conglomerate',
  'giant', 'maker', 'carmaker', 'manufacturer', 'operator', 'supplier', 'producer', 'publisher',
  'group', 'subsidiary', 'business', 'store', 'supermarket', 'brewer', 'exchange',
].join('|');

/**
 * A word inside the appositive before its head; "of", "at", "for" … would make the head someone else's.
 * A capitalised one too: a city's or a country's name ("a weekly Oslo newspaper", "the Dutch broadcaster").
 * A second article or "behind" starts another noun phrase: "Jo Roe, the man behind the Kestrel games group,"
 * is a person (the group is the other phrase's head).
 */
const MODIFIER = String.raw`(?!(?:of|for|at|in|with|and|who|whose|which|that|to|from|by|behind|on|about|like|the|a|an)\b)[\p{L}\d][\p{L}\d'\u2019-]*`;

const BODY_APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:the|a|an|its|their)\s+(?:${MODIFIER}\s+){0,5}(?:${BODY_HEADS})(?=[,.;:)]|\s+(?:which|that)\b)`,
  'u',
);

/**
 * "X, the region's second biggest lender, said": the run names a body. The appositive must close
 * there: "chief executive Jo Doe, the company says" is a clause after a person's name.
 */
export function bodyAppositiveAfter(after: string): boolean {
  return BODY_APPOSITIVE.test(after);
}

/**
 * Last words of a newspaper's or an agency's title: "told the Harbour Herald", "Harbourposten Daily".
 * Words that are also surnames (Post, Star, Sun, Mail, Standard, Mirror, Courier) are left out.
 */
const PRESS_TITLE_ENDINGS = new Set([
  'Daily', 'Times', 'Herald', 'Gazette', 'Chronicle', 'Tribune', 'Telegraph', 'Journal', 'Observer',
  'Weekly', 'Bulletin', 'Dispatch', 'Inquirer', 'Examiner', 'Argus', 'Gazzetta', 'Zeitung', 'Tageblatt',
]);

/**
 * A publication's title ("Harbourposten Daily"), an airline's name ("Air Tolka", "Aer Tolka") or a
 * reinsurer's ("Tolka Re": "Re" is never a surname).
 */
export function bodyName(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  return words.length >= 2 && (PRESS_TITLE_ENDINGS.has(last) || last === 'Re' || /^(?:Air|Aer)$/.test(words[0]!));
}

/**
 * "plays X in the next round", "plays X or Y next", "played X in the final": an opponent in a fixture,
 * a person, whereas "plays X in Quay Lights" is a part in a work.
 */
const OPPONENT_AFTER =
  /^(?:\s+(?:or|and)\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)?\s+(?:next\b|in\s+(?:the\s+)?(?:next|first|second|third|fourth|fifth|last|final|semi|quarter|opening|round|group|play-off|decider|tie)\b|for\s+(?:the|a)\s+(?:title|place|spot|crown)\b|on\s+(?:centre|court)\b)/u;

export function opponentAfter(after: string): boolean {
  return OPPONENT_AFTER.test(after);
}

/** Words before a name that make "played …" a contest: "played top seed Jo Doe", "played world number one …". */
const CONTEST_WORDS = /\b(?:seed|seeded|number|champion|holder|holders|winner|opponent|rival|rivals|compatriot|team-mate|qualifier|finalist|favourite|partner|defending|one|two|three|four)\b/;

/**
 * "playing scheming card sharp Tess Marlow", "portrays the detective Jon Ferro", "her role as troubled Tess
 * Marlow", "the role of tap dancer Tess": a part described before its name. Up to three lower-case words between the verb and the name, none a preposition ("playing alongside
 * Jo Doe" is a colleague) nor a contest word ("played top seed Jo Doe" is an opponent).
 */
const DESCRIBED_PART_BEFORE =
  /\b(?:plays|played|playing|portrays|portrayed|portraying|(?:role|part) as|role of|(?:stars|starred|starring|cast) as)\s+(?:(?:the|a|an)\s+)?((?:(?!(?:with|against|alongside|opposite|for|in|at|on|under|to|by|and|or|as|like|than|before|after|behind|from|off|down|up|out|through|into|host|hosts|him|her|them|his|its|their)\b)[a-z][a-z-]*\s+){1,3})$/;

/**
 * A description that makes the part a real person's ("playing jazz legend Jo Doe", "portrays the late
 * president …"): a biopic's subject is a person, and the text usually names them as one elsewhere.
 */
const REAL_PERSON_WORDS = /\b(?:legend|legends|star|icon|great|late|real-life|singer|crooner|musician|actress|actor|comedian|president|king|queen|prince|princess|emperor|pioneer|tycoon|billionaire|millionaire|magnate|mogul|businessman|businesswoman|explorer|scientist|boxer|footballer|athlete|aviator|composer|poet|painter|novelist|playwright|dictator|leader|prime|minister|general)\b/;

/** Offices held in a firm or a state: after "the role of" they are a real holder's ("the role of chief executive Jo Doe"). */
const OFFICE_WORDS = /\b(?:chief|executive|director|chairman|chairwoman|chair|secretary|manager|officer|head|spokesman|spokeswoman|commissioner|governor|adviser|advisor|treasurer|founder|owner|coach|captain|boss)\b/;

/** "played Quayside's Tess Marlow": a part in a named work ("played Russia's Jo Doe" is an opponent). */
const WORK_PART_BEFORE = /\b(?:plays|played|playing|portrays|portrayed|portraying)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['\u2019]s\s+$/u;

export function describedPartBefore(before: string): boolean {
  const work = WORK_PART_BEFORE.exec(before)?.[1];
  if (work !== undefined) return !isKnownCountry(work) && !isDemonym(work);
  const described = DESCRIBED_PART_BEFORE.exec(before)?.[1];
  // ("the role of finance director Jo Doe" is what a real officer does: an office is no part.)
  if (described !== undefined && /\brole\s+of\s+(?:(?:the|a|an)\s+)?[a-z-]+(?:\s+[a-z-]+)*\s+$/.test(before) && OFFICE_WORDS.test(described)) return false;
  return described !== undefined && !CONTEST_WORDS.test(described) && !REAL_PERSON_WORDS.test(described);
}

/** Followers of a faith, as a group ("Roman Catholics", "the Methodist …"): never one person's surname. */
const FAITH_WORDS = /^(?:Catholics?|Protestants?|Anglicans?|Methodists?|Presbyterians?|Muslims?|Hindus?|Sikhs?|Buddhists?|Mormons?)$/;

/**
 * A people's or a faith's name, not a person's: "Sri Lankan" and "Sri Lankans" (the known place "Sri Lanka"
 * with an ending), "Roman Catholics". `isPlace` is the place lexicon (nameLexicon.ts).
 */
export function groupName(words: readonly string[], isPlace: (phrase: string) => boolean): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  if (FAITH_WORDS.test(last)) return true;
  const stem = last.replace(/(?:ns|n|s)$/, '');
  if (stem === last) return false;
  return isPlace([...words.slice(0, -1), stem].join(' '));
}
