/**
 * Speech or not: partial quotes worked into reported speech are somebody's words; titles, nicknames,
 * coined terms, scare quotes and labels in quotation marks are nobody's utterance.
 */
import { SPEECH_VERBS } from './lexicon.ts';

export type QuoteKind = 'speech' | 'other';

/** Words right before the opening mark that introduce a name or a term, not an utterance. */
const NAMING_CUE =
  /\b(?:called|titled|entitled|dubbed|nicknamed|named|renamed|codenamed|known as|billed as|so-called|the term|the word|the phrase|the name|the label|the film|the movie|the album|the single|the song|the track|the book|the novel|the play|the musical|the programme|the program|the show|the series|the sitcom|the drama|the game|the campaign|the slogan|term for|word for|short for|a film|an album|a song|a book|a single|his film|her film|his album|her album|hit|film|album|single|song|book|novel|programme|show|series|campaign|scheme|initiative|slogan|motto|operation)\s*$/i;

const ALWAYS_NAMING = /\b(?:dubbed|nicknamed|so-called|known as|codenamed|term for|word for|short for|the term|the word|the phrase)\s*$/i;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** "Hartz-IV", "The Da Vinci Code", "Always Outnumbered": every significant word capitalised. */
export function isTitleLike(text: string): boolean {
  const ws = words(text.replace(/[,.!?;:]+$/, ''));
  if (ws.length === 0 || ws.length > 9) return false;
  const significant = ws.filter((w) => !/^(?:a|an|the|of|and|in|on|at|to|for|or|with|my|me|is|it)$/i.test(w));
  return significant.length > 0 && significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}

export interface KindContext {
  /** The quoted words. */
  text: string;
  /** The sentence around the quote with all quotations masked. */
  sentence: string;
  /** Masked text of the paragraph right before the opening mark. */
  before: string;
  /** Whether some attribution rule already credits the quote to someone. */
  attributed: boolean;
}

export function hasSpeechVerb(masked: string): boolean {
  for (const m of masked.toLowerCase().matchAll(/[a-z]+/g)) if (SPEECH_VERBS.has(m[0])) return true;
  return /\baccording to\b/i.test(masked);
}

export function classifyQuote(ctx: KindContext): QuoteKind {
  const ws = words(ctx.text);
  const sentenceLike = /[.!?]$/.test(ctx.text.trim()) || /[.!?,;]\s/.test(ctx.text);
  const beforeMark = ctx.before.slice(-40);
  if (ws.length <= 6 && !sentenceLike && ALWAYS_NAMING.test(beforeMark)) return 'other';
  if (ws.length <= 9 && isTitleLike(ctx.text) && (NAMING_CUE.test(beforeMark) || !ctx.attributed)) {
    // A capitalised phrase after "called"/"the album"…, or with nobody credited: a title or name.
    if (!(ws.length >= 4 && sentenceLike)) return 'other';
  }
  if (ws.length >= 6) return 'speech';
  if (sentenceLike && ws.length >= 3) return 'speech';
  if (ctx.attributed) return 'speech';
  if (hasSpeechVerb(ctx.sentence)) return 'speech';
  // "a \"lacklustre\" performance", "options would be \"limited\"": a short judgement (an adjective or a
  // participle) in reported speech is somebody's word; a noun phrase ("the \"digital divide\"") is a term.
  const plainWords = ws.every((w) => /^[a-z][a-z'\u2019-]*[,.!?]?$/i.test(w));
  return ws.length <= 3 && plainWords && !isTitleLike(ctx.text) && isJudgement(ws[ws.length - 1]!) ? 'speech' : 'other';
}

/** An evaluative adjective or participle by its ending (the lexicon lists too few): "monumental", "affected". */
function isJudgement(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z-]/g, '');
  return /(?:ous|ful|less|able|ible|ive|ent|ant|ic|al|ed|ing|re)$/.test(w) && !/(?:tion|sion|ment|ness|ity|ism|ship|hood|ing[s])$/.test(w);
}
