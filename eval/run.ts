/**
 * `npm run eval [-- --verbose] [-- --verbose-us]`: parse + enrich every annotated article and print,
 * one row per set, side by side:
 *
 *   bbc-dev      eval/devset/*.json (offsets into ../shared/corpus)          — tuned on
 *   bbc-heldout  eval/heldout-bbc/*.json (same format; EVAL_HELDOUT_DIR overrides the folder) — never tuned on
 *   bbc-heldout-g eval/heldout-bbc-g/*.json (a second, later sample: part G)                  — never tuned on
 *   seed         ../shared/gold/seed-nato.json                                 — tuned on
 *   us-train     ../shared/gold/polnear-us-2016/train                          — tuned on
 *   us-dev       ../shared/gold/polnear-us-2016/dev                            — reported as unseen
 *
 * `--verbose` lists every error of bbc-dev and the seed; `--verbose-us` those of us-train. Errors of the
 * unseen sets are never printed, so they cannot be tuned on by reading them. `--tuned-only` (for working on
 * the rules) leaves the unseen sets out altogether, so not even their totals are seen while tuning.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SPEAKER_MODE, enrichArticle, type SpeakerMode } from '../src/pipeline/enrich/index.ts';
import { speakerModel } from '../src/pipeline/enrich/model/ranker.ts';
import type { EnrichedArticle } from '../src/pipeline/types.ts';
import { bbcItems, parseCorpusFile, readCorpus, repoRoot, shared, usItems, type BbcItem, type UsItem } from './data.ts';
import { scoreArticle, scoreUsArticle, totals, usTotals, type ArticleScore, type GoldPerson, type GoldQuote, type UsArticleScore } from './score.ts';
import { parseSource } from '../src/pipeline/parse/index.ts';

const verbose = process.argv.includes('--verbose');
const verboseUs = process.argv.includes('--verbose-us');
const tunedOnly = process.argv.includes('--tuned-only');
const MODES: readonly SpeakerMode[] = ['rules', 'ranker'];

/** Time spent in parse + enrich, per set and mode. */
const timing = new Map<string, { ms: number; count: number }>();

function enrichFile(set: string, mode: SpeakerMode, corpusPath: string): EnrichedArticle {
  const t0 = performance.now();
  const article = enrichArticle(parseCorpusFile(corpusPath), { speakers: mode });
  const key = `${set} ${mode}`;
  const t = timing.get(key) ?? { ms: 0, count: 0 };
  t.ms += performance.now() - t0;
  t.count++;
  timing.set(key, t);
  return article;
}

function offsetSet(set: string, mode: SpeakerMode, items: readonly BbcItem[]): ArticleScore[] {
  return items.map((item) => scoreArticle(item.id, item.gold, enrichFile(set, mode, item.corpusPath)));
}

