/**
 * Fitting the speaker ranker (src/pipeline/enrich/model/ranker.ts): a conditional logit over each
 * quotation's candidates plus "nobody", trained by full-batch Adam from zero weights (deterministic:
 * no sampling, fixed order), and the confidence threshold chosen on out-of-fold predictions.
 * Pure: train.ts reads the data and writes the weights.
 */

export interface TrainingQuote {
  candidates: Float64Array[];
  nobody: Float64Array;
  /** Which candidates name the right speaker; when none does, "nobody" is the target. */
  correct: boolean[];
  weight: number;
}

export interface FitOptions {
  l2: number;
  iterations: number;
  learningRate: number;
}

function dot(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) s += w[i]! * x[i]!;
  return s;
}

/** Softmax over the candidates' scores then nobody's (last). */
export function probabilities(w: Float64Array, q: Pick<TrainingQuote, 'candidates' | 'nobody'>): number[] {
  const scores = [...q.candidates.map((c) => dot(w, c)), dot(w, q.nobody)];
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * The training quotations packed for fast passes: one row per option (nobody last), each row's non-zero
 * features only (about one in eight is non-zero), so a pass costs the non-zeros rather than rows × dims.
 * Skipping zeros leaves every sum bit for bit what the dense loop gives (adding ±0 changes nothing).
 */
interface Packed {
  dims: number;
  /** Non-zeros of row r: cols/vals[rowStart[r], rowStart[r + 1]). */
  rowStart: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
  /** Row range of quotation q: [start[q], start[q + 1]). */
  start: Int32Array;
  target: Uint8Array;
  weight: Float64Array;
  totalWeight: number;
}

function pack(quotes: readonly TrainingQuote[], dims: number): Packed {
  const options = quotes.flatMap((q) => [...q.candidates, q.nobody]);
  const nonZeros = options.reduce((n, x) => n + x.reduce((m, v) => m + (v !== 0 ? 1 : 0), 0), 0);
  const rowStart = new Int32Array(options.length + 1);
  const cols = new Int32Array(nonZeros);
  const vals = new Float64Array(nonZeros);
  const start = new Int32Array(quotes.length + 1);
  const target = new Uint8Array(options.length);
  const weight = new Float64Array(quotes.length);
  let r = 0;
  let z = 0;
  quotes.forEach((q, qi) => {
    start[qi] = r;
    weight[qi] = q.weight;
    const any = q.correct.some(Boolean);
    [...q.candidates, q.nobody].forEach((x, i) => {
      rowStart[r] = z;
      for (let k = 0; k < dims; k++) {
        if (x[k] === 0) continue;
        cols[z] = k;
        vals[z] = x[k]!;
        z++;
      }
      // The correct candidates are the target; when none is correct, nobody is.
      target[r] = (i < q.candidates.length ? q.correct[i] === true : !any) ? 1 : 0;
      r++;
    });
  });
  rowStart[r] = z;
  start[quotes.length] = r;
  return { dims, rowStart, cols, vals, start, target, weight, totalWeight: quotes.reduce((n, q) => n + q.weight, 0) };
}

/**
 * Mean weighted negative log-likelihood of the target set (several candidates may name the same
 * person) plus l2/2·|w|², and its gradient.
 */
function packedLoss(w: Float64Array, data: Packed, l2: number, gradient: Float64Array): number {
  const { dims, rowStart, cols, vals, start, target, weight } = data;
  gradient.fill(0);
  let loss = 0;
  const scores = new Float64Array(64);
  for (let q = 0; q + 1 < start.length; q++) {
    const from = start[q]!;
    const n = start[q + 1]! - from;
    const s = n <= scores.length ? scores : new Float64Array(n);
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let z = rowStart[from + i]!, end = rowStart[from + i + 1]!; z < end; z++) acc += w[cols[z]!]! * vals[z]!;
      s[i] = acc;
      if (acc > max) max = acc;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      s[i] = Math.exp(s[i]! - max);
      sum += s[i]!;
    }
    let mass = 0;
    for (let i = 0; i < n; i++) {
      s[i] = s[i]! / sum;
      if (target[from + i]) mass += s[i]!;
    }
    mass = Math.max(mass, 1e-300);
    loss -= weight[q]! * Math.log(mass);
    // d(-log Σ_target p)/d score_i = p_i − (target ? p_i / mass : 0)
    for (let i = 0; i < n; i++) {
      const g = weight[q]! * (s[i]! - (target[from + i] ? s[i]! / mass : 0));
      if (g === 0) continue;
      for (let z = rowStart[from + i]!, end = rowStart[from + i + 1]!; z < end; z++) gradient[cols[z]!]! += g * vals[z]!;
    }
  }
  const total = Math.max(data.totalWeight, 1);
  let penalty = 0;
  for (let k = 0; k < dims; k++) {
    gradient[k] = gradient[k]! / total + l2 * w[k]!;
    penalty += w[k]! * w[k]!;
  }
  return loss / total + (l2 / 2) * penalty;
}

