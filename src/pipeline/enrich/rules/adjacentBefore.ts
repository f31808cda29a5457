/**
 * `X said: "…"`, `He added: "…"`, `Mr Stone told the BBC: "…"`, `he said "…"`: a speech verb right
 * before the opening mark, with nothing but a colon, a comma, "that" or a short object between.
 */
import { ATTRIBUTION_VERBS } from '../lexicon.ts';
import { agentBefore } from './agents.ts';
import type { Rule } from './types.ts';

const TAIL = /^(?:\s*[:,]?\s*|\s+that\s+|\s+(?:the\s+)?[\p{L}'\u2019]+(?:\s+[\p{L}'\u2019]+){0,3}\s*[:,]\s*)$/u;

export const adjacentBefore: Rule = {
  name: 'verb before the quote',
  apply(site, ctx) {
    const markAt = site.span.start - 1;
    const before = site.masked.slice(site.sentence.start, markAt);
    let found: { index: number } | null = null;
    for (const m of before.matchAll(/[a-z]+/g)) if (ATTRIBUTION_VERBS.has(m[0])) found = { index: m.index };
    if (!found) return null;
    const verb = /[a-z]+/.exec(before.slice(found.index))![0];
    const tail = before.slice(found.index + verb.length);
    if (!TAIL.test(tail)) return null;
    return agentBefore(ctx, site.masked, site.sentence.start + found.index, site.unit.offset);
  },
};
