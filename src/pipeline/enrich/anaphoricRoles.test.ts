import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const descriptionsOf = (name: string, ...paragraphs: string[]) =>
  enrichArticle(makeParsed(paragraphs)).people.find((p) => p.name === name)?.descriptions ?? [];

describe('a definite role phrase with no name, after the last person named', () => {
  it('is that person\'s when nothing in the sentence says otherwise', () => {
    expect(descriptionsOf('Susan Marra', 'Susan Marra has quit the harbour board.', 'The former teacher said she would stay in Tarnmouth.')).toContain('former teacher');
  });

  it('is not hers when a pronoun of the other gender follows it in the sentence', () => {
    expect(descriptionsOf('Susan Marra', 'The film of the novel starred Susan Marra.', 'The author was famed for his studies of every trade.')).not.toContain('author');
  });

  it('stays hers when the other pronoun comes after another name', () => {
    expect(descriptionsOf('Susan Marra', 'Susan Marra attacked the show.', 'The feminist writer said it taunted Ivo Tey by denying him a drink.')).toContain('feminist writer');
  });

  it('stays theirs when a verb follows the role word', () => {
    expect(descriptionsOf('John Marra', 'John Marra visited Tarnmouth in May.', 'The researcher recalls what happened there.')).toContain('researcher');
  });

  it('is not the speaker\'s when it stands in the clause the speaker reports', () => {
    expect(descriptionsOf('Marcus Tarrow', 'The head of the harbour school, Marcus Tarrow, said the film hinted the 31-year-old singer had studied there.')).not.toContain('31-year-old singer');
    expect(descriptionsOf('Marcus Tarrow', 'Marcus Tarrow told reporters the veteran striker would start.')).not.toContain('veteran striker');
    // Outside a reported clause it is still the person named last.
    expect(descriptionsOf('Susan Tarrow', 'Susan Tarrow has quit the harbour board.', 'The former teacher told reporters she would stay.')).toContain('former teacher');
  });

  it('is no role when the role word only modifies the noun after it', () => {
    expect(descriptionsOf('Susan Marra', 'Susan Marra topped the list in March.', 'The first official download chart began in May.')).toEqual([]);
  });

  it('is not theirs when it takes up a thing the text just introduced with "a"', () => {
    expect(descriptionsOf('John Marra', 'John Marra runs the studio in Tarnmouth.', 'Its new tool lets artists direct a virtual actor. The actor is modelled on real bodies.')).not.toContain('actor');
  });

  it('stays theirs when the "a …" phrase described the person', () => {
    expect(descriptionsOf('Susan Marra', 'Susan Marra, a former teacher, has quit the harbour board.', 'The former teacher said she would stay.')).toContain('former teacher');
    expect(descriptionsOf('John Marra', 'John Marra was an engineer for years before he left.', 'The engineer said he would stay.')).toContain('engineer');
  });
});

describe('a bare "The <role>" sentence about whoever presides', () => {
  it('means the judge or the referee, not the witness or the player named last', () => {
    expect(descriptionsOf('Susan Marra', 'Susan Marra, who lives next door, gave evidence on Tuesday.', 'The judge told jurors to ignore the remark.')).not.toContain('judge');
    expect(descriptionsOf('Susan Marra', 'Susan Marra fell in the box after ten minutes.', 'The referee waved play on.')).not.toContain('referee');
    // Other roles still go to the person named last.
    expect(descriptionsOf('Susan Marra', 'Susan Marra, who lives next door, gave evidence on Tuesday.', 'The former teacher said she heard shouting.')).toContain('former teacher');
  });
});

describe('a bare "The manager" sentence after a player was named (round 16)', () => {
  it('is the side\'s manager, not the player', () => {
    expect(descriptionsOf('Susan Marra', 'Susan Marra will miss the final through suspension.', 'The manager will look for cover before Saturday.')).not.toContain('manager');
  });
});

describe('"the" inside a longer name before a role (round 17)', () => {
  it('is no description of the person named before: the role is the longer phrase\'s, someone unnamed', () => {
    expect(descriptionsOf('Tom Pell', 'Tom Pell topped the list again this week.', 'A Songs of the Harbour spokesperson said: "The week went well."')).toEqual([]);
    // A "the" that opens the subject still takes up the person.
    expect(descriptionsOf('Tom Pell', 'Tom Pell topped the list again this week.', 'The singer said he was glad.')).toEqual(['singer']);
  });
});

describe('a role, a comma, then a possessive name before a title (round 17)', () => {
  it('describes the work the name owns, not the name', () => {
    expect(descriptionsOf('Susan Marra', "Last year's winner, Susan Marra's Tin Hearts, sold two million copies.")).toEqual([]);
    expect(descriptionsOf('Susan Marra', "The prize went to last year's winner, Susan Marra, who wrote Tin Hearts.")).toEqual(['winner']);
  });
});
