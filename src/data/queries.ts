/**
 * Query definitions: one key + fetcher per public data file. Hooks and prefetching share these so keys
 * cannot drift apart.
 */
import { queryOptions } from '@tanstack/react-query';
import { dataPaths, type ListFacet } from '../content/dataPaths';
import type {
  Article,
  ArticleSummary,
  ListDays,
  ListFacets,
  ListPage,
  ListPositions,
  Manifest,
  PeopleFindShard,
  PeopleIndex,
  PeopleLetterPage,
  Person,
  PersonPage,
  Topic,
  TopicPage,
  TopicsIndex,
  TopicsKindPage,
} from '../content/schema';
import { dataUrl } from './dataRoot';
import { fetchJson } from './fetchJson';

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => fetchJson<Manifest>(dataUrl(dataPaths.manifest), signal),
  });

export const catalogQuery = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => fetchJson<ArticleSummary[]>(dataUrl(dataPaths.catalog), signal),
  });

export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => fetchJson<Article>(dataUrl(dataPaths.article(id)), signal),
  });

export const peopleQuery = () =>
  queryOptions({
    queryKey: ['people'],
    queryFn: ({ signal }) => fetchJson<Person[]>(dataUrl(dataPaths.people), signal),
  });

/** One page of a person: page 1 is what a first visit reads. */
export const personQuery = (id: string, page = 1) =>
  queryOptions({
    queryKey: ['person', id, page],
    queryFn: ({ signal }) => fetchJson<PersonPage>(dataUrl(dataPaths.person(id, page)), signal),
  });

export const topicsQuery = () =>
  queryOptions({
    queryKey: ['topics'],
    queryFn: ({ signal }) => fetchJson<Topic[]>(dataUrl(dataPaths.topics), signal),
  });

/** One page of a topic's stories: page 1 is what a first visit reads. */
export const topicQuery = (id: string, page = 1) =>
  queryOptions({
    queryKey: ['topic', id, page],
    queryFn: ({ signal }) => fetchJson<TopicPage>(dataUrl(dataPaths.topic(id, page)), signal),
  });

/** The first view of /topics: each kind's count and biggest topics. */
export const topicsIndexQuery = () =>
  queryOptions({
    queryKey: ['topics-index'],
    queryFn: ({ signal }) => fetchJson<TopicsIndex>(dataUrl(dataPaths.topicsIndex), signal),
  });

/** One page of one kind's topics, A–Z. */
export const topicsKindQuery = (kind: string, page: number) =>
  queryOptions({
    queryKey: ['topics-kind', kind, page],
    queryFn: ({ signal }) => fetchJson<TopicsKindPage>(dataUrl(dataPaths.topicsKind(kind, page)), signal),
  });

/** One page of the unfiltered newest-first list: what `/` reads on a first visit. */
export const listPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['list-page', page],
    queryFn: ({ signal }) => fetchJson<ListPage>(dataUrl(dataPaths.listPage(page)), signal),
  });

/** The list's filter columns: read only once the reader uses the filters. */
export const listFacetsQuery = () =>
  queryOptions({
    queryKey: ['list-facets'],
    queryFn: ({ signal }) => fetchJson<ListFacets>(dataUrl(dataPaths.listFacets), signal),
  });

/** One person's, topic's or section's list positions: what a combined filter intersects. */
export const listAtQuery = (facet: ListFacet, key: string) =>
  queryOptions({
    queryKey: ['list-at', facet, key],
    queryFn: ({ signal }) => fetchJson<ListPositions>(dataUrl(dataPaths.listAt(facet, key)), signal),
  });

/** The first list position of each date: a date filter is a run of positions. */
export const listDaysQuery = () =>
  queryOptions({
    queryKey: ['list-days'],
    queryFn: ({ signal }) => fetchJson<ListDays>(dataUrl(dataPaths.listDays), signal),
  });

/** The first view of /people: letter counts and the most-quoted people. */
export const peopleIndexQuery = () =>
  queryOptions({
    queryKey: ['people-index'],
    queryFn: ({ signal }) => fetchJson<PeopleIndex>(dataUrl(dataPaths.peopleIndex), signal),
  });

/** One page of one letter of the A–Z index (`key`: `a`…`z` or `other`). */
export const peopleLetterQuery = (key: string, page: number) =>
  queryOptions({
    queryKey: ['people-letter', key, page],
    queryFn: ({ signal }) => fetchJson<PeopleLetterPage>(dataUrl(dataPaths.peopleLetter(key, page)), signal),
  });

/** Everyone with a name word starting with the key's two letters: what the name filter reads. */
export const peopleFindQuery = (key: string) =>
  queryOptions({
    queryKey: ['people-find', key],
    queryFn: ({ signal }) => fetchJson<PeopleFindShard>(dataUrl(dataPaths.peopleFind(key)), signal),
  });
