/** Names of firms, works and places that read like people's, told apart by the words around them (thingContext.ts). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a firm named like a person', () => {
  it('is a firm when an investor holds it or its results are reported, wherever the story names it', () => {
    const found = peopleOf('Shares in Pell and Harlan Wicks slid by a tenth on Friday.', 'Harlan Wicks said demand for its kettles had cooled, according to John Orrin.');
    expect(found).not.toContain('Harlan Wicks');
    expect(found).toContain('John Orrin');
    expect(peopleOf("Harlan Wicks's second half profits doubled, said John Orrin.")).toEqual(['John Orrin']);
  });

  it('is a firm when it employs someone or makes goods', () => {
    expect(peopleOf('The heater was fitted by parts maker Edwin Tarrow, and Edwin Tarrow has halted its line.', 'So said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf('"It is odd," said Maura Venn, an economist at Gideon Platt. Gideon Platt expects a slower spring.')).toEqual(['Maura Venn']);
    expect(peopleOf("Ivor Crane, Gideon Platt's chief executive, said Gideon Platt would hire.")).toEqual(['Ivor Crane']);
  });

  it('keeps a courtesy title that is part of its name out too ("Dr" brands and firms)', () => {
    expect(peopleOf('The owner of brands such as Fizzo Cola, Dr Quibble and Sparko said sales rose. Dr Quibble led the rise, said John Orrin.')).toEqual(['John Orrin']);
    expect(peopleOf("Profits at Indian drugmaker Dr Pellow's fell by half. Dr Pellow's has grown on cheap pills, said John Orrin.")).toEqual(['John Orrin']);
  });

  it('leaves a person whose shares, stake or film-making the story reports', () => {
    expect(peopleOf("Kevin Tolley said he had a stake in the club. Kevin Tolley's shares rose in value.")).toEqual(['Kevin Tolley']);
    expect(peopleOf('Kevin Tolley shares the lead with Ian Roe after three rounds.')).toEqual(['Kevin Tolley', 'Ian Roe']);
    expect(peopleOf('He learnt his trade in films, said film-maker Robert Tolley.')).toEqual(['Robert Tolley']);
    expect(peopleOf("Voters like Kevin Tolley's style in ways Ann Tolley's has never been liked.")).toEqual(['Kevin Tolley', 'Ann Tolley']);
  });
});
