/**
 * `npm run eval [-- --verbose]`: parse + enrich every dev-set article (eval/devset/*.json, offsets
 * into /work/shared/corpus) and the seed (gold/seed-nato.json, quote text), then print quote recall
 * and precision, attribution accuracy, people recall and precision, per set and overall, plus ms per
 * article for enrich. `--verbose` lists every error.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../src/pipeline/parse/index.ts';
import { enrichArticle } from '../src/pipeline/enrich/index.ts';
import type { EnrichedArticle } from '../src/pipeline/types.ts';
import { scoreArticle, totals, type ArticleScore, type GoldPerson, type GoldQuote } from './score.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const verbose = process.argv.includes('--verbose');

interface OffsetGold {
  file: string;
  people: Array<{ name: string; mentions: string[] }>;
  quotes: Array<{ start: number; end: number; kind: 'speech' | 'other'; speaker: string | null; speakerType: GoldQuote['speakerType'] }>;
}

let enrichMs = 0;
let enrichCount = 0;

function enrichFile(corpusPath: string): EnrichedArticle {
  const text = readFileSync(path.join(shared, 'corpus', corpusPath), 'utf8').replace(/\r\n?/g, '\n');
  const parts = corpusPath.split('/');
  // The content folder is the collection folder: sources are "<section>/<file>".
  const source = parts.length > 2 ? parts.slice(1).join('/') : parts.join('/');
  const folder = parts.length > 2 ? parts[1]! : null;
  const parsed = parseSource({ source, text, folder });
  if (!parsed.ok) throw new Error(`${corpusPath}: ${parsed.reason}`);
  const t0 = performance.now();
  const article = enrichArticle(parsed.article);
  enrichMs += performance.now() - t0;
  enrichCount++;
  return article;
}

function predicted(article: EnrichedArticle) {
  return { quotes: article.quotes, people: article.people };
}

function devset(): ArticleScore[] {
  const dir = path.join(repoRoot, 'eval/devset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as OffsetGold;
      const raw = readFileSync(path.join(shared, 'corpus', gold.file), 'utf8');
      const quotes: GoldQuote[] = gold.quotes.map((q) => ({ text: raw.slice(q.start, q.end), kind: q.kind, speaker: q.speaker, speakerType: q.speakerType }));
      return scoreArticle(gold.file, { quotes, people: gold.people }, predicted(enrichFile(gold.file)));
    });
}

function seed(): { score: ArticleScore; pullQuoteOk: boolean } | null {
  const goldPath = path.join(shared, 'gold/seed-nato.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    file: string;
    people: GoldPerson[];
    quotes: GoldQuote[];
    pullQuotes: GoldQuote[];
  };
  const article = enrichFile(gold.file);
  const score = scoreArticle(gold.file, gold, predicted(article));
  const pulls = article.blocks.filter((b) => b.type === 'pullquote');
  const pullQuoteOk = gold.pullQuotes.every((g) => pulls.some((b) => b.type === 'pullquote' && b.speaker.name === g.speaker));
  if (!pullQuoteOk) score.errors.push(`pull quote speaker: ${pulls.map((b) => (b.type === 'pullquote' ? b.speaker.name : '')).join(', ') || 'no pull quote block'}`);
  return { score, pullQuoteOk };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(7);
}

function report(label: string, scores: ArticleScore[]): void {
  if (scores.length === 0) {
    console.log(`${label.padEnd(10)} (no articles)`);
    return;
  }
  const t = totals(scores);
  const c = t.counts;
  console.log(
    `${label.padEnd(10)} n=${String(t.articles).padStart(3)}  quote R ${pct(t.quoteRecall)} (${c.matchedQuotes}/${c.goldQuotes})  P ${pct(t.quotePrecision)} (${c.matchedQuotes}/${c.predictedQuotes})  attribution ${pct(t.attribution)} (${c.attributionCorrect}/${c.matchedQuotes})  people R ${pct(t.peopleRecall)} (${c.matchedGoldPeople}/${c.goldPeople})  P ${pct(t.peoplePrecision)} (${c.matchedPredictedPeople}/${c.predictedPeople})`,
  );
}

const dev = devset();
const seeded = seed();
if (verbose) {
  for (const s of [...dev, ...(seeded ? [seeded.score] : [])]) {
    if (s.errors.length === 0) continue;
    console.log(`\n${s.id}`);
    for (const e of s.errors) console.log(`  - ${e}`);
  }
  console.log('');
}
report('devset', dev);
report('seed', seeded ? [seeded.score] : []);
report('overall', [...dev, ...(seeded ? [seeded.score] : [])]);
if (seeded) console.log(`seed pull quote → ${seeded.pullQuoteOk ? 'ok' : 'WRONG'}`);
console.log(`enrich: ${(enrichMs / Math.max(1, enrichCount)).toFixed(1)} ms/article over ${enrichCount} articles (first includes warm-up)`);
