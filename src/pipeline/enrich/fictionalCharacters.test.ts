/** Famous fictional characters named like people: never people. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const names = (paragraphs: string[]) => enrichArticle(makeParsed(paragraphs), { speakers: 'rules' }).people.map((p) => p.name);

describe('a famous fictional character', () => {
  it('is no person, whatever words stand around it', () => {
    const found = names(['Peter Vance called the plan "a Mickey Mouse scheme".', 'Fans dressed as Lara Croft queued outside the Kestrel store, Ivo Tarrant said.']);
    expect(found).toEqual(expect.arrayContaining(['Peter Vance', 'Ivo Tarrant']));
    expect(found).not.toContain('Mickey Mouse');
    expect(found).not.toContain('Lara Croft');
  });
});
