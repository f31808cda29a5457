/** Choosing L2 and the thresholds so that noise does not choose them (select.ts, fit.ts chooseThresholds). */
import { describe, expect, it } from 'vitest';
import { chooseThresholds, type Prediction } from './fit.ts';
import { chooseL2, foldOf, foldStandardError, type GridPoint, nestedOutcome, pairedComparison } from './select.ts';

/** A grid point whose fold utilities are `base` plus `shift` plus a per-fold wobble. */
function point(l2: number, base: number[][], shift: number, wobble: (split: number, fold: number) => number = () => 0): GridPoint {
  const foldUtilities = base.map((folds, s) => folds.map((u, f) => u + shift + wobble(s, f)));
  const utility = foldUtilities.flat().reduce((a, b) => a + b, 0) / foldUtilities.flat().length;
  return { l2, foldUtilities, utility };
}

// Three splits of five folds; folds differ a lot (some articles are harder), as in the real data.
const base = [
  [0.78, 0.83, 0.8, 0.85, 0.79],
  [0.82, 0.77, 0.84, 0.8, 0.81],
  [0.8, 0.81, 0.79, 0.83, 0.78],
];

describe('choosing L2', () => {
  it('keeps the default when another strength is better by less than the noise between folds', () => {
    // 1e-4 is ahead on average (what the grid maximum would take), but it wins some folds and loses others.
    const wobble = (s: number, f: number) => ((s + f) % 2 === 0 ? 0.006 : -0.006);
    const grid = [point(1e-4, base, 0.001, wobble), point(1e-3, base, 0), point(1e-2, base, -0.004)];
    expect(Math.max(...grid.map((g) => g.utility))).toBe(grid[0]!.utility);
    const choice = chooseL2(grid, 1e-3, 2);
    expect(choice.l2).toBe(1e-3);
    const weak = choice.comparisons.find((c) => c.l2 === 1e-4)!;
    expect(weak.gain).toBeGreaterThan(0);
    expect(weak.gain).toBeLessThan(2 * weak.se);
  });

  it('moves off the default when another strength wins fold after fold', () => {
    const wobble = (s: number, f: number) => 0.001 * ((s * 5 + f) % 3);
    const grid = [point(1e-4, base, 0.01, wobble), point(1e-3, base, 0), point(1e-2, base, 0.004, wobble)];
    expect(chooseL2(grid, 1e-3, 2).l2).toBe(1e-4);
  });

  it('pairs the folds: a fold-to-fold spread shared by both strengths is not noise', () => {
    const c = pairedComparison(point(1e-4, base, 0.002), point(1e-3, base, 0));
    expect(c.gain).toBeCloseTo(0.002, 10);
    expect(c.se).toBeCloseTo(0, 10);
  });

  it('refuses a grid without the default', () => {
    expect(() => chooseL2([point(1e-4, base, 0)], 1e-3, 2)).toThrow(/default/);
  });
});

describe('folds of articles', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `invented/${i}.txt`);

  it('an article keeps its fold when others are added or removed', () => {
    const before = new Map(ids.map((id) => [id, foldOf(id, 1, 5)]));
    const after = ['invented/new.txt', ...ids.slice(10)].map((id) => [id, foldOf(id, 1, 5)] as const);
    for (const [id, fold] of after) if (before.has(id)) expect(fold).toBe(before.get(id));
  });

  it('splits differ by seed and fill every fold', () => {
    const a = ids.map((id) => foldOf(id, 1, 5));
    const b = ids.map((id) => foldOf(id, 2, 5));
    expect(a.filter((f, i) => f !== b[i]).length).toBeGreaterThan(100);
    for (let f = 0; f < 5; f++) expect(a.filter((x) => x === f).length).toBeGreaterThan(20);
  });
});

