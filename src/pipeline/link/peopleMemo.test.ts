/**
 * A rebuild reuses the last people merge only when the edited stories give it the same input; whatever it
 * decides, the link equals a link from scratch.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../content/schema.ts';
import { listContent } from '../read/walk.ts';
import { processFile } from '../processFile.ts';
import type { EnrichedArticle, LocalPerson } from '../types.ts';
import { linkCollectionFrom, type LinkState } from './index.ts';
import { mergePeopleOf } from './peopleMemo.ts';
import { mergePeople } from './people.ts';
import { person } from './test-utils.ts';

// The bundled sample collection: invented stories.
const content = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');

let enriched: EnrichedArticle[];
let state: LinkState;

beforeAll(async () => {
  const { sources } = await listContent(content);
  const results = await Promise.all(sources.map(async (s) => processFile(s.source, new Uint8Array(await readFile(s.absolute)))));
  enriched = results.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
  state = linkCollectionFrom(enriched, { remember: true }).state!;
});

const added: Block = { type: 'paragraph', text: 'The ferry timetable for Larkspur Sound will be published on Friday.' };

/** The collection with one story replaced by `edit` of it, linked after the last link and from scratch. */
function relink(edit: (story: EnrichedArticle) => EnrichedArticle) {
  const at = enriched.findIndex((a) => a.people.length > 1 && a.quotes.some((q) => q.speaker.type === 'person'));
  const edited = enriched.map((a, i) => (i === at ? edit(a) : a));
  const again = linkCollectionFrom(edited, { remember: true }, state);
  const scratch = linkCollectionFrom(edited).collection;
  return { again, scratch };
}

function expectSameLink(a: { articles: unknown; people: unknown; topics: unknown }, b: typeof a): void {
  expect(JSON.stringify(a.people)).toBe(JSON.stringify(b.people));
  expect(JSON.stringify(a.articles)).toBe(JSON.stringify(b.articles));
  expect(JSON.stringify(a.topics)).toBe(JSON.stringify(b.topics));
}

describe('the people merge after an edit', () => {
  it('is reused when the edit adds words that name no one, and the link equals one from scratch', () => {
    const { again, scratch } = relink((story) => ({ ...story, blocks: [...story.blocks, added] }));
    expect(again.peopleReused).toBe(true);
    expectSameLink(again.collection, scratch);
  });

  it('keeps last link\u2019s title index, and topic objects equal to last link\u2019s, when no headline changed', () => {
    const { again } = relink((story) => ({ ...story, blocks: [...story.blocks, added] }));
    expect(again.state!.titles!.index).toBe(state.titles!.index);
    // A topic equal to last link's is that very object; the sample has some.
    for (const topic of again.collection.topics) {
      const was = state.topics!.get(topic.id);
      if (was && JSON.stringify(was) === JSON.stringify(topic)) expect(topic).toBe(was);
    }
    expect(again.collection.topics.filter((t) => t === state.topics!.get(t.id)).length).toBeGreaterThan(3);
    const { again: retitled } = relink((story) => ({ ...story, headline: `${story.headline}, revised` }));
    expect(retitled.state!.titles!.index).not.toBe(state.titles!.index);
  });

  it('builds on the last merge when the edit names a new person or moves a quote, and the link equals one from scratch', () => {
    const edits: Array<(story: EnrichedArticle) => EnrichedArticle> = [
      (story) => ({ ...story, people: [...story.people, person('Marten Quillby', { descriptions: ['harbour master'] })] }),
      (story) => {
        const other = story.people.find((p) => story.quotes.every((q) => q.speaker.type !== 'person' || q.speaker.name !== p.name))!;
        const quotes = story.quotes.map((q) => (q.speaker.type === 'person' ? { ...q, speaker: { ...q.speaker, name: other.name } } : q));
        return { ...story, quotes };
      },
    ];
    for (const edit of edits) {
      const { again, scratch } = relink(edit);
      // (peopleEdit.ts: the new person added to the last merge's people, or two quote counts changed.)
      expect(again.peopleReused).toBe(true);
      expectSameLink(again.collection, scratch);
    }
  });

  it('runs again when the edit changes a description of a person the story names', () => {
    const { again, scratch } = relink((story) => ({ ...story, people: story.people.map((p, i): LocalPerson => (i === 0 ? { ...p, descriptions: [...p.descriptions, 'ferry inspector'] } : p)) }));
    expect(again.peopleReused).toBe(false);
    expectSameLink(again.collection, scratch);
  });
});

