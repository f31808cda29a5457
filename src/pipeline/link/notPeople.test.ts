/** A name one story shows to be a title or a firm leaves the index everywhere, unless a story vouches for a person. */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { enrichArticle } from '../enrich/index.ts';
import { makeParsed } from '../enrich/test-utils.ts';
import { mergePeople } from './people.ts';
import { person } from './test-utils.ts';

const quote = (name: string): Quote => ({ id: 'q1', text: 'x', speaker: { name, personId: null, type: 'person' }, block: 0, child: null, start: 0, end: 1 });

describe('names some story shows to be no person', () => {
  it('the enrich step reports them: full names, not titled ones', () => {
    const article = enrichArticle(makeParsed(["Lorna Vance star Kit Harlow was there. It owns brands such as Dr Quibble, said John Orrin."]));
    expect(article.notPeople).toEqual(['Lorna Vance']);
  });

  it('leave the index in every story when no story gives the name a role, a quote or a courtesy title', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Kit Harlow', { descriptions: ['star'] })], quotes: [], blocks: [], notPeople: ['Lorna Vance'] },
      { articleId: 'two', people: [person('Lorna Vance'), person('Kit Harlow')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Kit Harlow']);
    expect(personIdFor('two', 'Lorna Vance')).toBeNull();
  });

  it('stay when any story vouches for a person of that name', () => {
    const vouched = (local: LocalPerson, quotes: Quote[] = []) =>
      mergePeople([
        { articleId: 'one', people: [], quotes: [], blocks: [], notPeople: ['Lorna Vance'] },
        { articleId: 'two', people: [local], quotes, blocks: [] },
      ]).people.map((p) => p.name);
    expect(vouched(person('Lorna Vance', { descriptions: ['singer'] }))).toEqual(['Lorna Vance']);
    expect(vouched(person('Lorna Vance'), [quote('Lorna Vance')])).toEqual(['Lorna Vance']);
    expect(vouched(person('Lorna Vance', { mentions: ['Lorna Vance', 'Ms Vance'] }))).toEqual(['Lorna Vance']);
  });
});

describe('a lone word some story gives a plural verb ("Kendra have")', () => {
  it('is a club in that story, and the enrich step reports it; one of two names joined by "and" is not', () => {
    const club = enrichArticle(makeParsed(['Kendra have sacked striker Ivo Tarrant. Kendra said the club would not appeal.']));
    expect(club.people.map((p) => p.name)).toEqual(['Ivo Tarrant']);
    expect(club.notPeople).toEqual(['Kendra']);
    const pair = enrichArticle(makeParsed(['"We were late," said Rhian Dorr. Rhian and Kendra have both apologised, Kendra said.']));
    expect(pair.notPeople).toBeUndefined();
    expect(enrichArticle(makeParsed(['"We were late," said Rhian Dorr. Rhian & Kendra have both apologised, Kendra said.'])).notPeople).toBeUndefined();
    // The object of a preposition does not take the verb after it.
    expect(enrichArticle(makeParsed(['"We were late," said Kendra Dorr. But results under Kendra have been poor.'])).notPeople).toBeUndefined();
    // A common word opening a sentence is no name to rule out.
    expect(enrichArticle(makeParsed(['"Sales are up," said Rhian Dorr.'])).notPeople).toBeUndefined();
  });

  it('leaves the index in the stories that name it alone, unless one vouches for a person', () => {
    const stories = (local: LocalPerson) =>
      mergePeople([
        { articleId: 'one', people: [person('Ivo Tarrant')], quotes: [], blocks: [], notPeople: ['Kendra'] },
        { articleId: 'two', people: [local, person('Ivo Tarrant')], quotes: [], blocks: [] },
      ]).people.map((p) => p.name);
    expect(stories(person('Kendra'))).toEqual(['Ivo Tarrant']);
    expect(stories(person('Kendra', { mentions: ['Kendra', 'Ms Kendra'] }))).toEqual(['Ivo Tarrant', 'Kendra']);
  });
});
