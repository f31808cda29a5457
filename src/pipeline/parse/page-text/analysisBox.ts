/**
 * Analysis boxes: a correspondent's name line, a role line that contains the name
 * (`BBC Europe correspondent Jonny Dymond`, `Kevin Connolly, BBC News, Washington`), then a few paragraphs
 * in the correspondent's own voice.
 *
 * The page does not mark where a box ends, so the box takes paragraphs until one of these (the first
 * paragraph always belongs to the box):
 * - a structural element: crosshead, pull quote, another box header, or the end of the body (the caller
 *   checks those);
 * - a paragraph that reads as the main report again (`readsAsMainReport`): a quotation paragraph, a direct
 *   quote with a speech verb, reported speech closed by an attribution (`…, he added.`), a newsmaker with a
 *   past-tense speech verb (`Mr X said …`), or the BBC talking about its correspondent (`says our
 *   correspondent`) — a correspondent writing in a box speaks for themselves, in the present, without quotes;
 * - a cap of MAX_BOX_PARAGRAPHS, since boxes are short asides.
 */
import type { Item } from './items.ts';
import { containsDoubleQuote, endsWithPunctuation, isPersonName, startsWithDoubleQuote, wordCount } from './textShapes.ts';

export const MAX_BOX_PARAGRAPHS = 6;
const MAX_ROLE_WORDS = 12;
/** Blank lines allowed between the name and role lines (doubled blank lines happen). */
const MAX_HEADER_GAP = 2;

export interface BoxAuthor {
  name: string;
  role: string | null;
}

export interface BoxHeader {
  author: BoxAuthor;
  /** Number of items the header occupies (name line + role line). */
  length: number;
}

function stripBy(text: string): string {
  return text.replace(/^by\s+/i, '');
}

/** Role text once the name is taken out: `BBC Europe correspondent`, `BBC News, Washington`. */
function roleWithout(roleLine: string, name: string): string | null {
  const line = stripBy(roleLine);
  const at = line.indexOf(name);
  if (at < 0) return null;
  const role = (line.slice(0, at) + ' ' + line.slice(at + name.length))
    .replace(/\s+/g, ' ')
    .replace(/^[\s,|:\u2013\u2014-]+|[\s,|:\u2013\u2014-]+$/g, '')
    .replace(/\s+,/g, ',');
  return role === '' ? null : role;
}

function isRoleLineShape(text: string): boolean {
  return wordCount(text) <= MAX_ROLE_WORDS && !endsWithPunctuation(text);
}

/** Words that make a short line a journalist's role even without the name in it. */
const JOURNALIST_ROLE = /\b(?:BBC|correspondent|editor|reporter|analyst)\b/i;
const ROLE_BEFORE_NAME = /^(.*\b(?:correspondent|editor|reporter|analyst|producer))\s+(.+)$/i;

/**
 * A role line standing alone, naming its author: `Kevin Connolly, BBC News, Washington` (the role
 * mentions the BBC) or `BBC Europe correspondent Jonny Dymond` (a journalist's job title, then a name).
 */
function soloRoleLine(text: string): BoxAuthor | null {
  const line = stripBy(text);
  if (!isRoleLineShape(line) || !/\bBBC\b/.test(line)) return null;
  const comma = line.indexOf(',');
  if (comma > 0) {
    const name = line.slice(0, comma).trim();
    if (isPersonName(name)) return { name, role: roleWithout(line, name) };
  }
  const match = ROLE_BEFORE_NAME.exec(line);
  const name = match?.[2]?.trim() ?? '';
  if (match && isPersonName(name)) return { name, role: match[1]?.trim() || null };
  return null;
}

/**
 * A box header starting at `index`:
 * - a name line, then (within a blank line or two) a role line containing that name, or a role line right
 *   under it that reads as a journalist's job (`BBC Europe correspondent`, without the name);
 * - or a lone role line that names its author (see `soloRoleLine`).
 */
export function matchBoxHeader(items: readonly Item[], index: number, end: number): BoxHeader | null {
  const nameItem = index < end ? items[index] : undefined;
  if (!nameItem) return null;
  const roleItem = index + 1 < end ? items[index + 1] : undefined;
  const name = stripBy(nameItem.text);
  if (isPersonName(name)) {
    if (!roleItem || roleItem.gapBefore > MAX_HEADER_GAP || !isRoleLineShape(roleItem.text) || roleItem.text === nameItem.text) return null;
    const role = roleWithout(roleItem.text, name);
    if (role !== null) return { author: { name, role }, length: 2 };
    if (roleItem.gapBefore === 0 && JOURNALIST_ROLE.test(roleItem.text)) return { author: { name, role: roleItem.text }, length: 2 };
    return null;
  }
  const solo = soloRoleLine(nameItem.text);
  return solo ? { author: solo, length: 1 } : null;
}

const SPEECH_VERBS = 'said|says|added|adds|told|tells|insisted|insists|warned|warns|explained|stressed|argued|claimed|declared|announced|stated|urged|noted|acknowledged|admitted|confirmed|continued|asked';
const PAST_SPEECH_VERBS = 'said|added|told|insisted|warned|explained|stressed|argued|claimed|declared|announced|stated|urged|noted|acknowledged|admitted|confirmed|continued';
const HAS_SPEECH_VERB = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'i');
/** `…, he added.` / `…, Mr Smith said.` / `…, said the minister.` at the very end of the paragraph. */
const CLOSING_ATTRIBUTION = new RegExp(
  `,["\u201d']? (?:(?:he|she|they|it|we)|(?:[A-Z][\\w'\u2019-]*)(?: [A-Z][\\w'\u2019-]*){0,3}|(?:the|a|an) [\\w'\u2019 -]{1,60}?) (?:${PAST_SPEECH_VERBS})(?: [\\w'\u2019 -]{1,40})?[.!?]["\u201d']?$`,
);
const SAID_NAME = new RegExp(`\\b(?:${PAST_SPEECH_VERBS}) (?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|President|Prime Minister|[A-Z][a-z]+ [A-Z][a-z]+)\\b`);
const NAME_SAID = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|President) [A-Z][\\w'\u2019-]+ (?:${PAST_SPEECH_VERBS})\\b`);
/** A named subject opening the paragraph with a past-tense speech verb: `Baltan Works told reporters …`. */
const SUBJECT_SAID = new RegExp(`^(?:The )?[A-Z][\\w'\u2019.-]*(?: [A-Z][\\w'\u2019.-]*){0,3} (?:${PAST_SPEECH_VERBS})\\b`);
const BBC_CORRESPONDENT = /\b(?:our|the BBC's) [\w ,-]{0,60}?(?:correspondent|editor|reporter)\b/i;

/** Longest stretch of a paragraph that the attribution patterns look at (keeps matching bounded). */
const TAIL_LENGTH = 160;

/** The paragraph sounds like the news report around the box rather than the correspondent's aside. */
export function readsAsMainReport(text: string): boolean {
  if (startsWithDoubleQuote(text)) return true;
  if (containsDoubleQuote(text) && HAS_SPEECH_VERB.test(text)) return true;
  const tail = text.length > TAIL_LENGTH ? text.slice(-TAIL_LENGTH) : text;
  if (CLOSING_ATTRIBUTION.test(tail)) return true;
  if (NAME_SAID.test(text) || SAID_NAME.test(text) || SUBJECT_SAID.test(text.slice(0, TAIL_LENGTH))) return true;
  return BBC_CORRESPONDENT.test(text);
}
