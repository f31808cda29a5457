/**
 * Words around a name-shaped run that show it names a thing, not a person: a firm ("shares in X",
 * "X's chief executive", "economist at X"), a work ("1989's X", "The Life of X", "films such as X and Y"),
 * or a place ("MP for X", "won at X"). Each predicate reads only the text just before and after one
 * mention; names.ts decides whether the finding holds for that mention or for every mention of the name.
 *
 * Why these and not lists of names: the firms, films and grounds of the BBC index that read as people are
 * named like people (a founder's name, a heroine's, a landowner's), with words a names list knows; only the
 * sentence around them says what they are, and the same sentences hardly ever surround a person.
 */
import { ROLE_NOUNS } from './lexicon.ts';

/**
 * Items of a list that ends right before the run: "Quorvan and ", "Fizzo Cola, ", "Tin Hearts, Lanterns of
 * the Quay and ". An item is capitalised words, with the small words a title may hold between them, and may
 * open with "The" or a year's possessive.
 */
const ITEM = String.raw`(?:(?:1[89]|20)\d\d['\u2019]s\s)?\p{Lu}[\p{L}\d'\u2019&.-]*(?:\s(?:(?:of|the|a|an|and|in|on|for|to)\s)*\p{Lu}[\p{L}\d'\u2019&.-]*)*`;
const LIST_BEFORE = String.raw`(?:${ITEM}(?:,\s|,?\s(?:and|&|or)\s))*`;

/** Trades of firms, never of one person ("accountant Jo Doe" is a person: only the plural is a firm). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'firm', 'firms', 'company', 'companies', 'bank', 'banks', 'lender', 'lenders', 'insurer', 'insurers', 'auditor', 'auditors',
  'accountants', 'accountancy', 'brokers', 'stockbrokers', 'brokerage', 'bookmaker', 'bookmakers', 'carmaker', 'carmakers',
  'retailer', 'retailers', 'airline', 'carrier', 'conglomerate', 'manufacturer', 'brewer', 'supermarket', 'consultancy',
  'giant', 'giants', 'subsidiary', 'chain', 'outfit', 'group', 'groups', 'brand', 'brands',
  // Plural trades ("auctioneers Tolley Marsh"); the singular may be one person's job.
  'auctioneers', 'publishers', 'distributors', 'jewellers', 'brewers',
  // Shops named after their founders ("stores like Tolley's and Jo Roe's"); a plural only, as "shop" may be a place.
  'stores', 'shops', 'chains', 'supermarkets', 'boutiques',
]);

/**
 * Trades of a person and of a firm alike ("producer Jo Roe", "Quiz Night producer Zentavo"): before a
 * full name they are a person's job; before one word that no names list knows as a given name or a surname
 * they introduce a firm, not a one-word stage name ("rapper Quillo" is a stage name: no firm raps).
 */
export const FIRM_OR_PERSON_TRADES: ReadonlySet<string> = new Set([
  'producer', 'producers', 'developer', 'developers', 'publisher', 'distributor', 'maker', 'makers', 'manufacturer', 'broadcaster', 'operator', 'supplier', 'provider', 'label', 'studio',
]);

/**
 * A list of firms or brands ending right before the run, after their trade: "banking giants such as Ito
 * Sato, " or "the firms Quorvan and " (without "such as", the list must be joined by "and", "&" or "or":
 * "bookmaker Quorvan, Jo Doe was favourite" is a clause). An item may end in a lower-case word for the
 * goods ("Quorvan cider and "). A group may be of people ("a cross-party group, including …"): not a trade here.
 */
const FIRM_ITEM = String.raw`${ITEM}(?:\s\p{Ll}+)?`;
const FIRM_LIST_BEFORE = [
  new RegExp(String.raw`\b([a-z]+),?\s+(?:such\s+as|including|like|include|includes|included)\s(?:${FIRM_ITEM}(?:,\s|,?\s(?:and|&|or)\s))*$`, 'u'),
  new RegExp(String.raw`\b([a-z]+)\s(?:${FIRM_ITEM}(?:,\s|,?\s(?:and|&|or)\s))*${FIRM_ITEM},?\s(?:and|&|or)\s$`, 'u'),
];

/**
 * A firm's trade right before the run ("auditor Grant Tolley", "lenders Ito Sato"), or before a list
 * the run ends (see FIRM_LIST_BEFORE): the run names a firm, however much it looks like a person's name.
 */
