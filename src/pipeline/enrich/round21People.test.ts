/** People round 21: classes from the round's fresh samples and from dev (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;
const rolesOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).find((p) => p.name === name)?.descriptions;

describe("a work's title with a small word inside it, before the role", () => {
  it('is no part of the role', () => {
    expect(rolesOf('Kevin Quarrow', 'The jury included Crossing the Marsh director Kevin Quarrow.')).toEqual(['director']);
    expect(rolesOf('Tam Dorrit', 'The prize went to Birds in Winter star Tam Dorrit.')).toEqual(['star']);
  });

  it('leaves a firm after a date, a place or a club the sentence names', () => {
    expect(rolesOf('Jo Brack', 'In March the Tarnco chief Jo Brack quit.')).toEqual(['Tarnco chief']);
    expect(rolesOf('Ivo Renn', 'Quayside rejected a bid from Kestrel for Tarnland captain Ivo Renn.')).toEqual(['Tarnland captain']);
  });
});
