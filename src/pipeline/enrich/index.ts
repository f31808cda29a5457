/**
 * Enrich stage entry: small pure steps, each adding one thing to a parsed article.
 *
 *   body text → names (names.ts) → people + descriptions (people.ts, descriptions.ts)
 *             → quotations + speakers (quoteMarks.ts, speakers.ts, rules/) → topic candidates
 */
import { withWordSurnames } from './wordSurnames.ts';
import { withoutDepartments } from './departments.ts';
import { withAmpersandNames } from './ampersandNames.ts';
import { withShortForms } from './shortForms.ts';
import type { Block, Quote } from '../../content/schema.ts';
import type { EnrichedArticle, ParsedArticle } from '../types.ts';
import { findAcronyms } from './acronyms.ts';
import { bodyInFull } from './bodiesInFull.ts';
import { collectDescriptions } from './descriptions.ts';
import { withNamedBodies } from './namedBodies.ts';
import { scanNames } from './names.ts';
import { clusterPeople, personName, toLocalPeople } from './people.ts';
import { genderFromPronouns } from './pronounGender.ts';
import type { ArticleContext } from './rules/types.ts';
import { pullQuoteSpeaker, speakerOf } from './speakerOf.ts';
import { rankSpeakers } from './model/ranker.ts';
import { creditEchoes } from './echoedQuotes.ts';
import { linkIntroOffice } from './introOffice.ts';
import { attributeQuotes, type QuoteFinding } from './speakers.ts';
import { buildDocument, markHeadingMentions } from './textUnits.ts';
import { topicCandidates } from './topics.ts';

/**
 * Who decides each quotation's speaker: the rule sieve alone, or the learned ranker over the sieve's
 * candidates (model/). The default is the one that did better on unseen text (docs/quotes.md).
 */
export type SpeakerMode = 'rules' | 'ranker';
export const DEFAULT_SPEAKER_MODE: SpeakerMode = 'ranker';

export interface EnrichOptions {
  speakers?: SpeakerMode;
}

/** The article's people and quotations with the sieve's evidence (what the ranker and its training read). */
export function analyseSpeakers(article: ParsedArticle, options: { evidence: boolean }): { ctx: ArticleContext; findings: QuoteFinding[]; scan: ReturnType<typeof scanNames> } {
  const doc = buildDocument(article.blocks);
  const scan = scanNames(doc.text);
  const people = clusterPeople(withWordSurnames(doc.text, scan.people));
  markHeadingMentions(doc, people.mentions);
  collectDescriptions(doc.text, people.people, people.mentions);
  genderFromPronouns(doc.text, people);
  linkIntroOffice(doc, people);
  const acronyms = findAcronyms(doc.text);
  const ctx: ArticleContext = { doc, people, organisations: withShortForms(doc.text, withNamedBodies(doc.text, withAmpersandNames(doc.text, withoutDepartments(doc.text, scan.organisations)))), acronyms };
  return { ctx, findings: attributeQuotes(ctx, options), scan };
}

export function enrichArticle(article: ParsedArticle, options: EnrichOptions = {}): EnrichedArticle {
  const mode = options.speakers ?? DEFAULT_SPEAKER_MODE;
  const { ctx, findings, scan } = analyseSpeakers(article, { evidence: mode === 'ranker' });
  const { people, acronyms } = ctx;
  if (mode === 'ranker') rankSpeakers(ctx, findings);
  creditEchoes(ctx, findings);
  const personNames = people.people.map(personName);
  const quotes: Quote[] = findings
    .filter((f) => f.kind === 'speech')
    .map((f, i) => {
      const { unit, span } = f.site;
      const quote: Quote = {
        id: `q${i + 1}`,
        text: unit.text.slice(span.start, span.end),
        speaker: bodyInFull(speakerOf(f.guess, people.people), ctx.doc.text, personNames),
        block: unit.block,
        child: unit.child,
        start: span.start,
        end: span.end,
      };
      if (span.unclosed) quote.unclosed = true;
      return quote;
    });

  const blocks = article.blocks.map((block): Block =>
    block.type === 'pullquote' ? { ...block, speaker: pullQuoteSpeaker(block.speaker.name, people.people) } : block,
  );

  return {
    ...article,
    blocks,
    quotes,
    people: toLocalPeople(people),
    // (Untitled full names only: "Dr X" as a brand, or a lone word, says nothing of a namesake elsewhere;
    // but a lone word with a plural verb, "Quayside have", is a club or a band wherever it is named.)
    ...withNotPeople([...scan.notPeople].filter((n) => (n.includes(' ') || scan.pluralBodies.has(n)) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness|Prof|Professor) /.test(n)).sort()),
    topicCandidates: topicCandidates(scan, acronyms),
    wordCount: countWords(article),
  };
}

/** The field only when there is something in it, so most articles keep their shape. */
function withNotPeople(names: string[]): { notPeople?: string[] } {
  return names.length > 0 ? { notPeople: names } : {};
}

function countWords(article: ParsedArticle): number {
  let words = 0;
  for (const block of article.blocks) {
    const texts = block.type === 'analysis' ? block.blocks.map((b) => b.text) : [block.text];
    for (const text of texts) words += text.split(/\s+/).filter(Boolean).length;
  }
  return words;
}
