/** Building ParsedArticle objects for enrich tests without going through a parser, and reading what enrich finds. */
import type { Block, Quote } from '../../content/schema.ts';
import type { ParsedArticle } from '../types.ts';
import { enrichArticle } from './index.ts';

export function makeParsed(paragraphs: Array<string | Block>, headline = 'Test headline'): ParsedArticle {
  return {
    source: 'test/article.txt',
    format: 'plain',
    headline,
    updated: null,
    section: null,
    caption: null,
    imageAlt: null,
    blocks: paragraphs.map((p) => (typeof p === 'string' ? { type: 'paragraph' as const, text: p } : p)),
    related: [],
    warnings: [],
  };
}

/** The quotations the rule sieve alone finds in invented paragraphs (for tests that must not hang on the ranker). */
export function ruleQuotes(paragraphs: string[]): Quote[] {
  return enrichArticle(makeParsed(paragraphs), { speakers: 'rules' }).quotes;
}

/** The sieve's speaker names for those quotations, in order (null for unknown). */
export function ruleSpeakerNames(paragraphs: string[]): Array<string | null> {
  return ruleQuotes(paragraphs).map((q) => q.speaker.name);
}

/** The speaker names in the default (ranker) mode, in order (null for unknown). */
export function rankedSpeakerNames(paragraphs: string[]): Array<string | null> {
  return enrichArticle(makeParsed(paragraphs)).quotes.map((q) => q.speaker.name);
}

/** The speaker names in both modes, for tests that hold the rules and the ranker to one answer. */
export function speakerNamesBothModes(paragraphs: string[]): { rules: Array<string | null>; ranker: Array<string | null> } {
  return { rules: ruleSpeakerNames(paragraphs), ranker: rankedSpeakerNames(paragraphs) };
}
