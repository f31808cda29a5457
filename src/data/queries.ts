/**
 * Query definitions: one key + fetcher per public data file. Hooks and prefetching share these so keys
 * cannot drift apart.
 */
import { queryOptions } from '@tanstack/react-query';
import { dataPaths } from '../content/dataPaths';
import type {
  Article,
  ArticleSummary,
  ListFacets,
  ListPage,
  Manifest,
  PeopleIndexEntry,
  Person,
  PersonPage,
  Topic,
  TopicPage,
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

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['person', id],
    queryFn: ({ signal }) => fetchJson<PersonPage>(dataUrl(dataPaths.person(id)), signal),
  });

export const topicsQuery = () =>
  queryOptions({
    queryKey: ['topics'],
    queryFn: ({ signal }) => fetchJson<Topic[]>(dataUrl(dataPaths.topics), signal),
  });

export const topicQuery = (id: string) =>
  queryOptions({
    queryKey: ['topic', id],
    queryFn: ({ signal }) => fetchJson<TopicPage>(dataUrl(dataPaths.topic(id)), signal),
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

/** The compact A–Z people index (no article lists). */
export const peopleIndexQuery = () =>
  queryOptions({
    queryKey: ['people-index'],
    queryFn: ({ signal }) => fetchJson<PeopleIndexEntry[]>(dataUrl(dataPaths.peopleIndex), signal),
  });
