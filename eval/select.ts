/**
 * Choosing the ranker's L2 strength without choosing noise (eval/train.ts). Pure.
 *
 * Measured on the training data (docs/quotes.md, "Choosing L2 and the thresholds"): the cross-validated
 * utility is flat from L2 1e-4 to 3e-3 (within 0.2 points, where the paired standard error of a
 * difference is 0.2–0.4 points) and falls off beyond 1e-2. Taking the grid's maximum therefore picked
 * among near-equal strengths by the luck of the split, and flipped after a few more articles.
 * So L2 is a fixed prior (`defaultL2`) that the data may overturn only with evidence: another grid
 * strength replaces it only when it is better by more than `margin` paired standard errors.
 */
import { chooseThresholds, outcomeAt, type Prediction } from './fit.ts';

export interface Outcome {
  right: number;
  wrong: number;
  unknown: number;
}

/**
 * Fold of an article in cross-validation split `seed`: an FNV-1a hash of the seed and the article's id.
 * Not its position in the list, so adding, removing or reordering articles leaves every other article
 * in its fold (with fold = index mod k, one new article moved every article after it).
 */
export function foldOf(id: string, seed: number, folds: number): number {
  const key = `${seed}:${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

export interface GridPoint {
  l2: number;
  /** Utility (right − cost·wrong, weighted shares) of each held-out fold, `[split][fold]`. */
  foldUtilities: number[][];
  /** Utility over all quotations, averaged over the splits. */
  utility: number;
}

export interface Comparison {
  l2: number;
  /** Utility minus the default's (positive: better than the default). */
  gain: number;
  /**
   * Standard error of that difference: per split, the standard deviation of the per-fold differences over
   * √folds, averaged over the splits. Paired, because which articles a fold holds moves both strengths'
   * utilities alike (the unpaired fold-to-fold spread was 1–2.5 points, wider than the whole grid).
   */
  se: number;
}

export interface L2Choice {
  l2: number;
  comparisons: Comparison[];
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(xs.length - 1, 1));
}

/** Standard error of one strength's utility across folds (per split sd / √folds, averaged over the splits). */
export function foldStandardError(point: GridPoint): number {
  return mean(point.foldUtilities.map((folds) => sd(folds) / Math.sqrt(folds.length)));
}

export function pairedComparison(point: GridPoint, base: GridPoint): Comparison {
  const perSplit = point.foldUtilities.map((folds, s) => {
    const differences = folds.map((u, f) => u - base.foldUtilities[s]![f]!);
    return sd(differences) / Math.sqrt(differences.length);
  });
  return { l2: point.l2, gain: point.utility - base.utility, se: mean(perSplit) };
}

/**
 * The default L2 unless a grid strength beats it by more than `margin` paired standard errors; among
 * those that do, the one with the highest utility.
 */
export function chooseL2(grid: readonly GridPoint[], defaultL2: number, margin: number): L2Choice {
  const base = grid.find((g) => g.l2 === defaultL2);
  if (!base) throw new Error(`the L2 grid lacks the default ${defaultL2}`);
  const comparisons = grid.filter((g) => g !== base).map((g) => pairedComparison(g, base));
  const better = comparisons.filter((c) => c.gain > margin * c.se).sort((a, b) => b.gain - a.gain);
  return { l2: better[0]?.l2 ?? defaultL2, comparisons };
}

/** A prediction held out in fold `fold` of split `split`. */
export type HeldOut = Prediction & { split: number; fold: number };

/**
 * Right / wrong / unknown shares when each fold's thresholds are chosen on the other folds of its split
 * only. Choosing the thresholds on all the out-of-fold predictions and scoring them there flatters the
 * result a little; this is the figure to expect on new articles.
 */
export function nestedOutcome(predictions: readonly HeldOut[], wrongCost: number, halfWindow: number, tolerance = 0): Outcome {
  let right = 0;
  let wrong = 0;
  let total = 0;
  for (const split of new Set(predictions.map((p) => p.split))) {
    const inSplit = predictions.filter((p) => p.split === split);
    for (const fold of new Set(inSplit.map((p) => p.fold))) {
      const held = inSplit.filter((p) => p.fold === fold);
      const thresholds = chooseThresholds(inSplit.filter((p) => p.fold !== fold), wrongCost, halfWindow, tolerance);
      const o = outcomeAt(held, thresholds);
      const weight = held.reduce((n, p) => n + p.weight, 0);
      right += o.right * weight;
      wrong += o.wrong * weight;
      total += weight;
    }
  }
  const n = Math.max(total, 1e-12);
  return { right: right / n, wrong: wrong / n, unknown: (total - right - wrong) / n };
}
