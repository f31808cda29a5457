/** Who speaks: round 25's classes, from the eighteenth review and bbc-dev's wrong names (docs/quotes.md, "Round 25"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('"he said" after someone unnamed reported with a relative clause', () => {
  it('"However, one dealer, who would not give a name, told …. "…," he said." — not the analyst named before', () => {
    const story = [
      'Sales at Harlow Stores rose by 4% over the winter, the chain said on Thursday.',
      '"Given all the worries about the winter, it is a fine result," said Rhys Tallon, an analyst at Kestrel Securities. However, one dealer, who would not give a name, told a news agency the figures were "not what the market had hoped for". "The winter has been hard for every shop on the high street," he said.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules[0]).toBe('Rhys Tallon');
    expect(rules[2]).not.toBe('Rhys Tallon');
    expect(ranker[2]).not.toBe('Rhys Tallon');
  });
});