function seed(mode: SpeakerMode): { score: ArticleScore; pullQuoteOk: boolean } | null {
  const goldPath = path.join(shared, 'gold/seed-nato.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { file: string; people: GoldPerson[]; quotes: GoldQuote[]; pullQuotes: GoldQuote[] };
  const parsed = parseSource({ source: gold.file, text: readCorpus(gold.file), folder: null });
  if (!parsed.ok) throw new Error(`${gold.file}: ${parsed.reason}`);
  const article = enrichArticle(parsed.article, { speakers: mode });
  const score = scoreArticle(gold.file, gold, article);
  const pulls = article.blocks.filter((b) => b.type === 'pullquote');
  const pullQuoteOk = gold.pullQuotes.every((g) => pulls.some((b) => b.type === 'pullquote' && b.speaker.name === g.speaker));
  if (!pullQuoteOk) score.errors.push(`pull quote speaker: ${pulls.map((b) => (b.type === 'pullquote' ? b.speaker.name : '')).join(', ') || 'no pull quote block'}`);
  return { score, pullQuoteOk };
}

function usSet(set: string, mode: SpeakerMode, items: readonly UsItem[]): UsArticleScore[] {
  return items.map((item) => scoreUsArticle(item.id, item.gold, enrichFile(set, mode, item.corpusPath)));
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(6);
}

function msPerArticle(key: string): string {
  const t = timing.get(key);
  return t ? `${(t.ms / t.count).toFixed(1)} ms/art` : '';
}

function bbcRow(set: string, mode: SpeakerMode, scores: ArticleScore[]): void {
  const label = `${set} ${mode}`;
  if (scores.length === 0) {
    console.log(`${label.padEnd(21)} no files`);
    return;
  }
  const t = totals(scores);
  const c = t.counts;
  console.log(
    [
      `${label.padEnd(21)} n=${String(t.articles).padStart(3)}`,
      `quote R ${pct(t.quoteRecall)} (${c.matchedQuotes}/${c.goldQuotes}) P ${pct(t.quotePrecision)}`,
      `attrib ${pct(t.attribution)} (${c.attributionCorrect}/${c.matchedQuotes})`,
      `wrong-name ${pct(t.wrongNameRate)} (${c.wrongName}) unknown ${pct(t.unknownRate)} (${c.leftUnknown})`,
      `people R ${pct(t.peopleRecall)} (${c.matchedGoldPeople}/${c.goldPeople}) P ${pct(t.peoplePrecision)} (${c.matchedPredictedPeople}/${c.predictedPeople})`,
      msPerArticle(`${set} ${mode}`),
    ].join('  '),
  );
}

function usRow(set: string, mode: SpeakerMode, scores: UsArticleScore[]): void {
  const label = `${set} ${mode}`;
  if (scores.length === 0) {
    console.log(`${label.padEnd(21)} no files`);
    return;
  }
  const t = usTotals(scores);
  const c = t.counts;
  console.log(
    [
      `${label.padEnd(21)} n=${String(t.articles).padStart(3)}`,
      `direct R ${pct(t.directRecall)} (${c.directMatched}/${c.directGold}) '' R ${pct(t.apostropheRecall)} (${c.apostropheMatched}/${c.apostropheGold}) P ${pct(t.quotePrecision)}`,
      `person attrib ${pct(t.personAttribution)} (${c.personCorrect}/${c.personMatched})`,
      `wrong-name ${pct(t.wrongNameRate)} (${c.personWrongName}) unknown ${pct(t.unknownRate)} (${c.personUnknown})`,
      msPerArticle(`${set} ${mode}`),
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
const unseen = <T,>(items: () => T[]): T[] => (tunedOnly ? [] : items());
const sets = {
  dev: bbcItems(path.join(repoRoot, 'eval/devset')),
  heldout: unseen(() => bbcItems(heldoutDir)),
  heldoutG: unseen(() => bbcItems(path.join(repoRoot, 'eval/heldout-bbc-g'))),
  usTrain: usItems('train'),
  usDev: unseen(() => usItems('dev')),
};
const results = MODES.map((mode) => ({
  mode,
  dev: offsetSet('bbc-dev', mode, sets.dev),
  heldout: offsetSet('bbc-heldout', mode, sets.heldout),
  heldoutG: offsetSet('bbc-heldout-g', mode, sets.heldoutG),
  seeded: seed(mode),
  usTrain: usSet('us-train', mode, sets.usTrain),
  usDev: usSet('us-dev', mode, sets.usDev),
}));
const main = results.find((r) => r.mode === DEFAULT_SPEAKER_MODE)!;

if (verbose) printErrors([...main.dev, ...(main.seeded ? [main.seeded.score] : [])]);
if (verboseUs) printErrors(main.usTrain);

console.log('BBC (quote R/P over speech quotes; attribution, wrong-name and unknown rates over matched gold quotes)');
for (const r of results) {
  bbcRow(`bbc-dev`, r.mode, r.dev);
  bbcRow(`bbc-heldout`, r.mode, r.heldout);
  bbcRow(`bbc-heldout-g`, r.mode, r.heldoutG);
  bbcRow('seed', r.mode, r.seeded ? [r.seeded.score] : []);
}
if (main.seeded) console.log(`seed pull quote → ${main.seeded.pullQuoteOk ? 'ok' : 'WRONG'}`);
console.log("US PolNeAR (direct R: \" and curly marks; '' R: two-apostrophe quotes, apart; P: predicted quotes that are a quoted stretch;");
console.log('            attribution, wrong-name and unknown rates over matched quotes whose gold source is a named person)');
for (const r of results) {
  usRow('us-train', r.mode, r.usTrain);
  usRow('us-dev', r.mode, r.usDev);
}
const weightsPath = path.join(repoRoot, 'src/pipeline/enrich/model/speakerWeights.json');
console.log(
  `ranker: ${speakerModel().weights.length} weights, thresholds ${speakerModel().thresholds.agree.toFixed(2)} (agrees with the rules) / ${speakerModel().thresholds.disagree.toFixed(2)} (does not), ${(statSync(weightsPath).size / 1024).toFixed(1)} KB; ` +
    `speed: compare ms/art of the rules and ranker rows (parse + enrich, one thread). Default mode: ${DEFAULT_SPEAKER_MODE}.`,
);
console.log(
  tunedOnly
    ? 'unseen sets left out (--tuned-only): their rows above are empty.'
    : 'unseen: bbc-heldout, bbc-heldout-g, us-dev (never tuned on; their errors are not printed). Ranker trained on bbc-dev + us-train (`npm run train`).',
);