/** Loss and gradient of `w` on the quotations (for tests and reporting). */
export function lossAndGradient(w: Float64Array, quotes: readonly TrainingQuote[], l2: number): { loss: number; gradient: Float64Array } {
  const gradient = new Float64Array(w.length);
  const loss = packedLoss(w, pack(quotes, w.length), l2, gradient);
  return { loss, gradient };
}

export function fitRanker(quotes: readonly TrainingQuote[], dims: number, options: FitOptions): { weights: Float64Array; loss: number } {
  const data = pack(quotes, dims);
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const gradient = new Float64Array(dims);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  let loss = Infinity;
  for (let t = 1; t <= options.iterations; t++) {
    loss = packedLoss(w, data, options.l2, gradient);
    for (let k = 0; k < dims; k++) {
      const g = gradient[k]!;
      m[k] = b1 * m[k]! + (1 - b1) * g;
      v[k] = b2 * v[k]! + (1 - b2) * g * g;
      const mHat = m[k]! / (1 - b1 ** t);
      const vHat = v[k]! / (1 - b2 ** t);
      w[k] = w[k]! - (options.learningRate * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
  return { weights: w, loss };
}

/** One quotation's outcome under a model: the best candidate's probability and whether it is right. */
export interface Prediction {
  confidence: number;
  /** The best candidate names the right speaker. */
  right: boolean;
  /** The best candidate is also the rule sieve's answer. */
  agrees: boolean;
  weight: number;
}

export function predict(w: Float64Array, q: TrainingQuote, sieveFeature: number): Prediction {
  if (q.candidates.length === 0) return { confidence: 0, right: false, agrees: false, weight: q.weight };
  const p = probabilities(w, q);
  let best = 0;
  for (let i = 1; i < q.candidates.length; i++) if (p[i]! > p[best]!) best = i;
  return { confidence: p[best]!, right: q.correct[best] === true, agrees: q.candidates[best]![sieveFeature] === 1, weight: q.weight };
}

export interface Thresholds {
  /** Minimum confidence when the ranker's best candidate is the sieve's answer. */
  agree: number;
  /** Minimum confidence when it is not (the sieve said someone else, or nobody). */
  disagree: number;
}

export interface ThresholdChoice extends Thresholds {
  /** Weighted shares of the predictions: right name, wrong name, left unknown. */
  right: number;
  wrong: number;
  unknown: number;
}

/** Outcome shares of the predictions when names below the thresholds are withheld. */
export function outcomeAt(predictions: readonly Prediction[], t: Thresholds): ThresholdChoice {
  let right = 0;
  let wrong = 0;
  let total = 0;
  for (const p of predictions) {
    total += p.weight;
    if (p.confidence === 0 || p.confidence < (p.agrees ? t.agree : t.disagree)) continue;
    if (p.right) right += p.weight;
    else wrong += p.weight;
  }
  const n = Math.max(total, 1e-12);
  return { ...t, right: right / n, wrong: wrong / n, unknown: (total - right - wrong) / n };
}

/**
 * The thresholds (steps of 0.01) that maximise right − wrongCost·wrong over the predictions (a wrong
 * name costs `wrongCost` unknowns). The two halves (agreeing with the sieve or not) are independent.
 *
 * With `halfWindow` > 0 each level is scored by the mean utility of the levels within `halfWindow` steps
 * of it (fewer at the ends): the utility against the threshold is a broad plateau with small bumps from
 * single quotations, and the raw maximum jumped between bumps 0.2 apart from one split of the same data to
 * the next. The smoothed maximum sits where the neighbouring levels are good too, so a threshold is never
 * chosen on a knife edge between a spike and a cliff.
 *
 * With `tolerance` > 0 the highest level whose (smoothed) utility is within `tolerance` of the best wins:
 * the plateau is so flat that its maximum wandered from 0.56 to 0.69 between retrains that moved a handful
 * of quotations, and where the data cannot tell the levels apart the product's rule decides — a name left
 * unknown is better than a wrong one.
 *
 * The "disagrees" threshold is never below the "agrees" one (see the end of the function).
 */
export function chooseThresholds(predictions: readonly Prediction[], wrongCost: number, halfWindow = 0, tolerance = 0): ThresholdChoice {
  const best = (agrees: boolean): number => {
    const part = predictions.filter((p) => p.agrees === agrees);
    const utilities = Array.from({ length: 101 }, (_, step) => {
      const o = outcomeAt(part, { agree: step / 100, disagree: step / 100 });
      return o.right - wrongCost * o.wrong;
    });
    const smoothed = utilities.map((_, step) => {
      const window = utilities.slice(Math.max(0, step - halfWindow), step + halfWindow + 1);
      return window.reduce((a, b) => a + b, 0) / window.length;
    });
    const top = Math.max(...smoothed);
    let level = 0;
    for (let step = 0; step <= 100; step++) if (smoothed[step]! >= top - tolerance - 1e-12) level = step;
    return level / 100;
  };
  // Overruling the rules never takes less confidence than agreeing with them: the quotations where the
  // ranker disagrees are few, and their best level jumped 0.60–0.79 between regularisation strengths of one
  // retrain; below the "agrees" level a pick against the sieve is a wrong name the data cannot rule out.
  const agree = best(true);
  return outcomeAt(predictions, { agree, disagree: Math.max(agree, best(false)) });
}
