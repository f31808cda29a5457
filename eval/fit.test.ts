/** Fitting the speaker ranker on small invented problems. */
import { describe, expect, it } from 'vitest';
import { chooseThresholds, fitRanker, lossAndGradient, outcomeAt, predict, type Prediction, type TrainingQuote } from './fit.ts';

// Three features: 0 = "named next to the quote", 1 = "named far away", 2 = nobody's bias.
const v = (...x: number[]) => Float64Array.from(x);

function quote(rightIsNear: boolean, weight = 1): TrainingQuote {
  return { candidates: [v(1, 0, 0), v(0, 1, 0)], nobody: v(0, 0, 1), correct: [rightIsNear, !rightIsNear], weight };
}

describe('ranker fitting', () => {
  it('the gradient matches finite differences', () => {
    const quotes = [quote(true), quote(false), { ...quote(true), correct: [false, false] }];
    const w = v(0.3, -0.2, 0.1);
    const { gradient } = lossAndGradient(w, quotes, 0.01);
    for (let k = 0; k < 3; k++) {
      const up = Float64Array.from(w);
      const down = Float64Array.from(w);
      up[k]! += 1e-6;
      down[k]! -= 1e-6;
      const numeric = (lossAndGradient(up, quotes, 0.01).loss - lossAndGradient(down, quotes, 0.01).loss) / 2e-6;
      expect(gradient[k]).toBeCloseTo(numeric, 5);
    }
  });

  it('learns that the near candidate speaks, and is deterministic', () => {
    const quotes = [...Array.from({ length: 8 }, () => quote(true)), quote(false)];
    const a = fitRanker(quotes, 3, { l2: 1e-3, iterations: 200, learningRate: 0.05 });
    const b = fitRanker(quotes, 3, { l2: 1e-3, iterations: 200, learningRate: 0.05 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.weights[0]).toBeGreaterThan(a.weights[1]!);
    const p = predict(a.weights, quote(true), 0);
    expect(p.right).toBe(true);
    expect(p.agrees).toBe(true);
  });

  it('when no candidate is ever right, nobody wins', () => {
    const quotes = Array.from({ length: 5 }, () => ({ ...quote(true), correct: [false, false] }));
    const { weights } = fitRanker(quotes, 3, { l2: 1e-3, iterations: 200, learningRate: 0.05 });
    expect(weights[2]).toBeGreaterThan(Math.max(weights[0]!, weights[1]!));
  });

  it('the threshold withholds the unsure wrong names when a wrong name costs more', () => {
    const predictions: Prediction[] = [
      { confidence: 0.95, right: true, agrees: true, weight: 1 },
      { confidence: 0.9, right: true, agrees: true, weight: 1 },
      { confidence: 0.4, right: false, agrees: true, weight: 1 },
      { confidence: 0.45, right: true, agrees: false, weight: 1 },
      { confidence: 0.3, right: false, agrees: false, weight: 1 },
      { confidence: 0.35, right: false, agrees: false, weight: 1 },
    ];
    expect(outcomeAt(predictions, { agree: 0, disagree: 0 }).wrong).toBeCloseTo(3 / 6);
    const choice = chooseThresholds(predictions, 3);
    expect(choice.agree).toBeGreaterThan(0.4);
    expect(choice.agree).toBeLessThanOrEqual(0.9);
    // Overruling the rules takes at least the "agrees" confidence, so the unsure right pick against them
    // (0.45) is withheld with the wrong ones.
    expect(choice.disagree).toBeGreaterThanOrEqual(choice.agree);
    expect(choice.wrong).toBe(0);
    expect(choice.right).toBeCloseTo(2 / 6);
  });
});
