/**
 * `npm run eval [-- --verbose] [-- --verbose-us]`: parse + enrich every annotated article and print,
 * one row per set, side by side:
 *
 *   bbc-dev      eval/devset/*.json (offsets into ../shared/corpus)          — tuned on
 *   bbc-heldout  eval/heldout-bbc/*.json (same format; EVAL_HELDOUT_DIR overrides the folder) — never tuned on
 *   seed         ../shared/gold/seed-nato.json                                 — tuned on
 *   us-train     ../shared/gold/polnear-us-2016/train                          — tuned on
 *   us-dev       ../shared/gold/polnear-us-2016/dev                            — reported as unseen
 *
 * `--verbose` lists every error of bbc-dev and the seed; `--verbose-us` those of us-train. Errors of the
 * unseen sets are never printed, so they cannot be tuned on by reading them.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../src/pipeline/parse/index.ts';
import { enrichArticle } from '../src/pipeline/enrich/index.ts';
import type { EnrichedArticle } from '../src/pipeline/types.ts';
import { scoreArticle, scoreUsArticle, totals, usTotals, type ArticleScore, type GoldPerson, type GoldQuote, type UsArticleScore, type UsGoldQuote } from './score.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const verbose = process.argv.includes('--verbose');
const verboseUs = process.argv.includes('--verbose-us');

interface OffsetGold {
  file: string;
  people: Array<{ name: string; mentions: string[] }>;
  quotes: Array<{ start: number; end: number; kind: 'speech' | 'other'; speaker: string | null; speakerType: GoldQuote['speakerType'] }>;
}

interface PolnearGold {
  source: string;
  quotes: Array<{ text: string; mark: UsGoldQuote['mark']; source: { type: string; name?: string | null; fullName?: string | null } }>;
  unannotatedStretches: Array<{ text: string }>;
}

/** Time spent in parse + enrich, per set. */
const timing = new Map<string, { ms: number; count: number }>();

function enrichText(set: string, corpusPath: string, text: string): EnrichedArticle {
  const parts = corpusPath.split('/');
  // The content folder is the collection folder: sources are "<section>/<file>".
  const source = parts.length > 2 ? parts.slice(1).join('/') : parts.join('/');
  const folder = parts.length > 2 ? parts[1]! : null;
  const t0 = performance.now();
  const parsed = parseSource({ source, text, folder });
  if (!parsed.ok) throw new Error(`${corpusPath}: ${parsed.reason}`);
  const article = enrichArticle(parsed.article);
  const t = timing.get(set) ?? { ms: 0, count: 0 };
  t.ms += performance.now() - t0;
  t.count++;
  timing.set(set, t);
  return article;
}

