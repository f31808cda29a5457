/**
 * "Jo Roe saw the union chiefs. Our correspondent said the talks ended without an offer. The strike may "still
 * be called off", he added.": a sentence whose subject is someone left unnamed (our correspondent, an official, a
 * source) reporting with a verb of saying, or such a one credited with a quotation (`"…," a spokeswoman said.`), stands between the last named man and a "he": the pronoun most
 * likely goes on with the unnamed reporter, so it names no one rather than the man named before.
 * ("The spokesman said" is left out: it often takes up a spokesman named just before.)
 * A relative clause may stand between the reporter and the verb ("However, one dealer, who would not give a name, told
 * Reuters …"): it opens on "who" after a comma and closes on a comma before the verb, within the sentence.
 */
import { unnamedRelativeClause } from './unnamedRelative.ts';

const REPORTER_NOUNS = '(?:correspondent|official|officials|source|sources|spokesman|spokeswoman|spokesperson|aide|insider|editor|analyst|analysts|reporter|diplomat|observer|dealer|dealers|trader|traders|banker|bankers)';
/** `, who would not give a name,` — a relative clause that names no one (see unnamedRelative.ts). */
const RELATIVE = unnamedRelativeClause('lower-case');
const UNNAMED_REPORTS = new RegExp(
  String.raw`(?:^|[.!?]["\u201d]?\s+|\n\s*)(?:(?:But|And|However|Meanwhile|Yet),?\s+)?(?:[Oo]ur|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?${REPORTER_NOUNS}(?:\s+|${RELATIVE})(?:also\s+|later\s+)?(?:said|says|told|added|believed|believes|understood|explained|warned|suggested)\b`,
  'u',
);

/** `"…," a spokeswoman said.`: the same reporter after a quotation. */
const UNNAMED_AFTER_QUOTE = new RegExp(
  String.raw`["\u201d]\s*,?\s*(?:(?:said|says|added)\s+(?:an?|one|another)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?${REPORTER_NOUNS}\b|(?:an?|one|another)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?${REPORTER_NOUNS}\s+(?:said|says|added)\b)`,
  'u',
);

/** Whether such a sentence opens between two document offsets. */
export function unnamedReporterBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return UNNAMED_REPORTS.test(between) || UNNAMED_AFTER_QUOTE.test(between);
}
