/** The link of one article on its own: processFile's schema check in the worker (link/index.ts, `collectionWide: false`). */
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../content/schema.ts';
import { enrichArticle } from '../enrich/index.ts';
import { makeParsed } from '../enrich/test-utils.ts';
import { linkCollection } from './index.ts';

describe('linking one article for its schema check', () => {
  const article = enrichArticle(
    makeParsed(['Harbour master Ivo Brennan said: "The quay opens on Monday."', '"We are ready," Mr Brennan added.', 'Ferry skipper Ana Marr said the tides were "kind".']),
    { speakers: 'rules' },
  );

  it('gives the same article as a full link but for the merge, with a valid id for every named speaker', () => {
    const alone = linkCollection([article], { collectionWide: false });
    const full = linkCollection([article]);
    expect(alone.people).toEqual([]);
    expect(full.people.map((p) => p.name).sort()).toEqual(['Ana Marr', 'Ivo Brennan']);
    const checked = alone.articles[0]!;
    expect(ArticleSchema.safeParse(checked).success).toBe(true);
    expect(checked.quotes.map((q) => q.speaker.personId)).toEqual(['ivo-brennan', 'ivo-brennan', 'ana-marr']);
    const withoutIds = (a: typeof checked) => ({ ...a, topics: [], suggested: [], quotes: a.quotes.map((q) => ({ ...q, speaker: { ...q.speaker, personId: null } })) });
    expect(withoutIds(checked)).toEqual(withoutIds(full.articles[0]!));
  });
});