function readCorpus(corpusPath: string): string {
  return readFileSync(path.join(shared, 'corpus', corpusPath), 'utf8').replace(/\r\n?/g, '\n');
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

function offsetSet(set: string, dir: string): ArticleScore[] {
  return jsonFiles(dir).map((file) => {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as OffsetGold;
    const raw = readFileSync(path.join(shared, 'corpus', gold.file), 'utf8');
    const quotes: GoldQuote[] = gold.quotes.map((q) => ({ text: raw.slice(q.start, q.end), kind: q.kind, speaker: q.speaker, speakerType: q.speakerType }));
    const article = enrichText(set, gold.file, readCorpus(gold.file));
    return scoreArticle(gold.file, { quotes, people: gold.people }, article);
  });
}

function seed(): { score: ArticleScore; pullQuoteOk: boolean } | null {
  const goldPath = path.join(shared, 'gold/seed-nato.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { file: string; people: GoldPerson[]; quotes: GoldQuote[]; pullQuotes: GoldQuote[] };
  const article = enrichText('seed', gold.file, readCorpus(gold.file));
  const score = scoreArticle(gold.file, gold, article);
  const pulls = article.blocks.filter((b) => b.type === 'pullquote');
  const pullQuoteOk = gold.pullQuotes.every((g) => pulls.some((b) => b.type === 'pullquote' && b.speaker.name === g.speaker));
  if (!pullQuoteOk) score.errors.push(`pull quote speaker: ${pulls.map((b) => (b.type === 'pullquote' ? b.speaker.name : '')).join(', ') || 'no pull quote block'}`);
  return { score, pullQuoteOk };
}

function usSet(set: string, split: 'train' | 'dev'): UsArticleScore[] {
  return jsonFiles(path.join(shared, 'gold/polnear-us-2016', split)).map((file) => {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as PolnearGold;
    const corpusPath = `polnear-us-2016/${split}/${gold.source}`;
    const article = enrichText(set, corpusPath, readCorpus(corpusPath));
    const quotes: UsGoldQuote[] = gold.quotes.map((q) => ({ text: q.text, mark: q.mark, sourceType: q.source.type, name: q.source.name ?? null, fullName: q.source.fullName ?? null }));
    return scoreUsArticle(gold.source, { quotes, otherStretches: gold.unannotatedStretches.map((s) => s.text) }, article);
  });
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(6);
}

function msPerArticle(set: string): string {
  const t = timing.get(set);
  return t ? `${(t.ms / t.count).toFixed(1)} ms/art` : '';
}

function bbcRow(label: string, scores: ArticleScore[]): void {
  if (scores.length === 0) {
    console.log(`${label.padEnd(12)} no files`);
    return;
  }
  const t = totals(scores);
  const c = t.counts;
  console.log(
    [
      `${label.padEnd(12)} n=${String(t.articles).padStart(3)}`,
      `quote R ${pct(t.quoteRecall)} (${c.matchedQuotes}/${c.goldQuotes}) P ${pct(t.quotePrecision)}`,
      `attrib ${pct(t.attribution)} (${c.attributionCorrect}/${c.matchedQuotes})`,
      `wrong-name ${pct(t.wrongNameRate)} (${c.wrongName}) unknown ${pct(t.unknownRate)} (${c.leftUnknown})`,
      `people R ${pct(t.peopleRecall)} (${c.matchedGoldPeople}/${c.goldPeople}) P ${pct(t.peoplePrecision)} (${c.matchedPredictedPeople}/${c.predictedPeople})`,
      msPerArticle(label),
    ].join('  '),
  );
}

function usRow(label: string, scores: UsArticleScore[]): void {
  if (scores.length === 0) {
    console.log(`${label.padEnd(12)} no files`);
    return;
  }
  const t = usTotals(scores);
  const c = t.counts;
  console.log(
    [
      `${label.padEnd(12)} n=${String(t.articles).padStart(3)}`,
      `direct R ${pct(t.directRecall)} (${c.directMatched}/${c.directGold}) '' R ${pct(t.apostropheRecall)} (${c.apostropheMatched}/${c.apostropheGold}) P ${pct(t.quotePrecision)}`,
      `person attrib ${pct(t.personAttribution)} (${c.personCorrect}/${c.personMatched})`,
      `wrong-name ${pct(t.wrongNameRate)} (${c.personWrongName}) unknown ${pct(t.unknownRate)} (${c.personUnknown})`,
      msPerArticle(label),
    ].join('  '),
  );
}

function printErrors(scores: ReadonlyArray<{ id: string; errors: string[] }>): void {
  for (const s of scores) {
    if (s.errors.length === 0) continue;
    console.log(`\n${s.id}`);
    for (const e of s.errors) console.log(`  - ${e}`);
  }
  console.log('');
}

const heldoutDir = process.env.EVAL_HELDOUT_DIR ?? path.join(repoRoot, 'eval/heldout-bbc');
const dev = offsetSet('bbc-dev', path.join(repoRoot, 'eval/devset'));
const heldout = offsetSet('bbc-heldout', heldoutDir);
const seeded = seed();
const usTrain = usSet('us-train', 'train');
const usDev = usSet('us-dev', 'dev');

if (verbose) printErrors([...dev, ...(seeded ? [seeded.score] : [])]);
if (verboseUs) printErrors(usTrain);

console.log('BBC (quote R/P over speech quotes; attribution, wrong-name and unknown rates over matched gold quotes)');
bbcRow('bbc-dev', dev);
bbcRow('bbc-heldout', heldout);
bbcRow('seed', seeded ? [seeded.score] : []);
if (seeded) console.log(`seed pull quote → ${seeded.pullQuoteOk ? 'ok' : 'WRONG'}`);
console.log("US PolNeAR (direct R: \" and curly marks; '' R: two-apostrophe quotes, apart; P: predicted quotes that are a quoted stretch;");
console.log('            attribution, wrong-name and unknown rates over matched quotes whose gold source is a named person)');
usRow('us-train', usTrain);
usRow('us-dev', usDev);
console.log('unseen: bbc-heldout, us-dev (never tuned on; their errors are not printed). ms/art = parse + enrich, one thread.');