describe('choosing the thresholds', () => {
  // Utility against the threshold: a plateau from 0.41 to 0.70, one step lower to 0.80, and a single
  // level (0.81) one step higher, right before a cliff (a heavy right answer at 0.81).
  const agree = (confidence: number, right: boolean, weight = 1): Prediction => ({ confidence, right, agrees: true, weight });
  const predictions = [agree(0.4, false), agree(0.7, true), agree(0.8, false), agree(0.81, true, 10), agree(0.95, true, 5)];

  it('the raw maximum sits on the knife edge; the smoothed one on the plateau', () => {
    expect(chooseThresholds(predictions, 2).agree).toBe(0.81);
    const smoothed = chooseThresholds(predictions, 2, 5).agree;
    expect(smoothed).toBeGreaterThan(0.4);
    expect(smoothed).toBeLessThanOrEqual(0.7);
  });

  it('with a tolerance, the highest level the data cannot tell from the best: unknown before a wrong name', () => {
    // Utilities (right − 2 × wrong, in shares of the weight 6): up to 0.3 −3/6; 0.31–0.5 1/6; 0.51–0.6 3/6
    // (the best: both wrong answers withheld); 0.61–0.9 2/6 (the light right answer withheld too); above 0.
    const plateau = [agree(0.3, false, 2), agree(0.5, false), agree(0.6, true), agree(0.9, true, 2)];
    // Among equal levels the highest; a tolerance under the next step's loss changes nothing …
    expect(chooseThresholds(plateau, 2).agree).toBe(0.6);
    expect(chooseThresholds(plateau, 2, 0, 0.1).agree).toBe(0.6);
    // … and one over it (1/6 ≈ 0.17) takes the stricter plateau.
    expect(chooseThresholds(plateau, 2, 0, 0.2).agree).toBe(0.9);
  });

  it('overruling the rules never takes less confidence than agreeing with them', () => {
    const disagree = (confidence: number, right: boolean): Prediction => ({ confidence, right, agrees: false, weight: 1 });
    // Alone, the disagreeing picks (both right) would be named from 0.4 down; the agreeing ones only above 0.7
    // (the highest of the equal levels, 0.9, wins). The pair keeps both at 0.9.
    const predictions = [agree(0.5, false), agree(0.7, false), agree(0.9, true, 3), disagree(0.4, true), disagree(0.6, true)];
    const chosen = chooseThresholds(predictions, 2);
    expect(chosen.agree).toBe(0.9);
    expect(chosen.disagree).toBe(0.9);
  });

  it('thresholds chosen on the other folds are scored on a fold they never saw', () => {
    // Per split: fold 0 names a wrong speaker at 0.9 and a right one at 0.6; fold 1 two right ones. Chosen
    // on both folds, a threshold of 0 names all four (3 right, 1 wrong). Chosen on fold 1 alone it names
    // everything in fold 0 (1 right, 1 wrong); chosen on fold 0 alone it withholds everything at or below
    // 0.9, so fold 1's two right names become unknown.
    const held = [0, 1].flatMap((split) => [
      { ...agree(0.9, false), split, fold: 0 },
      { ...agree(0.6, true), split, fold: 0 },
      { ...agree(0.9, true), split, fold: 1 },
      { ...agree(0.6, true), split, fold: 1 },
    ]);
    expect(chooseThresholds(held, 2).right).toBeCloseTo(3 / 4);
    const nested = nestedOutcome(held, 2, 0);
    expect(nested.right).toBeCloseTo(1 / 4);
    expect(nested.wrong).toBeCloseTo(1 / 4);
    expect(nested.unknown).toBeCloseTo(1 / 2);
  });
});

describe('standard errors', () => {
  it('the unpaired one holds the fold-to-fold spread that pairing removes', () => {
    const a = point(1e-4, base, 0.002);
    const b = point(1e-3, base, 0);
    expect(foldStandardError(b)).toBeGreaterThan(0.005);
    expect(pairedComparison(a, b).se).toBeLessThan(foldStandardError(b) / 100);
  });
});
