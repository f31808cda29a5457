/** The app's only way to read data: one react-query hook per public file. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Person, Topic } from '../content/schema';
import {
  articleQuery,
  catalogQuery,
  listFacetsQuery,
  listPageQuery,
  manifestQuery,
  peopleFindQuery,
  peopleIndexQuery,
  peopleLetterQuery,
  peopleQuery,
  personQuery,
  topicQuery,
  topicsIndexQuery,
  topicsKindQuery,
  topicsQuery,
} from './queries';

/** Slugs only (src/content/slug.ts): anything else cannot name a file and would be a 404 anyway, so do not even ask. */
export { isSlug } from '../content/slug';

export const useManifest = () => useQuery(manifestQuery());
export const useCatalog = () => useQuery(catalogQuery());
export const useArticle = (id: string) => useQuery(articleQuery(id));
export const usePeople = () => useQuery(peopleQuery());
export const usePerson = (id: string, page = 1) => useQuery(personQuery(id, page));
export const useTopics = () => useQuery(topicsQuery());
export const useTopic = (id: string, page = 1) => useQuery(topicQuery(id, page));
export const useTopicsIndex = () => useQuery(topicsIndexQuery());
/** A kind's full list only when asked for (`kind` null: nothing read). */
export const useTopicsKind = (kind: string | null, page: number) =>
  useQuery({ ...topicsKindQuery(kind ?? '', page), enabled: kind !== null });
export const usePeopleIndex = () => useQuery(peopleIndexQuery());
/** A letter's page only when a letter is chosen (`key` null: nothing read). */
export const usePeopleLetter = (key: string | null, page: number) =>
  useQuery({ ...peopleLetterQuery(key ?? '', page), enabled: key !== null });
/** The name-lookup shard for what was typed (`key` null: nothing read). */
export const usePeopleFind = (key: string | null) => useQuery({ ...peopleFindQuery(key ?? ''), enabled: key !== null });
export const useListPage = (page: number) => useQuery(listPageQuery(page));
/** `enabled: false` keeps the filter columns unread until the reader asks for filters. */
export const useListFacets = (enabled = true) => useQuery({ ...listFacetsQuery(), enabled });
/** Catalog only when asked: the free-text `q` filter is the one thing that needs every headline. */
export const useCatalogWhen = (enabled: boolean) => useQuery({ ...catalogQuery(), enabled });

/** People by id, for resolving `article.people` and speaker ids to names. Empty until people.json loads. */
export function usePeopleById(): ReadonlyMap<string, Person> {
  const { data } = usePeople();
  return useMemo(() => new Map((data ?? []).map((person) => [person.id, person])), [data]);
}

/** Topics by id, for naming an article's topic chips and the list's topic filter. Empty until loaded. */
export function useTopicsById(): ReadonlyMap<string, Topic> {
  const { data } = useTopics();
  return useMemo(() => new Map((data ?? []).map((topic) => [topic.id, topic])), [data]);
}
