/**
 * The pages the browser figures visit, picked from the built data: the newest article, the person
 * quoted most (people.json by quoteCount) and the biggest topic (topics.json by article count).
 * A route whose data is missing is returned with the reason instead of a path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dataPaths } from '../../src/content/dataPaths.ts';

export interface BenchRoute {
  key: string;
  label: string;
  path: string | null;
  missing?: string;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

export interface PickedRoutes {
  routes: BenchRoute[];
  /** For the filter figure: the busiest person's id and a word to search for. */
  busyPerson: { id: string; name: string } | null;
  /** For the topic filter figure: the topic with the most stories. */
  busyTopic: { id: string } | null;
  searchWord: string | null;
}

export async function pickRoutes(siteDir: string): Promise<PickedRoutes> {
  const data = path.join(siteDir, 'data');
  const catalog = (await readJson(path.join(data, dataPaths.catalog)).catch(() => null)) as Array<{ id: string; headline: string }> | null;
  const people = (await readJson(path.join(data, dataPaths.people)).catch(() => null)) as Array<{ id: string; name: string; quoteCount: number }> | null;
  const topics = (await readJson(path.join(data, dataPaths.topics)).catch(() => null)) as Array<{ id: string; articles: string[] }> | null;

  const article = Array.isArray(catalog) ? catalog[0] : undefined;
  const person = Array.isArray(people) && people.length > 0 ? [...people].sort((a, b) => b.quoteCount - a.quoteCount)[0] : undefined;
  const topic = Array.isArray(topics) && topics.length > 0 ? [...topics].sort((a, b) => b.articles.length - a.articles.length)[0] : undefined;

  const routes: BenchRoute[] = [
    { key: 'home', label: '/', path: '/' },
    article
      ? { key: 'article', label: 'an article', path: `/articles/${article.id}` }
      : { key: 'article', label: 'an article', path: null, missing: 'no article in catalog.json' },
    { key: 'people', label: '/people', path: '/people' },
    person
      ? { key: 'person', label: 'busiest person', path: `/people/${person.id}` }
      : { key: 'person', label: 'busiest person', path: null, missing: 'no person in people.json' },
    topic
      ? { key: 'topic', label: 'busiest topic', path: `/topics/${topic.id}` }
      : { key: 'topic', label: 'busiest topic', path: null, missing: 'no topic in topics.json' },
  ];
  // A word sure to match: the busiest person's surname, else a headline word.
  const searchWord =
    person?.name.split(' ').pop() ?? article?.headline.split(' ').find((w) => w.length > 4) ?? null;
  return { routes, busyPerson: person ? { id: person.id, name: person.name } : null, busyTopic: topic ? { id: topic.id } : null, searchWord };
}
