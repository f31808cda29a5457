/**
 * Query definitions: one key + fetcher per public data file. Hooks and prefetching share these so keys
 * cannot drift apart.
 */
import { queryOptions } from '@tanstack/react-query';
import { dataPaths } from '../content/dataPaths';
import type { Article, ArticleSummary, Manifest, Person, PersonPage, Topic, TopicPage } from '../content/schema';
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