describe('mergePeopleOf', () => {
  const listed = { listedOnly: true };
  /** Stories as the merge reads them: only the fields it asks for are set. */
  const storyOf = (people: LocalPerson[], text: string) => ({ people, quotes: [], blocks: [{ type: 'paragraph', text }], notPeople: [] }) as unknown as EnrichedArticle;
  const ids = ['profile', 'derby', 'gadget'];
  const sections = ['Sport', 'Sport', 'Tech'];
  const profile = storyOf([person('Jory Marsk'), person('Ilsa Marrow')], 'Quayside lock Jory Marsk is fit again, said Ilsa Marrow.');
  const sheet = (club: string) => storyOf([person('Brane', listed), person('Cully', listed), person('Marsk', listed)], `Tolley won at home. ${club}: Brane; Cully, Marsk, Oskin.`);
  const gadget = (text: string) => storyOf([person('Wen Sorrel')], text);

  it('runs again when a story whose text it read changes, though its people do not (a team sheet\u2019s club)', () => {
    const derby = sheet('Quayside');
    const first = mergePeopleOf([profile, derby, gadget('A phone.')], ids, sections, true);
    expect(first.personIdFor('derby', 'Marsk')).toBe('jory-marsk');
    expect(first.memo!.textsRead.has('derby')).toBe(true);
    expect(first.memo!.textsRead.has('gadget')).toBe(false);
    const kept = new Map(ids.map((id) => [id, new Map<string, string | null>()]));
    for (const id of ids) for (const name of ['Marsk', 'Jory Marsk', 'Ilsa Marrow', 'Brane', 'Cully', 'Wen Sorrel']) kept.get(id)!.set(name, first.personIdFor(id, name));
    const previous = { memo: first.memo!, idsGiven: (id: string) => kept.get(id) };

    const otherClub = mergePeopleOf([profile, sheet('Harbourside'), gadget('A phone.')], ids, sections, true, previous);
    expect(otherClub.reused).toBe(false);
    expect(otherClub.personIdFor('derby', 'Marsk')).toBeNull();

    // A story whose text it never read: the last merge, equal to a new one.
    const stories = [profile, derby, gadget('A phone with a folding screen.')];
    const reworded = mergePeopleOf(stories, ids, sections, true, previous);
    expect(reworded.reused).toBe(true);
    const fresh = mergePeople(stories.map((a, i) => ({ articleId: ids[i]!, people: a.people, quotes: a.quotes, blocks: a.blocks, section: sections[i]! })));
    expect(reworded.people).toEqual(fresh.people);
    expect(reworded.personIdFor('derby', 'Marsk')).toBe(fresh.personIdFor('derby', 'Marsk'));
  });

  it('runs again when a story moves section or the collection gains a story', () => {
    const first = mergePeopleOf([profile, sheet('Quayside'), gadget('A phone.')], ids, sections, true);
    const previous = { memo: first.memo!, idsGiven: () => undefined };
    expect(mergePeopleOf([profile, sheet('Quayside'), gadget('A phone.')], ids, ['Sport', 'Sport', 'Sport'], true, previous).reused).toBe(false);
    expect(mergePeopleOf([profile, sheet('Quayside'), gadget('A phone.'), gadget('A tablet.')], [...ids, 'tablet'], [...sections, 'Tech'], true, previous).reused).toBe(false);
  });
});
