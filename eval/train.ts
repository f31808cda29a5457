/**
 * `npm run train`: fits the speaker ranker and writes src/pipeline/enrich/model/speakerWeights.json.
 *
 * Training data: bbc-dev (eval/devset) and PolNeAR train only — never PolNeAR dev or the held-out BBC
 * set, which the eval reports as unseen. Each speech quotation the pipeline finds and gold matches
 * gives one example: its candidates (model/candidates.ts), labelled right when their name is gold's
 * speaker (the eval's own name matching); when no candidate is right, "nobody" is the target. PolNeAR
 * quotations count only when gold's source is a named person (other source types are not named there).
 *
 * The L2 strength and the confidence threshold are chosen by 5-fold cross-validation over articles
 * (fold = article index mod 5, articles in file order): no randomness, so the output is reproducible.
 *
 * `npm run train -- --check` writes nothing: it fails when the committed weights are not what training the
 * current rules gives (a rule change without a retrain leaves the ranker scoring features it was not fitted on).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_NAMES } from '../src/pipeline/enrich/model/candidates.ts';
import { repoRoot } from './data.ts';
import { chooseThresholds, fitRanker, outcomeAt, predict, type Prediction } from './fit.ts';
import { type Article, BBC_WEIGHT, bbcArticles, usArticles } from './trainData.ts';

/** A wrong name costs as much as this many quotations left unknown (threshold choice). */
export const WRONG_COST = 2;
const FOLDS = 5;
const L2_GRID = [1e-4, 1e-3, 1e-2];
const SIEVE_FEATURE = FEATURE_NAMES.indexOf('sieve');
const FIT = { iterations: 400, learningRate: 0.05 };

/** Out-of-fold predictions, each tagged with its corpus (BBC articles come first, `bbcCount` of them). */
function outOfFold(articles: readonly Article[], l2: number, bbcCount: number): Array<Prediction & { bbc: boolean }> {
  const predictions: Array<Prediction & { bbc: boolean }> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = articles.filter((_, i) => i % FOLDS !== fold).flatMap((a) => a.quotes);
    const { weights } = fitRanker(train, FEATURE_NAMES.length, { l2, ...FIT });
    articles.forEach((a, i) => {
      if (i % FOLDS !== fold) return;
      for (const q of a.quotes) predictions.push({ ...predict(weights, q, SIEVE_FEATURE), bbc: i < bbcCount });
    });
  }
  return predictions;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function main(): void {
  const t0 = performance.now();
  const bbc = bbcArticles();
  const us = usArticles();
  // Interleave so every fold holds BBC and US articles alike.
  const articles = [...bbc, ...us];
  const all = articles.flatMap((a) => a.quotes);
  const reachable = all.filter((q) => q.correct.some(Boolean)).length;
  console.log(`training quotations: ${bbc.reduce((n, a) => n + a.quotes.length, 0)} BBC (×${BBC_WEIGHT}) + ${us.reduce((n, a) => n + a.quotes.length, 0)} US; right speaker among the candidates for ${pct(reachable / all.length)}`);

  // The rule sieve's own answer on the same quotations, for comparison.
  const sievePredictions = all.map((q): Prediction => {
    const i = q.candidates.findIndex((c) => c[SIEVE_FEATURE] === 1);
    return { confidence: i < 0 ? 0 : 1, right: i >= 0 && q.correct[i] === true, agrees: true, weight: q.weight };
  });
  const sieve = outcomeAt(sievePredictions, { agree: 0, disagree: 0 });
  console.log(`rules alone (same quotations, same weights): right ${pct(sieve.right)} wrong ${pct(sieve.wrong)} unknown ${pct(sieve.unknown)}`);
  const bbcQuotes = bbc.reduce((n, a) => n + a.quotes.length, 0);
  for (const [label, part] of [['BBC', sievePredictions.slice(0, bbcQuotes)], ['US ', sievePredictions.slice(bbcQuotes)]] as const) {
    const o = outcomeAt(part, { agree: 0, disagree: 0 });
    console.log(`    ${label} part: right ${pct(o.right)} wrong ${pct(o.wrong)} unknown ${pct(o.unknown)}`);
  }

  let best: { l2: number; choice: ReturnType<typeof chooseThresholds>; utility: number } | null = null;
  for (const l2 of L2_GRID) {
    const predictions = outOfFold(articles, l2, bbc.length);
    const choice = chooseThresholds(predictions, WRONG_COST);
    const atZero = outcomeAt(predictions, { agree: 0, disagree: 0 });
    const utility = choice.right - WRONG_COST * choice.wrong;
    console.log(`l2 ${l2}: cross-validated at thresholds ${choice.agree.toFixed(2)} (agrees with the rules) / ${choice.disagree.toFixed(2)} (does not) right ${pct(choice.right)} wrong ${pct(choice.wrong)} unknown ${pct(choice.unknown)} (no threshold: right ${pct(atZero.right)} wrong ${pct(atZero.wrong)})`);
    for (const part of [true, false]) {
      const o = outcomeAt(predictions.filter((p) => p.bbc === part), choice);
      console.log(`    ${part ? 'BBC' : 'US '} part: right ${pct(o.right)} wrong ${pct(o.wrong)} unknown ${pct(o.unknown)}`);
    }
    if (!best || utility > best.utility + 1e-12) best = { l2, choice, utility };
  }
  const chosen = best!;
  const { weights, loss } = fitRanker(all, FEATURE_NAMES.length, { l2: chosen.l2, ...FIT });
  const file = {
    _generated: 'by `npm run train` (eval/train.ts) from eval/devset (BBC dev) and ../shared/gold/polnear-us-2016/train; do not edit by hand',
    model: 'conditional logit over candidates + nobody (src/pipeline/enrich/model/ranker.ts)',
    training: {
      quotations: all.length,
      bbcWeight: BBC_WEIGHT,
      l2: chosen.l2,
      iterations: FIT.iterations,
      finalLoss: Number(loss.toFixed(5)),
      wrongCost: WRONG_COST,
      crossValidated: { right: Number(chosen.choice.right.toFixed(4)), wrong: Number(chosen.choice.wrong.toFixed(4)), unknown: Number(chosen.choice.unknown.toFixed(4)) },
    },
    thresholds: { agree: chosen.choice.agree, disagree: chosen.choice.disagree },
    features: FEATURE_NAMES,
    weights: [...weights].map((w) => Number(w.toFixed(5))),
  };
  const out = path.join(repoRoot, 'src/pipeline/enrich/model/speakerWeights.json');
  const text = `${JSON.stringify(file, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const fresh = readFileSync(out, 'utf8') === text;
    console.log(fresh ? `${path.relative(repoRoot, out)} is what training gives` : `${path.relative(repoRoot, out)} is stale: run \`npm run train\` and commit it`);
    process.exitCode = fresh ? 0 : 1;
    return;
  }
  writeFileSync(out, text);
  console.log(`l2 ${chosen.l2}, thresholds ${file.thresholds.agree} / ${file.thresholds.disagree}; wrote ${path.relative(repoRoot, out)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ranked = FEATURE_NAMES.map((f, i) => [f, file.weights[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`largest weights: ${ranked.slice(0, 12).map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
}

main();
