/**
 * Bodies the text names with a common noun beside the name: "the Tolvan government", "US magazine Kestrel
 * Review", "the respected Verge magazine", "Spanish daily Marbo". The name finder reads capitalised runs
 * only, so it files "Kestrel Review" as nothing and "US" as a place; the speaker rules need these bodies
 * so that "the government said", "the paper says" and "it said" can refer back to them.
 */
import type { OrgName } from './rules/types.ts';

/** Nouns for a newspaper, a magazine or a site: "the paper says" refers back to any of them. */
export const PRESS_NOUNS: ReadonlySet<string> = new Set(['paper', 'newspaper', 'magazine', 'daily', 'weekly', 'tabloid', 'website']);

// Starts only at a word's start: trying every capital inside a long word would be quadratic.
const NAME = String.raw`(?<![\p{L}\p{N}.'\u2019&-])((?:\p{Lu}[\p{L}.'\u2019&-]*\s+){0,3}\p{Lu}[\p{L}.'\u2019&-]*)`;
const NOUN_AFTER = new RegExp(String.raw`${NAME}\s+(government|magazine|newspaper|daily|weekly|tabloid|website)\b`, 'gu');
const NOUN_BEFORE = new RegExp(String.raw`\b(magazine|newspaper|daily|weekly|tabloid|website)\s+${NAME}`, 'gu');

/** A sentence's first word, an article or a possessive is no part of a body's name. */
const NOT_NAME = /^(?:The|But|And|So|Yet|A|An|This|That|Its|Their|His|Her|In|On|At|For|When|While|As)\s+/;

/** The end of a sentence or a paragraph inside a run of capitalised words. */
const SENTENCE_BREAK = /[.!?]\s+|\s*\n\s*/gu;

function body(raw: string, start: number, noun: string, nounFirst: boolean): OrgName | null {
  let name = raw.replace(/['\u2019]s$/, '').replace(/\.$/, '');
  let at = start;
  // "US magazine Kestrel PC.\n\nThe magazine …": a name never runs across the end of a sentence. Before
  // the noun the name is what follows the last break; after it, what comes before the first.
  const breaks = [...name.matchAll(SENTENCE_BREAK)];
  if (breaks.length > 0 && nounFirst) name = name.slice(0, breaks[0]!.index).replace(/\.$/, '');
  else if (breaks.length > 0) {
    const cut = breaks.at(-1)!.index + breaks.at(-1)![0].length;
    name = name.slice(cut);
    at += cut;
  }
  while (NOT_NAME.test(`${name} `)) {
    const cut = Math.min(name.length, NOT_NAME.exec(`${name} `)![0].length);
    name = name.slice(cut);
    at += cut;
  }
  if (!name) return null;
  // "the US government" keeps its noun; a paper is called by its name alone ("Kestrel Review").
  return noun === 'government' ? { name: `${name} government`, start: at, end: start + raw.length, kind: noun } : { name, start: at, end: at + name.length, kind: noun };
}

/** The bodies named with a noun, merged in text order with those the name finder found. */
export function withNamedBodies(text: string, bodies: readonly OrgName[]): OrgName[] {
  const found: OrgName[] = [];
  for (const m of text.matchAll(NOUN_AFTER)) {
    // "Spanish daily Marbo": a name after the noun is the paper's; the word before it only describes.
    if (m[2] !== 'government' && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    const b = body(m[1]!, m.index, m[2]!, false);
    if (b) found.push(b);
  }
  for (const m of text.matchAll(NOUN_BEFORE)) {
    const b = body(m[2]!, m.index + m[0].length - m[2]!.length, m[1]!, true);
    if (b) found.push(b);
  }
  if (found.length === 0) return [...bodies];
  return [...bodies, ...found].sort((a, b) => a.start - b.start);
}
