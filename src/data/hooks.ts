/** The app's only way to read data: one react-query hook per public file. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Person, Topic } from '../content/schema';
import { articleQuery, catalogQuery, manifestQuery, peopleQuery, personQuery, topicQuery, topicsQuery } from './queries';

/** Slugs only: anything else cannot name a file and would be a 404 anyway, so do not even ask. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (id: string | undefined): id is string => id !== undefined && SLUG.test(id);

export const useManifest = () => useQuery(manifestQuery());
export const useCatalog = () => useQuery(catalogQuery());
export const useArticle = (id: string) => useQuery(articleQuery(id));
export const usePeople = () => useQuery(peopleQuery());
export const usePerson = (id: string) => useQuery(personQuery(id));
export const useTopics = () => useQuery(topicsQuery());
export const useTopic = (id: string) => useQuery(topicQuery(id));

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
