/** Roles the text does not give a person stay off them: invented people and places. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const article = (paragraphs: string[]) => enrichArticle(makeParsed(paragraphs), { speakers: 'rules' });
const rolesOf = (paragraphs: string[], name: string) => article(paragraphs).people.find((p) => p.name === name)?.descriptions ?? [];

describe('a definite description and the people around it', () => {
  it('is not the role of a person named later in the same sentence', () => {
    const story = ['Harbour mayor Ivo Pell praised a column in the Tarn Gazette.', 'But the editor says Mr Pell should apologise now.'];
    expect(rolesOf(story, 'Ivo Pell')).toEqual(['mayor']);
  });

  it('of a national office is never guessed onto the last person named, and its words stay unattributed', () => {
    const story = ['Council leader Ivo Pell said he would not resign.', 'Later the prime minister said: "We all lose our temper."'];
    expect(rolesOf(story, 'Ivo Pell')).toEqual(['Council leader']);
    expect(article(story).quotes.map((q) => q.speaker.type)).toEqual(['unknown']);
  });

  it('after "said Mr X" that opens a reported clause, X is no subject a later description means', () => {
    const story = ['Tory MP Aled Morse, speaking in Tarnmouth, said Mr Pell "should keep out of" the row.', '"It is not his business," the Tarn Gazette editor told reporters.'];
    expect(rolesOf(story, 'Pell')).toEqual([]);
  });

  it('a role noun used as a verb after a modal, and a bare relation to another person, are no roles', () => {
    const story = ['The revival will also star Lena Marsh as the widow, and Belgian rival Ivo Pell watched with compatriot Anke Dorr.'];
    const found = article(story).people;
    expect(found.map((p) => [p.name, p.descriptions])).toEqual([['Lena Marsh', []], ['Ivo Pell', []], ['Anke Dorr', []]]);
    expect(rolesOf(['Former rival and coach Ivo Pell agreed.'], 'Ivo Pell')).toEqual(['Former rival and coach']);
  });
});

describe('a stance word in a role', () => {
  it('("pro-Tarn", "anti-Quayside") stays in the role instead of cutting it to a fragment', () => {
    expect(rolesOf(['Jo Vance will stand against pro-Tarn war Labour MP Susan Tollan at the election.'], 'Susan Tollan')).toEqual(['pro-Tarn war Labour MP']);
    expect(rolesOf(['The plan was attacked by anti-Quayside campaigner Susan Tollan.'], 'Susan Tollan')).toEqual(['anti-Quayside campaigner']);
  });
});

describe('names and roles at the edges', () => {
  it('a role never runs across a paragraph break', () => {
    expect(rolesOf(['Tarn United reached the quarter-finals', 'Midfielder Ivo Pell said he was pleased.'], 'Ivo Pell')).toEqual(['Midfielder']);
  });

  it('a title before a closed-class word ("Dr No") names no person', () => {
    expect(article(['The game casts you as the spy against Dr No and his island, said Ivo Pell.']).people.map((p) => p.name)).toEqual(['Ivo Pell']);
  });

  it('a plural noun ending a title is not glued to the given name after it', () => {
    expect(article(['Minister for Harbours and Ferries Margaret Tollan said the fares would fall.']).people.map((p) => p.name)).toEqual(['Margaret Tollan']);
  });
});
