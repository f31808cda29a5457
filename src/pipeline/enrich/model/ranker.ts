/**
 * The learned speaker ranker: a conditional logit (softmax) over a quotation's candidates plus the
 * option "nobody", one weight per feature (candidates.ts). The best candidate names the speaker only
 * when its probability reaches the threshold chosen by cross-validation on the training data; below
 * it the speaker stays unknown, because a wrong name is worse than none.
 *
 * Weights come from `npm run train` (eval/train.ts), written to speakerWeights.json.
 */
import type { ArticleContext, Guess } from '../rules/types.ts';
import { UNNAMED_VIA, type QuoteFinding } from '../speakers.ts';
import { FEATURE_NAMES, quoteCandidates, type QuoteCandidates } from './candidates.ts';
import weightsFile from './speakerWeights.json' with { type: 'json' };

export interface SpeakerModel {
  features: readonly string[];
  weights: readonly number[];
  /**
   * Minimum probability of the best candidate for it to be named: `agree` when it is also the rule
   * sieve's answer, `disagree` when the sieve named someone else or nobody.
   */
  thresholds: { agree: number; disagree: number };
}

/** The model as the weights file holds it, checked against the features this code computes. */
export function loadModel(file: { features: readonly string[]; weights: readonly number[]; thresholds: { agree: number; disagree: number } }): SpeakerModel {
  const same = file.features.length === FEATURE_NAMES.length && file.features.every((f, i) => f === FEATURE_NAMES[i]);
  if (!same || file.weights.length !== FEATURE_NAMES.length) {
    throw new Error('src/pipeline/enrich/model/speakerWeights.json: its features differ from candidates.ts; run `npm run train`');
  }
  return { features: file.features, weights: file.weights, thresholds: file.thresholds };
}

const SIEVE_FEATURE = FEATURE_NAMES.indexOf('sieve');

let loaded: SpeakerModel | null = null;

/** The committed model, checked on first use (training runs without it, before the file matches). */
export function speakerModel(): SpeakerModel {
  loaded ??= loadModel(weightsFile);
  return loaded;
}

function dot(weights: readonly number[], x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) s += weights[i]! * x[i]!;
  return s;
}

/** Probabilities of each candidate and, last, of "nobody" (they sum to 1). */
export function candidateProbabilities(weights: readonly number[], q: QuoteCandidates): number[] {
  const scores = [...q.candidates.map((c) => dot(weights, c.features)), dot(weights, q.nobody)];
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

export interface Choice {
  guess: Guess | null;
  /** Probability of the best candidate (0 when there is none). */
  confidence: number;
}

export function chooseSpeaker(model: SpeakerModel, q: QuoteCandidates): Choice {
  if (q.candidates.length === 0) return { guess: null, confidence: 0 };
  const p = candidateProbabilities(model.weights, q);
  let best = 0;
  for (let i = 1; i < q.candidates.length; i++) if (p[i]! > p[best]!) best = i;
  const confidence = p[best]!;
  const agrees = q.candidates[best]!.features[SIEVE_FEATURE] === 1;
  const threshold = agrees ? model.thresholds.agree : model.thresholds.disagree;
  return { guess: confidence >= threshold ? q.candidates[best]!.guess : null, confidence };
}

/**
 * Organisations and groups stay with the rules: the training data names only people (PolNeAR gold names
 * person sources only), so the ranker cannot judge a body or a group and would withhold every one. So does
 * a quotation whose attribution names no one ("said a senior diplomat"): the text says its speaker is
 * none of the candidates.
 */
export function decidedByRules(f: QuoteFinding): boolean {
  return (f.guess !== null && f.guess.type !== 'person') || f.via === UNNAMED_VIA;
}

/** Replaces the sieve's answer of every speech quotation (found with evidence) by the ranker's. */
export function rankSpeakers(ctx: ArticleContext, findings: QuoteFinding[], model: SpeakerModel = speakerModel()): void {
  for (const f of findings) {
    if (f.kind !== 'speech' || decidedByRules(f)) continue;
    const choice = chooseSpeaker(model, quoteCandidates(ctx, f));
    f.guess = choice.guess;
    f.via = `ranker ${choice.confidence.toFixed(2)}`;
  }
}
