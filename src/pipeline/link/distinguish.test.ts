import { describe, expect, it } from 'vitest';
import type { Person } from '../../content/schema.ts';
import { PeopleFindShardSchema, PersonSchema, SearchTermShardSchema } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { buildListFacets, buildListPositions, buildPeopleIndexShards, buildPersonPages } from '../write/listShards.ts';
import { buildSearchFiles } from '../write/search.ts';
import { distinguishNamesakes } from './distinguish.ts';
import { mergePeople } from './people.ts';

const local = (name: string, descriptions: string[] = []): LocalPerson => ({ name, mentions: [name], descriptions, gender: null });
const story = (articleId: string, section: string, people: LocalPerson[]) => ({ articleId, section, people, quotes: [], blocks: [] });
const person = (id: string, name: string, over: Partial<Person> = {}): Person => ({ id, name, aliases: [], descriptions: [], role: null, articles: [], quoteCount: 0, ...over });

/** Two invented namesakes: a footballer in two sport stories, a party chairman in three politics stories. */
function brakes() {
  return mergePeople([
    story('derby', 'Sport', [local('Tolan Brake'), local('Wim Ossery')]),
    story('cup', 'Sport', [local('Tolan Brake'), local('Wim Ossery')]),
    story('budget', 'Politics', [local('Tolan Brake', ['party chairman']), local('Ilsa Marrow')]),
    story('poll', 'Politics', [local('Tolan Brake', ['chairman']), local('Ilsa Marrow')]),
    story('vote', 'Politics', [local('Tolan Brake'), local('Ilsa Marrow')]),
  ]).people;
}

describe('namesake notes (distinguishedAs)', () => {
  it('tells split namesakes apart by role, else by the section of their stories, and leaves everyone else alone', () => {
    const people = brakes();
    expect(people.map((p) => [p.id, p.name, p.distinguishedAs])).toEqual([
      ['ilsa-marrow', 'Ilsa Marrow', undefined],
      ['tolan-brake', 'Tolan Brake', 'party chairman'],
      ['tolan-brake-sport', 'Tolan Brake', 'Sport'],
      ['wim-ossery', 'Wim Ossery', undefined],
    ]);
    // Only people who share a name carry the key at all, and every person still fits the schema.
    expect(people.filter((p) => 'distinguishedAs' in p).map((p) => p.id)).toEqual(['tolan-brake', 'tolan-brake-sport']);
    for (const p of people) PersonSchema.parse(p);
  });

  it('compares names without regard to case or accents, adds the section when roles alike do not tell, and gives no note that would not', () => {
    const sections: Record<string, string> = { a: 'Arts', b: 'Arts', c: 'Travel' };
    const sectionOf = (id: string) => sections[id] ?? null;
    const people = distinguishNamesakes(
      [
        person('orla-penn', 'Orla Penn', { role: 'singer', articles: ['a', 'b'] }),
        person('orla-penn-2', 'ORLA PÉNN', { role: 'singer', articles: ['c'] }),
        person('orla-penn-3', 'Orla Penn', { role: 'singer', articles: ['a'] }),
      ],
      sectionOf,
    );
    expect(people.map((p) => p.distinguishedAs)).toEqual([undefined, 'singer, Travel', undefined]);
    const long = 'keeper of the lamps at the old harbour light';
    const wordy = distinguishNamesakes([person('ada-rusk', 'Ada Rusk', { role: long, articles: ['c'] }), person('ada-rusk-2', 'Ada Rusk', { role: 'poet', articles: ['a'] })], sectionOf);
    expect(wordy.map((p) => p.distinguishedAs)).toEqual(['Travel', 'poet']);
    const wordyAlike = distinguishNamesakes([person('ada-rusk', 'Ada Rusk', { role: long, articles: ['a'] }), person('ada-rusk-2', 'Ada Rusk', { articles: ['b'] })], sectionOf);
    expect(wordyAlike.map((p) => p.distinguishedAs)).toEqual([long, 'Arts']);
    const noFacts = distinguishNamesakes([person('kessel', 'Kessel'), person('kessel-2', 'Kessel', { articles: ['c'] })], sectionOf);
    expect(noFacts.map((p) => p.distinguishedAs)).toEqual([undefined, 'Travel']);
  });

  it('is carried into every file that names people: index rows, lookup shards, person pages, search and filters', () => {
    const people = brakes();
    const sport = people.find((p) => p.id === 'tolan-brake-sport')!;
    const shards = buildPeopleIndexShards(people);
    const letterRows = shards.letterPages.flatMap((p) => p.people).filter((p) => p.name === 'Tolan Brake');
    expect(letterRows.map((p) => p.distinguishedAs)).toEqual(['party chairman', 'Sport']);
    const found = shards.findShards.find((s) => s.key === 'br')!;
    PeopleFindShardSchema.parse(found);
    expect(found.people.map((p) => p.distinguishedAs)).toEqual(['party chairman', 'Sport']);
    expect(buildPersonPages(sport, [], [])[0]!.person.distinguishedAs).toBe('Sport');
    expect(shards.index.top.find((p) => p.id === 'ilsa-marrow')).not.toHaveProperty('distinguishedAs');

    const summaries = ['derby', 'cup', 'budget', 'poll', 'vote'].map((id) => ({
      id, headline: id, updated: null, section: null, standfirst: '', people: people.filter((p) => p.articles.includes(id)).map((p) => p.id), topics: [], quoteCount: 0,
    }));
    const facetNames = buildListFacets(summaries, { people, topics: [] }).people.filter((v) => v.id.startsWith('tolan')).map((v) => v.name);
    expect(facetNames.sort()).toEqual(['Tolan Brake (Sport)', 'Tolan Brake (party chairman)']);
    const positions = buildListPositions(summaries, { people, topics: [] }).find((f) => f.facet === 'person' && f.key === 'tolan-brake-sport')!;
    expect(positions.positions.name).toBe('Tolan Brake (Sport)');

    const search = buildSearchFiles({ articles: [], people, topics: [] });
    const shard = [...search.terms.values()].find((s) => s.terms['brake'])!;
    SearchTermShardSchema.parse(shard);
    expect(shard.terms['brake']!.p!.map((p) => [p.id, p.distinguishedAs])).toEqual([
      ['tolan-brake', 'party chairman'],
      ['tolan-brake-sport', 'Sport'],
    ]);
    // The note's words find the person: "sport" is a term that names the footballer.
    const sportHits = [...search.terms.values()].flatMap((s) => s.terms['sport']?.p ?? []);
    expect(sportHits.map((p) => p.id)).toEqual(['tolan-brake-sport']);
  });
});
