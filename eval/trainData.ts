/**
 * The ranker's training examples (eval/train.ts): every speech quotation of bbc-dev (eval/devset) and
 * PolNeAR train that the pipeline finds, gold matches and the ranker decides, as candidates with features
 * and which of them gold accepts. Never PolNeAR dev or the held-out BBC sets, which the eval reports as unseen.
 */
import path from 'node:path';
import { analyseSpeakers } from '../src/pipeline/enrich/index.ts';
import { quoteCandidates } from '../src/pipeline/enrich/model/candidates.ts';
import { decidedByRules } from '../src/pipeline/enrich/model/ranker.ts';
import { speakerOf } from '../src/pipeline/enrich/speakerOf.ts';
import { bbcItems, parseCorpusFile, repoRoot, usItems } from './data.ts';
import type { TrainingQuote } from './fit.ts';
import { matchQuotes, sameUsPerson, speakerMatches } from './score.ts';

/** BBC dev has ~300 quotations against ~4,700 US ones: weighted up so British conventions count. */
export const BBC_WEIGHT = Number(process.env.TRAIN_BBC_WEIGHT ?? 4);

export interface Article {
  id: string;
  quotes: TrainingQuote[];
}

export function bbcArticles(): Article[] {
  return bbcItems(path.join(repoRoot, 'eval/devset')).map((item) => {
    const { ctx, findings } = analyseSpeakers(parseCorpusFile(item.corpusPath), { evidence: true });
    const speech = findings.filter((f) => f.kind === 'speech');
    const gold = item.gold.quotes.filter((q) => q.kind === 'speech');
    const pairs = matchQuotes(
      gold.map((q) => q.text),
      speech.map((f) => f.site.unit.text.slice(f.site.span.start, f.site.span.end)),
    );
    const quotes = pairs.flatMap(([g, p]): TrainingQuote[] => {
      // Quotations the rules credit to a body or a group stay with the rules at run time: not trained on.
      if (decidedByRules(speech[p]!)) return [];
      const q = quoteCandidates(ctx, speech[p]!);
      const goldQuote = gold[g]!;
      const correct = q.candidates.map((c) => goldQuote.speakerType !== 'unknown' && speakerMatches(goldQuote, { text: goldQuote.text, speaker: speakerOf(c.guess, ctx.people.people) }, item.gold.people));
      return [{ candidates: q.candidates.map((c) => c.features), nobody: q.nobody, correct, weight: BBC_WEIGHT }];
    });
    return { id: item.id, quotes };
  });
}

export function usArticles(): Article[] {
  return usItems('train').map((item) => {
    const { ctx, findings } = analyseSpeakers(parseCorpusFile(item.corpusPath), { evidence: true });
    const speech = findings.filter((f) => f.kind === 'speech');
    const pairs = matchQuotes(
      item.gold.quotes.map((q) => q.text),
      speech.map((f) => f.site.unit.text.slice(f.site.span.start, f.site.span.end)),
    );
    const quotes = pairs.flatMap(([g, p]): TrainingQuote[] => {
      const goldQuote = item.gold.quotes[g]!;
      if (goldQuote.sourceType !== 'person' || decidedByRules(speech[p]!)) return [];
      const q = quoteCandidates(ctx, speech[p]!);
      const correct = q.candidates.map((c) => {
        const s = speakerOf(c.guess, ctx.people.people);
        return s.type === 'person' && s.name !== null && sameUsPerson(s.name, [goldQuote.name, goldQuote.fullName]);
      });
      return [{ candidates: q.candidates.map((c) => c.features), nobody: q.nobody, correct, weight: 1 }];
    });
    return { id: item.id, quotes };
  });
}