/**
 * "the head of research at broker Tolley", "figures from pollsters Tolley": a trade one works at, or a
 * plural trade one hears from ("a note from analyst Jo Roe" is from a person).
 */
const AT_A_TRADE = /\b(?:at\s+(?:analysts?|broker|stockbroker|consultants?|pollsters?)|from\s+(?:analysts|brokers|stockbrokers|consultants|pollsters))\s$/;

/**
 * "said market analyst Quorvix", "industry watcher Quorvix": an analyst of a market or an industry named by
 * one word is a research firm (a person is named in full: "market analyst Jo Roe").
 */
export const MARKET_ANALYST_BEFORE = /\b(?:market|industry|research|technology|telecoms?)\s+(?:analysts?|researchers?|watchers?|consultants?|consultancy)\s$/;

export function firmBefore(before: string): boolean {
  const previous = /([a-z]+)\s$/.exec(before)?.[1];
  if (previous !== undefined && FIRM_NOUNS.has(previous)) return true;
  if (AT_A_TRADE.test(before)) return true;
  return FIRM_LIST_BEFORE.some((re) => {
    const trade = re.exec(before)?.[1];
    return trade !== undefined && FIRM_NOUNS.has(trade) && trade !== 'group' && trade !== 'groups';
  });
}

/**
 * "to partner a small Tarnby-based kettle firm, Quorvan Marsh, on …": a firm introduced with "a" and named
 * between commas ("He joined a law firm, Jo Roe said." is someone speaking).
 */
export function firmInApposition(before: string, after: string): boolean {
  const trade = /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}?([a-z]+),\s$/u.exec(before)?.[1];
  return trade !== undefined && FIRM_NOUNS.has(trade) && !['group', 'groups', 'chain', 'giant', 'giants', 'outfit', 'brand', 'brands'].includes(trade) && /^,/.test(after);
}

/** "shares in Quorvan and ", "a stake in ": what an investor holds is a firm. */
const HOLDING_BEFORE = new RegExp(String.raw`\b(?:[Ss]hares|[Ss]takes?|[Hh]oldings?|[Ss]hareholdings?)\s+(?:in|of)\s+(?:the\s+)?${LIST_BEFORE}$`, 'u');

/**
 * "parts maker X", "drugmaker X", "from its maker, X": a maker of goods is a firm. A maker of films,
 * documentaries or games is a person ("film-maker Jo Doe"), so only goods count; so does a producer, an
 * exporter or a refiner of a commodity ("crude producer X"; "film producer X" is a person).
 */
const GOODS_MAKER_BEFORE =
  /\b(?:(?:oil|crude|gas|steel|coal|copper|aluminium|sugar|cocoa|coffee|power|electricity)\s+(?:producers?|exporters?|refiners?|suppliers?)|(?:parts|wine|drugs?|car|chip|toy|phone|handset|mobile|beer|steel|aircraft|plane|tyre|tire|food|drinks?|confectionery|computer|camera|engine|watch|chocolate|cigarette|tobacco|vehicle|truck|furniture|clothing|software|hardware|equipment)[\s-]?makers?|drugmakers?|winemakers?|chipmakers?|automakers?|beermakers?|toymakers?|(?:its|their)\s+maker,)\s$/;

/** Words before "at" that put a person somewhere, not at an employer: "aimed at Jo Doe", "angry at Jo Doe". */
const AT_A_PERSON = new Set([
  'aimed', 'directed', 'levelled', 'leveled', 'pointed', 'looked', 'looking', 'look', 'stared', 'glanced', 'laughed',
  'laughing', 'shouted', 'shouting', 'swore', 'yelled', 'screamed', 'waved', 'smiled', 'winked', 'grinned', 'swipe',
  'dig', 'jibe', 'jab', 'snipe', 'sniping', 'pop', 'shot', 'shots', 'kick', 'go', 'out', 'angry', 'furious', 'annoyed',
  'upset', 'frustrated', 'surprised', 'delighted', 'disappointed', 'amazed', 'marvel', 'marvelled', 'threw', 'thrown',
  'throw', 'hurled', 'fired', 'lunged', 'grabbed', 'snapped', 'barked', 'sneered', 'scoffed', 'hit', 'lash', 'lashed',
  'lashing', 'hits', 'chance', 'attempt', 'crack', 'stab', 'glance', 'glare', 'glared', 'nod', 'nodded', 'gestured',
  'fun', 'joke', 'jokes', 'mocked', 'swipes', 'digs', 'jibes', 'barbs', 'anger', 'fury', 'rage', 'frustration', 'disgust',
  'dismay', 'shooting', 'shoot', 'shoots', 'fire', 'header', 'effort', 'strike', 'drive', 'volley', 'straight', 'directly', 'right',
]);

