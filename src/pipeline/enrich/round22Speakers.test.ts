/** Who speaks: round 22's classes, read off us-train's errors (docs/quotes.md, "Round 22"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a name that ends a clause about the speaker', () => {
  it('"X, a former aide to Y, told …" after the quotation — X speaks, not Y', () => {
    const story = [
      'Farm subsidies dominated the week in Harlan County.',
      '"We have to live with the new rules," Dov Ketter, a former aide to Governor Ada Morrow, told growers on Tuesday.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Dov Ketter'], ranker: ['Dov Ketter'] });
  });
  it('"X, who served under Y, said:" before the quotation — X speaks, not Y', () => {
    const story = [
      'The race for the Harlan seat tightened on Monday.',
      'Wendell Orsay, who was party treasurer under Mayor Ada Morrow, said: "Nobody in the county saw this coming."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Wendell Orsay'], ranker: ['Wendell Orsay'] });
  });
  it('"The chairman, Y, said" still names Y, the head in apposition', () => {
    const story = [
      'The Harlan Growers Board met on Monday.',
      'Its chairman, Wendell Orsay, said: "Prices will hold until the spring."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Wendell Orsay'], ranker: ['Wendell Orsay'] });
  });
});

describe("a legislator's party and state between the name and the verb", () => {
  it('"Sen. X (D-Md.) said the plan was a "…"" — the senator', () => {
    const story = [
      'The tax plan drew fire from both parties on Thursday.',
      'Sen. Ada Morrow (D-Md.) said the plan was a "gift to the few" and would not pass.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ada Morrow'], ranker: ['Ada Morrow'] });
  });
  it('"Rep. X (R-Ore.), chair of the panel, said that it was "…"" — the same through an apposition', () => {
    const story = [
      'The platform committee opened its hearings on Friday.',
      'Rep. Wendell Orsay (R-Ore.), chair of the panel, said that it was "open to every voice" in the party.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Wendell Orsay'], ranker: ['Wendell Orsay'] });
  });
});

describe('a paragraph that introduces the next one with a colon', () => {
  it('"X echoed:" then a quotation in its own paragraph — X, not the speaker before', () => {
    const story = [
      'Voters in Harlan County had their say on Saturday.',
      '"Nobody else is talking about jobs," said Ada Morrow, a retired nurse.',
      'Student Martin Polden echoed:',
      '"He speaks the way our street speaks, and the town has waited for that."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ada Morrow', 'Martin Polden'], ranker: ['Ada Morrow', 'Martin Polden'] });
  });
});

describe('US verbs of saying next to the quotation', () => {
  it('"…!" beamed X, "…," Y charged, Z thanked W for "…"', () => {
    const story = [
      'The Harlan delegation cast its votes late on Tuesday.',
      '"This is the best night of my life!" beamed Donald Harrowby, a delegate from Ardley.',
      '"You have insulted every farmer in this county," Susan Lowell charged from the floor.',
      'Actress Carla Venn thanked the governor for "keeping the ferry running all winter."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({
      rules: ['Donald Harrowby', 'Susan Lowell', 'Carla Venn'],
      ranker: ['Donald Harrowby', 'Susan Lowell', 'Carla Venn'],
    });
  });
});

describe('more verbs that only attribute next to the quotation', () => {
  it('"…," X barked. / "…," an angry Y retaliated. / Z labeled the plan "…"', () => {
    const story = [
      'The row over the harbour tax grew louder on Monday.',
      '"Nobody asked the fishermen what they wanted," Donald Harrowby barked at the meeting.',
      '"The harbour will always be ours," Susan Lowell retaliated.',
      'Governor Carla Venn labeled the plan "a tax on every boat in the bay."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({
      rules: ['Donald Harrowby', 'Susan Lowell', 'Carla Venn'],
      ranker: ['Donald Harrowby', 'Susan Lowell', 'Carla Venn'],
    });
  });
});

describe('a clause only a person takes after a name the finder missed', () => {
  it('"…," Hollard, who flew home on Sunday, said — unknown, not an organisation called Hollard', () => {
    const story = [
      'The border crisis deepened over the weekend.',
      '"We will not be moved by threats," Hollard, who flew back to the capital from his farm on Sunday, said.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual([null]);
    expect(ranker).toEqual([null]);
  });
  it('"…," Kestrel Bank, which lends to farmers, said — the bank still speaks', () => {
    const story = ['Lending slowed in the spring.', '"Demand is still growing," Kestrel Bank, which lends to farmers, said.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Kestrel Bank'], ranker: ['Kestrel Bank'] });
  });
});

describe('a participle after a quotation that names someone', () => {
  it('"\'Y took the county,\' X said …, adding that … "…"" — X, not Y named inside the first quotation', () => {
    const story = [
      'Months after their quarrel over the ferry contract, broadcaster Sean Hollis made peace with Dov Ketter on Tuesday.',
      '"Dov Ketter took the county by a mile and good luck to him," Hollis said in the closing minutes of the late programme, adding that although some listeners "have not forgiven the ferry vote," Ketter had already paid for it.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Sean Hollis', 'Sean Hollis'], ranker: ['Sean Hollis', 'Sean Hollis'] });
  });
});
