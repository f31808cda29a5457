/** Invented test data for the write stage; every word is made up. */
import type { Article, Person, Topic } from '../content/schema.ts';
import type { LinkedCollection } from '../pipeline/link/index.ts';

/** An invented collection big enough to page at the production page sizes: one topic and one speaker in every story. */
export function inventedCollection(stories: number): LinkedCollection {
  const articles: Article[] = Array.from({ length: stories }, (_, i) => {
    const text = `Made-up paragraph ${i}: "invented words number ${i}," said Una Pell.`;
    const start = text.indexOf('invented');
    return {
      id: `made-up-story-${i}`,
      source: `made-up/${i}.txt`,
      format: 'plain',
      headline: `Made-up story ${i}`,
      updated: new Date(Date.UTC(2020, 0, 1) + (stories - i) * 86_400_000).toISOString(),
      section: null,
      caption: null,
      blocks: [{ type: 'paragraph', text, intro: true }],
      related: [],
      suggested: [],
      quotes: [{ id: 'q1', text: text.slice(start, start + `invented words number ${i},`.length), speaker: { name: 'Una Pell', personId: 'una-pell', type: 'person' }, block: 0, child: null, start, end: start + `invented words number ${i},`.length }],
      people: ['una-pell'],
      topics: ['tides'],
      wordCount: 9,
    };
  });
  const people: Person[] = [{ id: 'una-pell', name: 'Una Pell', aliases: [], descriptions: [], role: null, articles: articles.map((a) => a.id), quoteCount: stories }];
  const topics: Topic[] = [{ id: 'tides', name: 'Tides', kind: 'theme', articles: articles.map((a) => a.id) }];
  return { articles, people, topics };
}

