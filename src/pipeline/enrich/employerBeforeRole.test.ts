/** Employers named before a job title and a person: invented names. */
import { describe, expect, it } from 'vitest';
import { scanNames } from './names.ts';

const people = (text: string) => scanNames(text).people.map((c) => c.tokens.join(' '));
const bodies = (text: string) => scanNames(text).organisations.map((o) => o.name);

describe('an employer before a job title and a name', () => {
  it('is a body, and the person after the title is the person', () => {
    const text = '"It looks weak," said Brackley Fane economist Olga Verin.';
    expect(people(text)).toEqual(['Olga Verin']);
    expect(bodies(text)).toContain('Brackley Fane');
  });

  it('is left a person when it opens with a given name, is one word, or its surname stands alone', () => {
    expect(people('"It was close," said Tony Blair aide Olga Verin.')).toEqual(['Tony Blair', 'Olga Verin']);
    expect(people('"We move on," said Verin campaign manager Jo Brackwell.')).toContain('Verin');
    expect(people('Brackley Fane economist Olga Verin agreed. Fane said so too.')).toContain('Brackley Fane');
  });

  it('is no employer when a conjunction joins two people', () => {
    expect(people('The dispute between Brackley Fane and drummer Olga Verin ended.')).toEqual(['Brackley Fane', 'Olga Verin']);
  });
});
