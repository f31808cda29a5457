/**
 * Types that flow between the pipeline's stages (parse → enrich → link → write).
 * Only the *output* of link is public; everything here is the pipeline's own business.
 */
import type { Block, Quote, RelatedStory } from '../content/schema.ts';

/** A decoded source file, ready to parse. */
export interface SourceFile {
  /** Path relative to the content folder, forward slashes. */
  source: string;
  /** Decoded text: LF line ends, no byte-order mark. */
  text: string;
  /** The first folder level under the content folder, when there is one (names the section). */
  folder: string | null;
}

/** Something odd in a source that did not stop it being written. */
export interface Warning {
  /** 1-based line in the source file, or null when the problem is not tied to a line. */
  line: number | null;
  message: string;
}

/** The result of a parser: an article without collection-wide ids, quotes or people. */
export interface ParsedArticle {
  source: string;
  format: 'page-text' | 'plain';
  headline: string;
  /** ISO 8601 UTC instant (e.g. 2009-09-18T21:44:00.000Z) or null. */
  updated: string | null;
  section: string | null;
  caption: string | null;
  imageAlt: string | null;
  /** Pull quote speakers carry `{name, personId: null, type: 'person'}` until linked. */
  blocks: Block[];
  /** Related stories as printed; `id` is null until the link stage resolves titles. */
  related: RelatedStory[];
  warnings: Warning[];
}

/** A person as one article knows them, before merging across the collection. */
export interface LocalPerson {
  /** Fullest form of the name in the article, without courtesy or job titles. */
  name: string;
  /** Every distinct way the article writes the name (full name, surname, "Mr X", "Lord X" …). */
  mentions: string[];
  /** Roles and descriptive phrases the article ties to the person, in its own words. */
  descriptions: string[];
  /** Gender the text implies (Mr/Ms/he/she), used for pronouns and for merging; null when unknown. */
  gender: 'male' | 'female' | null;
  /**
   * Named only in a list (a team sheet, a squad) and never resolved to a full name in the article: a bare
   * "Brown" there is somebody, but not someone the index can tell apart from every other Brown.
   */
  listedOnly?: boolean;
  /**
   * Listed only, but the prose writes the word too before the list ("… when Roe slid a pass", then the sheet):
   * surnames the stories share may join it to a full name (link/people.ts), as they may a name in prose.
   */
  inProse?: boolean;
  /**
   * Full names ending in this surname that the prose writes where the name finder was not sure of them
   * ("from Jory Roe's pass"): which Roe the sheet means, when one is the index's ("Jory Roe"), or is not.
   */
  proseFullNames?: string[];
}

/**
 * A quote as the enrich stage finds it. `speaker.personId` stays null here: the link stage fills it
 * from the person's collection-wide id (the speaker's `name` equals a LocalPerson's `name`).
 */
export type EnrichedQuote = Quote;

/** A subject candidate for topics: an organisation, place or theme the article names. */
export interface TopicCandidate {
  name: string;
  kind: 'organisation' | 'place' | 'theme';
}

export interface EnrichedArticle extends ParsedArticle {
  quotes: EnrichedQuote[];
  people: LocalPerson[];
  /**
   * Full names the text shows to be no person anywhere in it: a work's title, a character, a firm, a
   * constituency ("1989's X", "X star Jo Doe", "shares in X"). The link keeps such a name out of the people
   * index in every story when no story vouches for a person of that name (link/people.ts).
   */
  notPeople?: string[];
  topicCandidates: TopicCandidate[];
  wordCount: number;
  /**
   * Set in a one-off run (packedBlocks.ts): every block as UTF-8 JSON, with `blocks` cut to the first
   * paragraph. Read the whole body with `blocksOf`.
   */
  packedBlocks?: Uint8Array;
}
