/** The ranker's decision rule, and the committed model on invented sentences. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../index.ts';
import { makeParsed } from '../test-utils.ts';
import { FEATURE_NAMES, type QuoteCandidates } from './candidates.ts';
import { candidateProbabilities, chooseSpeaker, loadModel, type SpeakerModel } from './ranker.ts';
import weightsFile from './speakerWeights.json' with { type: 'json' };

function vector(features: Record<string, number>): Float64Array {
  const v = new Float64Array(FEATURE_NAMES.length);
  for (const [name, value] of Object.entries(features)) v[FEATURE_NAMES.indexOf(name)] = value;
  return v;
}

function model(weights: Record<string, number>, agree: number, disagree: number): SpeakerModel {
  return { features: FEATURE_NAMES, weights: [...vector(weights)], thresholds: { agree, disagree } };
}

const twoCandidates: QuoteCandidates = {
  candidates: [
    { key: 'p0', guess: { type: 'person', person: 0 }, features: vector({ sieve: 1, 'mention:sentenceAfter': 1 }) },
    { key: 'p1', guess: { type: 'person', person: 1 }, features: vector({ 'mention:previousParagraph': 1 }) },
  ],
  nobody: vector({ 'nobody:bias': 1 }),
};

describe('speaker ranker', () => {
  it('probabilities over candidates and nobody sum to one and follow the scores', () => {
    const p = candidateProbabilities([...vector({ sieve: 2, 'mention:previousParagraph': 1 })], twoCandidates);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[0]).toBeGreaterThan(p[1]!);
    expect(p[1]).toBeGreaterThan(p[2]!);
  });

  it('names the best candidate only above its threshold', () => {
    const confident = chooseSpeaker(model({ sieve: 4 }, 0.5, 0.9), twoCandidates);
    expect(confident.guess).toEqual({ type: 'person', person: 0 });
    const unsure = chooseSpeaker(model({ sieve: 0.1 }, 0.5, 0.9), twoCandidates);
    expect(unsure.guess).toBeNull();
  });

  it('a candidate the sieve did not name needs the stricter threshold', () => {
    const m = (disagree: number) => model({ 'mention:previousParagraph': 3 }, 0.5, disagree);
    expect(chooseSpeaker(m(0.5), twoCandidates).guess).toEqual({ type: 'person', person: 1 });
    expect(chooseSpeaker(m(0.95), twoCandidates).guess).toBeNull();
  });

  it('no candidate means unknown', () => {
    expect(chooseSpeaker(model({}, 0, 0), { candidates: [], nobody: vector({ 'nobody:bias': 1 }) })).toEqual({ guess: null, confidence: 0 });
  });

  it('refuses a weights file whose features differ from the code', () => {
    expect(() => loadModel({ features: ['sieve'], weights: [1], thresholds: { agree: 0, disagree: 0 } })).toThrow(/npm run train/);
    expect(() => loadModel(weightsFile)).not.toThrow();
  });

  it('a body or a group the rules name keeps its credit', () => {
    const quotes = enrichArticle(makeParsed(['"Fares will rise," the Northmoor Transit Authority said.', 'The plan is "a tax on commuters", critics say.']), { speakers: 'ranker' }).quotes;
    expect(quotes.map((q) => [q.speaker.name, q.speaker.type])).toEqual([
      ['Northmoor Transit Authority', 'organisation'],
      ['critics', 'group'],
    ]);
  });

  it('the committed model credits clear attributions and not the person praised', () => {
    const quotes = enrichArticle(
      makeParsed([
        'Harbour chief Selma Ostrova spoke after the storm.',
        '"Every boat is accounted for," said Ms Ostrova.',
        'Mr Bram Keddle thanked rescuer Juno Patel, calling her "the bravest person on this coast".',
      ]),
      { speakers: 'ranker' },
    ).quotes.map((q) => [q.text, q.speaker.name]);
    expect(quotes[0]).toEqual(['Every boat is accounted for,', 'Selma Ostrova']);
    expect(quotes[1]![1]).not.toBe('Juno Patel');
  });
});
