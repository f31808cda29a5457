/**
 * Quotations whose speaker the text leaves unnamed though a name stands right beside them, so no rule may
 * give them to that name and the run they open is nobody's known:
 * - `Jo Roe told the panel of the hostility she met: "Go home."`: words the subject heard (the taunt, the
 *   insult), not words she said;
 * - `"Stay where you are, Tom," came the reply.`: an answer to the person whose story it is;
 * - `"The minister is unwell," reads a note for Mrs Hart.`: a document with no author named, written for
 *   the person named after it;
 * - `He toured the ports - often seen as the minister's "patch" - on Friday`: a word set off between dashes
 *   with no verb of saying of its own, which the sentence's verb does not govern;
 * - `The chief of the "failing" Kestrel Agency resigned`: a word or two between "the" and the name they
 *   qualify, in a sentence with no verb of saying before it (a label the story keeps at arm's length; before a common
 *   noun, "the "ticking bomb" of …", such words are most often the reported speaker's).
 */
import { ATTRIBUTION_VERBS } from './lexicon.ts';

/** Nouns for hostile words someone was given. */
const HOSTILE_WORDS = '(?:hostility|abuse|taunts?|insults?|jibes?|jeers?|slurs?|sexism|racism|prejudice|heckling|threats?|catcalls?)';

/**
 * "of the sheer hostility …:", "about the abuse …:", "recalled the taunts …:": a hostile-words noun, then at
 * most a short clause without another quotation or sentence end, then the colon right before the quotation.
 */
const HEARD_LEAD = new RegExp(String.raw`\b(?:of|about|recalled|described|recounted|remembered)\s+(?:the\s+|some\s+)?(?:[\p{Ll}-]+\s+){0,2}${HOSTILE_WORDS}\b[^".!?\u201c\u201d]{0,90}:\s*$`, 'u');

/** `came the reply`, `came the swift response` right after the closing mark. */
const CAME_THE_REPLY = /^[,.!?]?\s*came\s+the\s+(?:[a-z-]+\s+)?(?:reply|response|answer|retort)\b/;

/** `reads a memo for …`, `read a note` with no "from"/"by" naming who wrote it. */
const READS_UNSIGNED = /^[,.!?]?\s*(?:reads|read)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:note|memo|memorandum|letter|message|e-mail|email|notice|card|sign|text)\b(?!\s+(?:from|by|signed)\b)/;

/** An aside opened by a dash, still open where the quotation starts: " - often seen as the minister's ". */
const OPEN_ASIDE = /\s[-\u2013\u2014]\s([^-\u2013\u2014"\u201c\u201d.!?]{2,80})$/;
/** The same aside closing after the quotation: " - on Friday". */
const ASIDE_CLOSES = /^([^-\u2013\u2014"\u201c\u201d.!?]{0,60})\s[-\u2013\u2014]\s/;

/** Whether the quotation sits inside a dash aside that has no verb of saying of its own. */
function insideSilentAside(lead: string, after: string): boolean {
  const open = OPEN_ASIDE.exec(lead);
  const close = open ? ASIDE_CLOSES.exec(after.replace(/^["\u201d]/, '')) : null;
  // ("his two rules - to spend only on building and keep borrowing "low" -": an aside that spells out what the
  // sentence reports is still the reported words.)
  if (!open || !close || /^to\s/.test(open[1]!)) return false;
  return ![...`${open[1]} ${close[1]}`.matchAll(/[a-z]+/g)].some((w) => ATTRIBUTION_VERBS.has(w[0]));
}

/**
 * Whose the words in a quotation are, when someone unnamed's, from the clause that ends right before its
 * opening mark (`lead`) and the text right after its closing mark (`after`): `heard` (no one named spoke them,
 * and the run they open is nobody's known) or `aside` (a reply inside someone's account, or a word in a silent
 * aside: not the account's, which goes on after it), else null.
 */
export function wordsOfSomeoneUnnamed(lead: string, after: string, quoted: string): 'heard' | 'aside' | null {
  if (HEARD_LEAD.test(lead) || READS_UNSIGNED.test(after)) return 'heard';
  return CAME_THE_REPLY.test(after) || insideSilentAside(lead, after) || labelInNounPhrase(lead, after, quoted) ? 'aside' : null;
}

/** "the " right before the quotation (the sentence before it must hold no verb of saying). */
const DETERMINER_LEAD = /(?:^|[\s,])(?:the|The)\s*$/;

/** Whether the quotation is a label of a word or two between "the" and the name it qualifies. */
function labelInNounPhrase(lead: string, after: string, quoted: string): boolean {
  if (!DETERMINER_LEAD.test(lead) || quoted.trim().split(/\s+/).length > 2 || !/^["\u201d]?\s+\p{Lu}/u.test(after)) return false;
  const words = [...lead.matchAll(/[a-z]+/g)].map((w) => w[0]);
  return !words.some((w) => ATTRIBUTION_VERBS.has(w));
}
