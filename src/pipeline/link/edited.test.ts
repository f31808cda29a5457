import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person, Quote } from '../../content/schema.ts';
import { listContent } from '../read/walk.ts';
import { processFile } from '../processFile.ts';
import type { EnrichedArticle } from '../types.ts';
import { linkCollectionFrom, type LinkedEntry, type LinkState } from './index.ts';
import { linkEdited, peopleByName } from './edited.ts';

// The bundled sample collection: invented stories.
const content = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');

let enriched: EnrichedArticle[];
let state: LinkState;
let people: Person[];
/** A story with a quote from a person of the collection. */
let entry: LinkedEntry;

beforeAll(async () => {
  const { sources } = await listContent(content);
  const results = await Promise.all(sources.map(async (s) => processFile(s.source, new Uint8Array(await readFile(s.absolute)))));
  enriched = results.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
  const link = linkCollectionFrom(enriched, { remember: true });
  state = link.state!;
  people = link.collection.people;
  entry = [...state.articles.values()].find((e) => e.article.quotes.some((q) => q.speaker.personId) && e.article.suggested.length > 0 && e.article.topics.length > 0)!;
  expect(entry).toBeDefined();
});

const added = { type: 'paragraph' as const, text: 'The ferry timetable for Larkspur Sound will be published on Friday.' };

describe('linkEdited (first phase of a dev rebuild)', () => {
  it('a body edit: the new body, last link\u2019s id, section, related titles, topics and related stories, and the full link\u2019s person ids', () => {
    const edited: EnrichedArticle = { ...entry.from, blocks: [...entry.from.blocks, added] };
    const linked = linkEdited(edited, entry, peopleByName(people));
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    expect(linked.article.blocks.at(-1)).toEqual(added);
    expect(linked.article.id).toBe(entry.article.id);
    expect(linked.article.section).toBe(entry.article.section);
    expect(linked.article.related).toBe(entry.article.related);
    expect(linked.article.topics).toBe(entry.article.topics);
    expect(linked.article.suggested).toBe(entry.article.suggested);
    // Everything but topics and related stories is what a full link of the edited collection gives it.
    const full = linkCollectionFrom(enriched.map((a) => (a === entry.from ? edited : a))).collection.articles.find((a) => a.id === entry.article.id)!;
    const { topics: _t, suggested: _s, ...rest } = linked.article;
    const { topics: _ft, suggested: _fs, ...fullRest } = full;
    expect(JSON.stringify(rest)).toBe(JSON.stringify(fullRest));
  });

  it('a new quote: a name only one person of the collection has is linked to them; a name no one or two people have is not', () => {
    const other = people.find((p) => !entry.article.people.includes(p.id) && people.filter((q) => q.name === p.name).length === 1)!;
    const quote = (name: string, n: number): Quote => ({ ...entry.from.quotes[0]!, id: `${entry.from.quotes[0]!.id}-new${n}`, speaker: { name, personId: null, type: 'person' } });
    const edited: EnrichedArticle = { ...entry.from, quotes: [...entry.from.quotes, quote(other.name, 1), quote('Perpetua Vands', 2)] };
    const linked = linkEdited(edited, entry, peopleByName(people));
    if (!linked.ok) throw new Error(linked.reason);
    expect(linked.article.quotes.map((q) => q.speaker.personId).slice(-2)).toEqual([other.id, null]);
    // Two people of that name (split namesakes): the full link decides which, so the first phase links neither.
    const namesakes = peopleByName([...people, { ...other, id: `${other.id}-2` }]);
    const again = linkEdited(edited, entry, namesakes);
    if (!again.ok) throw new Error(again.reason);
    expect(again.article.quotes.at(-2)!.speaker.personId).toBeNull();
  });

  it('a new headline, format or related-story lines asks for the full link', () => {
    const byName = peopleByName(people);
    expect(linkEdited({ ...entry.from, headline: `${entry.from.headline} again` }, entry, byName)).toMatchObject({ ok: false });
    expect(linkEdited({ ...entry.from, format: entry.from.format === 'plain' ? 'page-text' : 'plain' }, entry, byName)).toMatchObject({ ok: false });
    expect(linkEdited({ ...entry.from, related: [...entry.from.related, { title: 'Harbour dues rise at Larkspur Sound', date: null, section: 'Business', id: null }] }, entry, byName)).toMatchObject({ ok: false });
  });
});