/** "economist at X", "properties at X", "won at X", "the final at X": the run is an employer or a place. */
function atBefore(before: string, after: string): boolean {
  // ("a party at Jo Doe's house": the possessive is a person's.)
  if (/^['\u2019]s?\b/.test(after)) return false;
  const word = /(?:^|[^\p{L}-])([\p{Ll}][\p{L}-]*)\s+at\s+$/u.exec(before)?.[1];
  // ("shooting tamely at Jo Doe": an adverb before "at" modifies an act aimed at someone.)
  return word !== undefined && !AT_A_PERSON.has(word) && !word.endsWith('ly');
}

/** What follows a firm's name and never a person's ("X's chief executive", "X employs", "X, which owns"). */
const FIRM_AFTER = [
  /^['\u2019]s\s+(?:chief\s+executive|chairman|chairwoman|board|shareholders|share\s+price|profits?|subsidiary|subsidiaries)\b/,
  /^\s+shares\s+(?:fell|rose|jumped|slid|dropped|plunged|soared|slumped|climbed|gained|lost|tumbled|hit|have|were)\b/,
  /^\s+(?:employs|subsidiary|division)\b/,
  // "the Quorvan newspaper", "the Tolley Marsh brands", "from Tolley Marsh investment bank": a person's name
  // does not qualify these.
  /^\s+(?:newspaper|brands|broadcaster|(?:investment\s+)?bank)\b/,
  // "Tolley Marsh's fourth quarter profits"; "Tolley Marsh chairman Ian Roe" (a person's name takes no role
  // after it without a comma).
  /^['\u2019]s\s+(?:[\p{Ll}\d-]+\s+){1,2}(?:profits?|revenues?|turnover)\b/u,
  /^\s+(?:chief\s+executive|chairman|chairwoman|boss|chief)\s+\p{Lu}\p{Ll}/u,
  /^,\s+which\s+(?:owns|makes|employs|operates|sells|produces|runs|manufactures)\b/,
];

/**
 * "… in Malaysia. Tolley Marsh, which is due to report …": a sentence opening with the name and ", which"
 * names a body or a thing ("Jo Doe, who …" is a person). Only at a sentence start: "a film starring Jo
 * Doe, which opens …" is about the film.
 */
export function whichAtSentenceStart(before: string, after: string): boolean {
  return /(?:^|[.!?]["\u201d]?\s+|\n)$/.test(before) && /^,\s+which\b/.test(after);
}

/**
 * "the Jo K. Roe agency", "the Tam Roe consultancy": a firm named after its founder, with "the" before the name
 * and a business noun after it (a person is "Jo Roe's agency", or the agency's someone).
 */
const FOUNDERS_FIRM = /^\s+(?:consultancy|consultants|agency|practice|partnership|firm|company|law\s+firm)(?![\p{L}-])/u;

/**
 * "that dates back to Codex Regius", "it goes right back to Lex Tarna": what a custom or a law dates back to
 * is a document, an event or an age. The caller asks too that no list knows the first word as a given name:
 * "the idea goes back to Jo Roe" is the person who had it.
 */
export function datesBackTo(before: string): boolean {
  return /\b(?:dates?|dated|dating|goes|go|going|went|harks?|harked|harking|traces?|traced|tracing|stretch(?:es)?|stretched)\s+(?:(?:right|all\s+the\s+way|way|as\s+far)\s+)?back\s+to\s+$/.test(before);
}

/**
 * The words around the run show a firm. `before` ends where the run (with any courtesy title) starts;
 * `after` starts where the name ends, possessive ending included ("'s chief executive").
 */
export function firmContext(before: string, after: string): boolean {
  if (HOLDING_BEFORE.test(before) || GOODS_MAKER_BEFORE.test(before)) return true;
  // "Quorvan, which makes Tolley Marsh": what a firm makes or sells is a brand.
  if (/\bwhich\s+(?:makes|sells|produces|brews|publishes|distributes|manufactures)\s+$/.test(before)) return true;
  const role = /(?:^|[^\p{L}-])([\p{Ll}][\p{L}-]*)\s+at\s+$/u.exec(before)?.[1];
  if (role !== undefined && ROLE_NOUNS.has(role) && !/^['\u2019]s?\b/.test(after)) return true;
  if (/\bthe\s$/i.test(before) && FOUNDERS_FIRM.test(after)) return true;
  return FIRM_AFTER.some((re) => re.test(after));
}

/** Plural nouns for works: "films such as X, Y and Z" lists titles ("roles included Jo Doe" lists actors). */
const WORKS = String.raw`films|movies|songs|hits|singles|albums|records|tracks|novels|books|shows|series|programmes|programs|games|titles|musicals|plays|operas|blockbusters|classics|dramas|comedies|sitcoms|soaps|cartoons|productions|releases`;
const WORK_LIST_BEFORE = new RegExp(String.raw`\b(?:${WORKS}),?\s+(?:such\s+as|including|like|include|includes|included)\s+${LIST_BEFORE}$|\broles?\s+in\s+${LIST_BEFORE}$`, 'u');

/** A work's noun before "called", "named", "titled": "a song called X" (a man called X is a person). */
const WORK_CALLED_BEFORE =
  /\b(?:film|movie|song|album|single|track|book|novel|programme|program|show|series|game|play|musical|opera|character|cartoon|sitcom|drama|virus|worm|software)\s+(?:(?!(?:about|of|on|featuring|starring|following|with)\s)[\p{L}'\u2019-]+\s+){0,4}(?:was\s+)?(?:called|named|titled|entitled)\s+$/u;

/** "role as ", "part as Lorna Vance's aunt ": the words before a part an actor plays. */
const ROLE_AS_BEFORE = /\b(?:role|roles|part|parts)\s+as\s+(?:(?:\p{Lu}[\p{L}'\u2019-]*\s+){0,3}\p{Lu}[\p{L}-]*['\u2019]s\s+(?:[a-z-]+\s+){1,2})?$/u;

/** "a song called ", "a film named ": a title follows, whatever title word opens it ("a song called Judge Roe"). */
export function workCalledBefore(before: string): boolean {
  return WORK_CALLED_BEFORE.test(before);
}

/** A work's noun and a comma: "in a screened pantomime, " (the name after it, closing the sentence, is its title). */
const WORK_NOUN_COMMA = /\b(?:pantomime|panto|film|movie|album|single|song|novel|book|play|musical|opera|sitcom|series|programme|show|documentary|drama|game)\s*,\s$/;

/**
 * Whether the words around the run show a work's title or a character, and for how much of the text:
 * - 'text', for every mention of the name in the text: "1989's X" (a film of that year), "X: The Long Tide"
 *   (a title's subtitle), "X star Jo Doe" / "X author Jo Doe" (a work's star or author, a name after the
 *   role), "a song called X", "the main character, X", "X (BBC One)";
 * - 'mention', for this mention only, since a work may be named after a real person who is also named as
 *   one ("The Diary of Jo Doe", "films including … and Jo Doe" beside "activist Jo Doe"): a title opening
 *   "The … of", an item of a list after "films such as" or "roles in", unless a possessive makes it the
 *   maker of the next item ("roles in Jo Doe's Tin Hearts"), "her role as Jo Doe", and a possessive name before a numbered
 *   sequel's title ("Jo Doe's Harbour Run 2").
 */
export function workContext(before: string, after: string): 'text' | 'mention' | null {
  if (/\b(?:1[89]|20)\d\d['\u2019]s\s$/.test(before)) return 'text';
  if (/^:\s+(?:(?:The|A|An)\s+\p{Lu}|\p{Lu}[\p{L}'\u2019-]*\s+of\s+\p{Lu})/u.test(after)) return 'text';
  if (/^\s(?:star|stars|actor|actress|author|creator)\s+\p{Lu}/u.test(after)) return 'text';
  if (WORK_CALLED_BEFORE.test(before) || /\b(?:the|main|central|title|lead|fictional|cartoon)\s+characters?,\s$/.test(before)) return 'text';
  // "told BBC Lorna Vance that …": a broadcaster's name right before the run (no "the": "told the BBC Jo Doe
  // had …" is a clause) makes it a programme or a channel of theirs, here.
  if (/(?<!\bthe\s)\b(?:BBC|ITV|Sky|CNN|S4C|RTE)\s$/.test(before)) return 'mention';
  // "Lorna Vance (BBC One)": a programme, with the channel that shows it.
  if (/^\s+\((?:BBC\s?(?:One|Two|Three|Four|1|2|3|4)|ITV\s?[1-4]?|Channel\s(?:4|Five)|Five|Sky\s?(?:One|1)|E4)\)/.test(after)) return 'text';
  // "Lorna Vance, which was created for the film", "Lorna Vance - a character from …": made, or a character.
  if (/^,\s+which\s+(?:was|is|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?(?:created|written|made|designed|invented|released|shown|published|built|launched|recorded|screened)\b/.test(after)) return 'text';
  if (/^\s+[-\u2013]\s+(?:a|the)\s+(?:[a-z-]+\s+){0,2}character\b/.test(after)) return 'text';
  // "Jo Roe's Harbour Run 2", "Jo Roe's Pro Tour III": a possessive name before a capitalised title and a
  // sequel's number is a game or a film sold under a famous name, here (a score, "3-2", or a date, "9/11", is
  // no sequel, and "Jo Roe's Channel 4 show", "Jo Roe's Division 2 side" number a channel or a league).
  if (/^['\u2019]s\s+(?:(?!(?:Channel|Radio|Division|League|Group|Formula|Chapter|Round|Stage|Level|Zone|Class|Grade|Tier|Category|Page|Number|Team|Year|Week|Day|Game|Match|Test|Race)\b)\p{Lu}[\p{L}'\u2019-]*\s+){1,4}(?:\d{1,2}|[IVX]{2,4})(?![\p{L}\d.:/\u2013-])/u.test(after)) return 'mention';
  // "playing a king in a screened pantomime, Lorna Vance.": the work named in apposition, here.
  if (WORK_NOUN_COMMA.test(before) && /^[.;]/.test(after)) return 'mention';
  // "her role as Lorna Vance in …", "a role as Lorna Vance's aunt Tilly": a part an actor plays, a character
  // or (in a biopic) a real person the story may also name as one: here only. The character's relative
  // named in the same phrase is a part too.
  if (ROLE_AS_BEFORE.test(before)) return 'mention';
  if (/^['\u2019]/.test(after)) return null;
  if (/(?:^|[^\p{L}])The\s+(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3}of\s+$/u.test(before) || WORK_LIST_BEFORE.test(before)) return 'mention';
  // A title and its author ("X and Mr Y by Jo Doe").
  if (/^(?:\s+and\s+(?:Mr|Mrs|Ms|Dr)\s\p{Lu}\S*)?\s+by\s+\p{Lu}\p{Ll}/u.test(after)) return 'mention';
  // "plays a drunk in Lorna Vance", "starred in Lorna Vance": the work a part is played in.
  if (/\b(?:starred|starring|stars|appeared|appears|appearing)\s+in\s+$|\b(?:plays?|played|playing)\s+(?:[a-z'\u2019-]+\s+){1,6}in\s+$/.test(before)) return 'mention';
  if (namedThingAfter(after)) return 'mention';
  // "charted with Lorna Vance, on which two rappers sing": what a record has on it is a record's, never a person's.
  if (/^,\s+on\s+which\b/.test(after)) return 'mention';
  return null;
}

/**
 * "the Tolley Vance hotel", "the sister Xil dam", "a new Captain Quill cartoon": a building, a category or
 * a cartoon named after someone, not that someone here, whatever title word opens it. (A prize or a role
 * may be a real person's, and the story may mean them: "took the Jo Doe role" is the part Jo Doe had.)
 */
export function namedThingAfter(after: string): boolean {
  // ("a Jo Roe watch", "her Jo Roe handbag": goods sold under a maker's name are the brand's.)
  return /^\s(?:hotel|theatre|theater|stadium|pavilion|museum|gallery|library|dam|category|cartoon|watch|watches|handbag|handbags|perfume|fragrance)(?![\p{L}-])/u.test(after);
}

/**
 * "the new Miss Quill drama", "an Inspector Tarrow mystery": a courtesy title and one name right before a work
 * noun is the character the work is about. A maker is written in full before the work ("the new Jo Doe
 * film"), so only the titled short form counts, and only for this mention.
 */
export function titledCharacterBefore(after: string): boolean {
  return /^\s(?:dramas?|series|serials?|films?|movies?|novels?|books?|mysteries|mystery|stories|adventures?|sitcom|cartoons?)(?![\p{L}-])/u.test(after);
}

/**
 * '"We will win," the captain told Onda Tarnby.': a name that ends the sentence right after "told", in an
 * attribution after a quotation, is the paper, the station or the programme the words were said to. The
 * caller asks too that no list knows its first word as a given name ("Onda", not "Jo"): a person told
 * something is named so as well ('"Sorry," he told Jo Roe.').
 */
export function outletAfterTold(before: string, after: string): boolean {
  return /["\u201d],?\s+(?:[\p{L}\d'\u2019-]+\s+){1,5}told\s$/u.test(before) && /^[.;]/.test(after);
}

/**
 * "Former Harbour Lights singer Jo Doe", "Harbour Lights guitarist Jo Doe": a name before a band member's
 * role and the member's name is the band's, as a name before "star" is a work's. It holds even after a
 * qualifier the name finder took for a title ("Former").
 */
export function bandBefore(after: string): boolean {
  return /^\s(?:(?:lead\s+)?singer|guitarist|drummer|bassist|keyboardist|vocalist|frontman|frontwoman)\s+\p{Lu}/u.test(after);
}

/**
 * Whether the words around the run show a place: 'text' for "MP for X", "the seat of X" (a constituency,
 * wherever the text names it); 'mention' for "won at X", "the final at X" (a ground or a venue; see
 * `atBefore`: "aimed at Jo Doe" is a person).
 */
export function placeContext(before: string, after: string): 'text' | 'mention' | null {
  // "the luxury Tolley Vance in Paris", "the five-star Tolley Vance": a hotel or a resort named after someone,
  // wherever the text names it (a person is never sold as luxury).
  if (/\bthe\s+(?:luxury|plush|five-star|four-star|upmarket|swanky|boutique)\s$/.test(before)) return 'text';
  if (/\b(?:MPs?|MSPs?|AMs?|MEPs?|seats?|constituency|constituencies)\s+(?:for|of|in)\s+$/.test(before)) return 'text';
  // "the Argentine capital Tolley Vance", "the resort town of …": a place ("secretary of state Jo Doe" is not).
  if (/\b(?:capital|city|town|village|region|province|resort|suburb|district)\s$/.test(before)) return 'mention';
  // "won the title at Tolley Vance", "the semi-finals at Tolley Vance": where a match is won or lost is a
  // ground or a tournament, wherever the text (and the collection, unless a story vouches for a person of
  // that name) names it: "Tolley Vance is where he hopes to win" then means the tournament too.
  if (VENUE_AT.test(before) && !/^['\u2019]s?\b/.test(after)) return 'text';
  return atBefore(before, after) ? 'mention' : null;
}

/** A result or a stage of a competition right before "at": what follows is where it is played. */
const VENUE_AT = /\b(?:won|wins|winning|victory|victories|triumph|title|titles|crown|final|finals|semi-finals?|quarter-finals?|round|defeat|lost|loss|exit|debut)\s+at\s+$/;

/**
 * "Quayside Rovers are the first side to …", "Tin Lanterns have split": a name that opens a sentence right
 * before "are", "were" or "have" takes a plural verb, as a team, a band or a firm does in British English; one
 * person never does. (Only at the sentence's start: further in, the name may end a list of people, "Jo Doe and
 * winger Ann Roe are back".)
 */
export function groupVerbAfter(before: string, after: string): boolean {
  return /^\s(?:are|were|have)\s/.test(after) && /(?:^|[.!?]["\u201d]?\s+|\n\s*)$/.test(before);
}

/**
 * "won the Jo Roe conducting competition", "the Jo Roe festival": a contest or a festival named after someone is
 * the event here, not the person ("the Jo Roe award" may be about the person too: left out).
 */
export function eventNamedAfter(before: string, after: string): boolean {
  return /\bthe\s$/.test(before) && /^\s(?:[a-z-]+\s)?(?:competition|contest|tournament|festival|scholarship)(?![\p{L}-])/u.test(after);
}

/** "worked with Jo Doe on Harbour Lights", "collaborated on Harbour Lights": what people work on together is a work. */
export function workedOnBefore(before: string): boolean {
  return /\b(?:worked|working|collaborated|collaborating|teamed\s+up)\s+(?:together\s+)?(?:with\s+(?:[a-z]+\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3})?on\s+$/u.test(before);
}

