/**
 * What a speaker rule sees and what it may answer. Rules are pure functions of one quote's context;
 * the sieve (speakers.ts) runs them in order and keeps the first confident answer.
 */
import type { BodyDocument, TextUnit } from '../textUnits.ts';
import type { PeopleResult } from '../people.ts';
import type { QuoteSpan } from '../quoteMarks.ts';
import type { Sentence } from '../sentences.ts';

export type Guess =
  | { type: 'person'; person: number }
  | { type: 'organisation'; name: string }
  | { type: 'group'; name: string }
  /** A role phrase no person in the text carries yet ("Russia's Nato envoy says …"). */
  | { type: 'description'; phrase: string };

export interface OrgName {
  name: string;
  start: number;
  end: number;
  /** The common noun the text names it with ("government", "magazine"), when it does (namedBodies.ts). */
  kind?: string;
}

export interface ArticleContext {
  doc: BodyDocument;
  people: PeopleResult;
  /** Organisation names found in the text (document offsets). */
  organisations: OrgName[];
  /** "UNECE" → "United Nations Economic Commission for Europe", from "Full Name (ACRONYM)". */
  acronyms: Map<string, string>;
}

export interface QuoteSite {
  unitIndex: number;
  unit: TextUnit;
  span: QuoteSpan;
  /** The unit's text with every quotation masked. */
  masked: string;
  sentence: Sentence;
}

export interface Rule {
  name: string;
  apply(site: QuoteSite, ctx: ArticleContext): Guess | null;
}

/** Document offsets of a quotation. */
export interface QuoteRange {
  start: number;
  end: number;
}

/** Document offsets of the site's quotation (what pronoun resolution must not credit to the people it names). */
export function quoteRange(site: QuoteSite): QuoteRange {
  return { start: site.unit.offset + site.span.start, end: site.unit.offset + site.span.end };
}
